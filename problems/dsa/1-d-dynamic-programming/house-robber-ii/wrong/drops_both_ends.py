# expect: WA
class Solution:
    def rob(self, nums: List[int]) -> int:
        # Excludes the first AND the last house together, which is stricter than needed.
        if len(nums) <= 2:
            return max(nums)
        a, b = 0, 0
        for x in nums[1:-1]:
            a, b = b, max(b, a + x)
        return max(b, nums[0], nums[-1])
