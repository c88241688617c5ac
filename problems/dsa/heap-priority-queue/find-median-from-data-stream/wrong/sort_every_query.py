# expect: TLE
class MedianFinder:

    def __init__(self):
        self.vals = []

    def addNum(self, num: int) -> None:
        self.vals.append(num)

    def findMedian(self) -> float:
        # Re-sorts everything on every query: O(n log n) per call.
        s = sorted(self.vals)
        n = len(s)
        return float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
