# expect: WA
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Counts land cells with no land above and none to the left, assuming each island has
        # exactly one such "corner": wrong for shapes like a U or a staircase.
        rows, cols = len(grid), len(grid[0])
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
                    up = r > 0 and grid[r - 1][c] == "1"
                    left = c > 0 and grid[r][c - 1] == "1"
                    if not up and not left:
                        count += 1
        return count
