# expect: WA
class Solution:
    def climbStairs(self, n: int) -> int:
        # Returns the n-th Fibonacci number (1, 1, 2, 3, 5, ...): off by one position.
        a, b = 0, 1
        for _ in range(n - 1):
            a, b = b, a + b
        return b
