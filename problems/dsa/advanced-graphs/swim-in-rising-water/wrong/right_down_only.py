# expect: WA
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # DP that only moves right or down: misses routes that must go up or left.
        n = len(grid)
        dp = [[0] * n for _ in range(n)]
        for r in range(n):
            for c in range(n):
                if r == 0 and c == 0:
                    dp[r][c] = grid[0][0]
                    continue
                prev = min(dp[r - 1][c] if r else inf, dp[r][c - 1] if c else inf)
                dp[r][c] = max(prev, grid[r][c])
        return dp[n - 1][n - 1]
