# expect: TLE
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # nums.count(x) scans the whole list for every x: O(n^2) when the lonely value comes late.
        for x in nums:
            if nums.count(x) == 1:
                return x
        return 0
