# expect: WA
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Kadane with only the running maximum: forgets that the smallest product can flip sign.
        best = cur = nums[0]
        for x in nums[1:]:
            cur = max(x, cur * x)
            best = max(best, cur)
        return best
