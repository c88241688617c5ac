# expect: TLE
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Every start, extending a running sum: correct, but O(n^2) = 5 * 10^9 steps at n = 10^5.
        best = nums[0]
        n = len(nums)
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total > best:
                    best = total
        return best
