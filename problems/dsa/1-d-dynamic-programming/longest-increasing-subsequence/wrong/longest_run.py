# expect: WA
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Longest increasing CONTIGUOUS run: a subarray, not a subsequence.
        best = cur = 1
        for a, b in zip(nums, nums[1:]):
            cur = cur + 1 if b > a else 1
            best = max(best, cur)
        return best
