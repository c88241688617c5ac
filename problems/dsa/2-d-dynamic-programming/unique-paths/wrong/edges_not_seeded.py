# expect: WA
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Only the start cell is set to 1: the top row and left column stay 0, so nothing propagates.
        grid = [[0] * n for _ in range(m)]
        grid[0][0] = 1
        for r in range(1, m):
            for c in range(1, n):
                grid[r][c] = grid[r - 1][c] + grid[r][c - 1]
        return grid[m - 1][n - 1]
