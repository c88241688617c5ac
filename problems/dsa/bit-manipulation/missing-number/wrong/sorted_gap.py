# expect: WA
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # Looks for a gap between neighbours after sorting, but misses a missing 0 or a missing n.
        nums = sorted(nums)
        for a, b in zip(nums, nums[1:]):
            if b != a + 1:
                return a + 1
        return nums[-1] + 1
