# expect: TLE
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        visited = []  # bug in complexity: `in` on a list scans it, O(m * n) per lookup
        islands = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in visited:
                    islands += 1
                    visited.append((r, c))
                    stack = [(r, c)]
                    while stack:
                        i, j = stack.pop()
                        for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "1" \
                                    and (x, y) not in visited:
                                visited.append((x, y))
                                stack.append((x, y))
        return islands
