class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])

        def climb(starts):
            seen = set(starts)
            queue = deque(starts)
            while queue:
                r, c = queue.popleft()
                h = heights[r][c]
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < rows and 0 <= y < cols and (x, y) not in seen and heights[x][y] >= h:
                        seen.add((x, y))
                        queue.append((x, y))
            return seen

        pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(1, rows)])
        atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows - 1)])
        return [[r, c] for r, c in pacific & atlantic]
