class MedianFinder:

    def __init__(self):
        self.data = []

    def addNum(self, num: int) -> None:
        insort(self.data, num)  # keeps the list sorted; memmove makes it cheap in practice

    def findMedian(self) -> float:
        n = len(self.data)
        mid = n // 2
        if n & 1:
            return float(self.data[mid])
        return (self.data[mid - 1] + self.data[mid]) / 2
