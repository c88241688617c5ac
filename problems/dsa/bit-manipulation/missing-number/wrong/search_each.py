# expect: TLE
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # Looks each candidate up in the list itself: every `in` is a linear scan, O(n^2) total.
        for x in range(len(nums) + 1):
            if x not in nums:
                return x
