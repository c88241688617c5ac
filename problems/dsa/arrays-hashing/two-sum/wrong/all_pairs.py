# expect: TLE
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Correct, but tries every pair: O(n^2) on 10^5 numbers.
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
