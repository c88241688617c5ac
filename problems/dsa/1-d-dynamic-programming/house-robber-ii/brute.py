class Solution:
    def rob(self, nums: List[int]) -> int:
        # Every subset as a bitmask; reject those containing two neighbours on the circle.
        n = len(nums)
        best = 0
        for mask in range(1 << n):
            if n > 1 and any(mask >> i & 1 and mask >> ((i + 1) % n) & 1 for i in range(n)):
                continue
            best = max(best, sum(nums[i] for i in range(n) if mask >> i & 1))
        return best
