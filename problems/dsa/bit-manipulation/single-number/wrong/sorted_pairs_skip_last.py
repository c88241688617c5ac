# expect: WA
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # Sorts and compares neighbours in steps of 2, but forgets the case where the lonely value
        # sorts last (no mismatch is ever seen).
        nums = sorted(nums)
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return 0
