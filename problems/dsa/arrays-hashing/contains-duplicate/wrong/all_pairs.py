# expect: TLE
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Correct, but compares every pair: about 5 * 10^9 comparisons when 10^5 values are distinct.
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] == nums[j]:
                    return True
        return False
