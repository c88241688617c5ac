class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # Try every time t from 0 upwards and flood-fill the squares of height <= t.
        n = len(grid)
        for t in range(n * n):
            if grid[0][0] > t:
                continue
            seen = {(0, 0)}
            stack = [(0, 0)]
            while stack:
                r, c = stack.pop()
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < n and 0 <= y < n and (x, y) not in seen and grid[x][y] <= t:
                        seen.add((x, y))
                        stack.append((x, y))
            if (n - 1, n - 1) in seen:
                return t
        return -1
