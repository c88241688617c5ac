class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Every (start, end) pair, summed from scratch.
        n = len(nums)
        return max(sum(nums[i:j + 1]) for i in range(n) for j in range(i, n))
