class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Quadratic DP: the longest increasing subsequence ending at each index.
        ends = []
        for i, x in enumerate(nums):
            ends.append(1 + max((ends[j] for j in range(i) if nums[j] < x), default=0))
        return max(ends)
