# expect: WA
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Forgets that step 1 is also a free starting point.
        n = len(cost)
        best = [0] * (n + 1)
        best[1] = cost[0]
        for i in range(2, n + 1):
            best[i] = min(best[i - 1] + cost[i - 1], best[i - 2] + cost[i - 2])
        return best[n]
