# expect: WA
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = set()
        islands = 0

        def dfs(r: int, c: int) -> None:
            if not (0 <= r < rows and 0 <= c < cols) or (r, c) in seen or grid[r][c] == 0:
                return  # bug: the cells are the strings "0" and "1", and "0" != 0
            seen.add((r, c))
            dfs(r + 1, c)
            dfs(r - 1, c)
            dfs(r, c + 1)
            dfs(r, c - 1)

        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in seen:
                    islands += 1
                    dfs(r, c)
        return islands
