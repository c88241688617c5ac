# expect: TLE
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # A fresh downhill search from every square: O((m * n)^2) on flat or sloping grids.
        rows, cols = len(heights), len(heights[0])
        out = []
        for sr in range(rows):
            for sc in range(cols):
                seen = {(sr, sc)}
                stack = [(sr, sc)]
                pac = atl = False
                while stack and not (pac and atl):
                    r, c = stack.pop()
                    if r == 0 or c == 0:
                        pac = True
                    if r == rows - 1 or c == cols - 1:
                        atl = True
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < rows and 0 <= y < cols and (x, y) not in seen \
                                and heights[x][y] <= heights[r][c]:
                            seen.add((x, y))
                            stack.append((x, y))
                if pac and atl:
                    out.append([sr, sc])
        return out
