# expect: WA
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # Reverse search that only climbs to STRICTLY higher neighbours: misses flat ground.
        rows, cols = len(heights), len(heights[0])

        def climb(starts):
            seen = set(starts)
            stack = list(starts)
            while stack:
                r, c = stack.pop()
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < rows and 0 <= y < cols and (x, y) not in seen and heights[x][y] > heights[r][c]:
                        seen.add((x, y))
                        stack.append((x, y))
            return seen

        pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
        atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
        return [[r, c] for r, c in pacific & atlantic]
