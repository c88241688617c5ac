# expect: TLE
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Right recurrence without memoisation: about 1.6^n calls.
        n = len(cost)

        def walk(i: int) -> int:
            if i >= n:
                return 0
            return cost[i] + min(walk(i + 1), walk(i + 2))

        return min(walk(0), walk(1))
