# expect: WA
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # BFS from each rotten orange separately and takes the max over the fresh oranges of the
        # distance from the LAST source processed, instead of the nearest source.
        rows, cols = len(grid), len(grid[0])
        sources = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        fresh = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 1}
        if not fresh:
            return 0
        dist = {}
        for s in sources:
            seen = {s: 0}
            queue = deque([s])
            while queue:
                i, j = queue.popleft()
                for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if (x, y) in fresh and (x, y) not in seen:
                        seen[(x, y)] = seen[(i, j)] + 1
                        queue.append((x, y))
            for cell, d in seen.items():
                if cell in fresh:
                    dist[cell] = d
        if len(dist) < len(fresh):
            return -1
        return max(dist.values())
