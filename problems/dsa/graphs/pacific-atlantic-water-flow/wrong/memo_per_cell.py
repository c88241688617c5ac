# expect: WA
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # Memoised recursive downhill search that marks cells "in progress" as reaching nothing,
        # so results computed while inside a flat region are cached too pessimistically.
        import sys
        sys.setrecursionlimit(100000)
        rows, cols = len(heights), len(heights[0])
        memo = {}

        def reach(r, c):
            if (r, c) in memo:
                return memo[(r, c)]
            memo[(r, c)] = (False, False)
            pac, atl = r == 0 or c == 0, r == rows - 1 or c == cols - 1
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < rows and 0 <= y < cols and heights[x][y] <= heights[r][c]:
                    p, a = reach(x, y)
                    pac, atl = pac or p, atl or a
            memo[(r, c)] = (pac, atl)
            return pac, atl

        return [[r, c] for r in range(rows) for c in range(cols) if all(reach(r, c))]
