# expect: TLE
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Every block: O(n^2) products, about 2 * 10^8 steps at n = 2 * 10^4.
        best = nums[0]
        for i in range(len(nums)):
            p = 1
            for j in range(i, len(nums)):
                p *= nums[j]
                if p > best:
                    best = p
        return best
