# expect: WA
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # Marks cells visited only when popped but counts every pop: a cell pushed twice is
        # counted twice, so areas of blobs with cycles come out too large.
        rows, cols = len(grid), len(grid[0])
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1:
                    continue
                stack = [(r, c)]
                area = 0
                while stack:
                    i, j = stack.pop()
                    grid[i][j] = 0
                    area += 1
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                            stack.append((x, y))
                best = max(best, area)
        return best
