class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Every block, product grown from its start.
        best = nums[0]
        for i in range(len(nums)):
            p = 1
            for j in range(i, len(nums)):
                p *= nums[j]
                best = max(best, p)
        return best
