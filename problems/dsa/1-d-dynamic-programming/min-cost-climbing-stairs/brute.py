class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Try every route explicitly (no memo): from each position, pay and move 1 or 2.
        n = len(cost)

        def walk(i: int) -> int:
            if i >= n:
                return 0
            return cost[i] + min(walk(i + 1), walk(i + 2))

        return min(walk(0), walk(1))
