class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # The '+' numbers form a subset whose sum is (total + target) / 2.
        total = sum(nums)
        if abs(target) > total or (total + target) % 2:
            return 0
        goal = (total + target) // 2
        ways = [1] + [0] * goal  # ways[s]: subsets of the numbers seen so far summing to s
        for x in nums:
            for s in range(goal, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[goal]
