# expect: TLE
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Correct recurrence without memo: one call per route, and there can be 2 * 10^9 routes.
        if m == 1 or n == 1:
            return 1
        return self.uniquePaths(m - 1, n) + self.uniquePaths(m, n - 1)
