# expect: WA
class Solution:
    def climbStairs(self, n: int) -> int:
        # Counts compositions with ANY stride length (each gap is "cut or not"): too many routes.
        return 2 ** (n - 1)
