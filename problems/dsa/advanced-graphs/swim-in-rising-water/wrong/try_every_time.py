# expect: TLE
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # Linear scan over t with a fresh flood fill each time: O(n^4).
        n = len(grid)
        for t in range(max(grid[0][0], grid[n - 1][n - 1]), n * n):
            seen = [[False] * n for _ in range(n)]
            seen[0][0] = True
            stack = [(0, 0)]
            while stack:
                r, c = stack.pop()
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < n and 0 <= y < n and not seen[x][y] and grid[x][y] <= t:
                        seen[x][y] = True
                        stack.append((x, y))
            if seen[n - 1][n - 1]:
                return t
        return n * n - 1
