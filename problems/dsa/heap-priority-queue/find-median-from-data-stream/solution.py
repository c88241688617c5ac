class MedianFinder:

    def __init__(self):
        self.low = []   # max-heap (negated) holding the smaller half
        self.high = []  # min-heap holding the larger half

    def addNum(self, num: int) -> None:
        heappush(self.high, -heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heappush(self.low, -heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
