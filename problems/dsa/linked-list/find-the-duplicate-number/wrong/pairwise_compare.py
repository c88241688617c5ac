# expect: TLE
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        # Compare every pair: O(n^2).
        n = len(nums)
        for i in range(n):
            x = nums[i]
            for j in range(i + 1, n):
                if nums[j] == x:
                    return x
