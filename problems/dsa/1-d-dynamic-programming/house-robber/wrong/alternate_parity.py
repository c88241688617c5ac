# expect: WA
class Solution:
    def rob(self, nums: List[int]) -> int:
        # Only considers "all even indices" vs "all odd indices"; skipping two in a row can be better.
        return max(sum(nums[0::2]), sum(nums[1::2]))
