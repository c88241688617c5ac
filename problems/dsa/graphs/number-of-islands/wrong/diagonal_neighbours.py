# expect: WA
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        islands = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                islands += 1
                grid[r][c] = "0"
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    # bug: diagonal cells are not connected, but this joins them
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            x, y = i + di, j + dj
                            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "1":
                                grid[x][y] = "0"
                                stack.append((x, y))
        return islands
