# expect: WA
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # Also walks to the four diagonal neighbours, merging islands that only touch at a corner.
        rows, cols = len(grid), len(grid[0])
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1:
                    continue
                grid[r][c] = 0
                stack = [(r, c)]
                area = 0
                while stack:
                    i, j = stack.pop()
                    area += 1
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            x, y = i + di, j + dj
                            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                                grid[x][y] = 0
                                stack.append((x, y))
                best = max(best, area)
        return best
