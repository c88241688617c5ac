class Solution:
    def climbStairs(self, n: int) -> int:
        # a = routes to step i - 1, b = routes to step i; start at i = 0 (one empty route)
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return b
