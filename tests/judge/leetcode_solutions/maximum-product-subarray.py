class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # The best block starts at a zero-free run's start or ends at its end: scan prefix and
        # suffix products, restarting after each zero.
        best = max(nums)
        pre = suf = 1
        n = len(nums)
        for i in range(n):
            pre = (pre or 1) * nums[i]
            suf = (suf or 1) * nums[n - 1 - i]
            best = max(best, pre, suf)
        return best
