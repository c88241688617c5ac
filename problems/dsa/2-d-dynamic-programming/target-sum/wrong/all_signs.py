# expect: TLE
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Plain recursion over both signs of every number: 2^n leaves, with no memo.
        def count(i: int, total: int) -> int:
            if i == len(nums):
                return 1 if total == target else 0
            return count(i + 1, total + nums[i]) + count(i + 1, total - nums[i])

        return count(0, 0)
