import sys


class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        sys.setrecursionlimit(100000)
        rows, cols = len(heights), len(heights[0])
        pacific, atlantic = set(), set()

        def dfs(r: int, c: int, seen: set, prev: int) -> None:
            if (r, c) in seen or not (0 <= r < rows and 0 <= c < cols) or heights[r][c] < prev:
                return
            seen.add((r, c))
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                dfs(r + dr, c + dc, seen, heights[r][c])

        for c in range(cols):
            dfs(0, c, pacific, -1)
            dfs(rows - 1, c, atlantic, -1)
        for r in range(rows):
            dfs(r, 0, pacific, -1)
            dfs(r, cols - 1, atlantic, -1)
        return [[r, c] for r in range(rows) for c in range(cols) if (r, c) in pacific and (r, c) in atlantic]
