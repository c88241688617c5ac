# expect: WA
class Solution:
    def findMin(self, nums: List[int]) -> int:
        # Looks for the drop, but if there is none (rotated all the way round) returns the last value.
        for i in range(1, len(nums)):
            if nums[i] < nums[i - 1]:
                return nums[i]
        return nums[-1]
