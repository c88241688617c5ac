class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        time = {}
        queue = deque()
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    time[(r, c)] = 0
                    queue.append((r, c))
        while queue:
            r, c = queue.popleft()
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in time:
                    time[(nr, nc)] = time[(r, c)] + 1
                    queue.append((nr, nc))
        if any(grid[r][c] == 1 and (r, c) not in time for r in range(rows) for c in range(cols)):
            return -1
        return max(time.values(), default=0)
