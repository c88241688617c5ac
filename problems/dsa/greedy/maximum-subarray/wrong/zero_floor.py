# expect: WA
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Kadane started from 0: an all-negative array reports 0, the sum of an EMPTY subarray.
        best = cur = 0
        for x in nums:
            cur = max(cur + x, 0)
            best = max(best, cur)
        return best
