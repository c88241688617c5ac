class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Simulate minute by minute on copies of the grid until nothing changes.
        rows, cols = len(grid), len(grid[0])
        cur = [row[:] for row in grid]
        minutes = 0
        while True:
            nxt = [row[:] for row in cur]
            changed = False
            for r in range(rows):
                for c in range(cols):
                    if cur[r][c] != 1:
                        continue
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < rows and 0 <= y < cols and cur[x][y] == 2:
                            nxt[r][c] = 2
                            changed = True
                            break
            if not changed:
                break
            cur = nxt
            minutes += 1
        if any(v == 1 for row in cur for v in row):
            return -1
        return minutes
