class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)

        @cache
        def from_step(i: int) -> int:
            if i >= n:
                return 0
            return cost[i] + min(from_step(i + 1), from_step(i + 2))

        return min(from_step(0), from_step(1))
