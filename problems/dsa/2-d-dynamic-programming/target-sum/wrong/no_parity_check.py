# expect: WA
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Subset-sum reduction, but floors (total + target) / 2 instead of answering 0 when it is odd.
        total = sum(nums)
        if abs(target) > total:
            return 0
        goal = (total + target) // 2
        ways = [1] + [0] * goal
        for x in nums:
            for s in range(goal, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[goal]
