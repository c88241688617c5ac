class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Recursive halving on a half-open window [lo, hi).
        def find(lo: int, hi: int) -> int:
            if lo >= hi:
                return -1
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            return find(mid + 1, hi) if nums[mid] < target else find(lo, mid)
        return find(0, len(nums))
