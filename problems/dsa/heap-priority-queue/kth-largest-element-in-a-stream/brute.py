class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.values = list(nums)

    def add(self, val: int) -> int:
        # Keep everything; sort a copy in descending order and read position k - 1.
        self.values.append(val)
        return sorted(self.values, reverse=True)[self.k - 1]
