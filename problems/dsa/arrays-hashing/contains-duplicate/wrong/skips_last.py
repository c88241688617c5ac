# expect: WA
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Sorts, then an off-by-one loop bound never compares the last two elements.
        nums = sorted(nums)
        for i in range(len(nums) - 2):
            if nums[i] == nums[i + 1]:
                return True
        return False
