# expect: TLE
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # list.count scans the whole list for every element: O(n^2) hidden in one builtin call.
        for x in nums:
            if nums.count(x) > 1:
                return True
        return False
