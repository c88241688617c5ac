# expect: TLE
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.values = list(nums)

    def add(self, val: int) -> int:
        # Correct, but re-sorts all values on every call: O(n log n) per add.
        self.values.append(val)
        ordered = sorted(self.values, reverse=True)
        return ordered[self.k - 1]
