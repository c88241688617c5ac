# expect: WA
class MedianFinder:

    def __init__(self):
        self.low = []
        self.high = []

    def addNum(self, num: int) -> None:
        # Bug: routes by comparison with the top of low but never rebalances the two halves.
        if not self.low or num <= -self.low[0]:
            heappush(self.low, -num)
        else:
            heappush(self.high, num)

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        if len(self.high) > len(self.low):
            return float(self.high[0])
        return (-self.low[0] + self.high[0]) / 2
