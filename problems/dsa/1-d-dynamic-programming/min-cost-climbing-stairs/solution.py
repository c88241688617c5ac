class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # a, b: cheapest way to stand on positions i - 2 and i - 1 (tolls of earlier steps paid)
        a, b = 0, 0
        for i in range(2, len(cost) + 1):
            a, b = b, min(b + cost[i - 1], a + cost[i - 2])
        return b
