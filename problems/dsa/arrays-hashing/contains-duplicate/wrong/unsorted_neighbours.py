# expect: WA
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Checks neighbours without sorting first: misses repeats that are not adjacent.
        for i in range(len(nums) - 1):
            if nums[i] == nums[i + 1]:
                return True
        return False
