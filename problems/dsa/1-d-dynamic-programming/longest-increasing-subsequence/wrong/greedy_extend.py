# expect: WA
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Takes the first element, then every element larger than the last one taken.
        last, count = nums[0], 1
        for x in nums[1:]:
            if x > last:
                last, count = x, count + 1
        return count
