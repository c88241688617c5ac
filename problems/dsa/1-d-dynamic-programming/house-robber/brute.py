class Solution:
    def rob(self, nums: List[int]) -> int:
        # Enumerate every subset of houses as a bitmask; keep those with no two adjacent bits.
        n = len(nums)
        best = 0
        for mask in range(1 << n):
            if mask & (mask >> 1):
                continue
            best = max(best, sum(nums[i] for i in range(n) if mask >> i & 1))
        return best
