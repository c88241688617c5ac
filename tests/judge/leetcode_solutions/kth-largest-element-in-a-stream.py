class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        # Sorted list of the k largest values, ascending; bisect keeps it sorted.
        self.k = k
        self.top = sorted(nums)[-k:] if len(nums) >= k else sorted(nums)

    def add(self, val: int) -> int:
        if len(self.top) < self.k:
            bisect.insort(self.top, val)
        elif val > self.top[0]:
            self.top.pop(0)
            bisect.insort(self.top, val)
        return self.top[0]
