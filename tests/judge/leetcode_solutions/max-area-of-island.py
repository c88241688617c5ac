import sys


class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        sys.setrecursionlimit(10000)
        rows, cols = len(grid), len(grid[0])
        seen = set()

        def area(r: int, c: int) -> int:
            if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] == 0 or (r, c) in seen:
                return 0
            seen.add((r, c))
            return 1 + area(r + 1, c) + area(r - 1, c) + area(r, c + 1) + area(r, c - 1)

        return max((area(r, c) for r in range(rows) for c in range(cols)), default=0)
