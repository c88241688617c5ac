class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        seen = [[False] * n for _ in range(n)]
        seen[0][0] = True
        heap = [(grid[0][0], 0, 0)]
        while heap:
            t, r, c = heappop(heap)
            if r == n - 1 and c == n - 1:
                return t
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < n and 0 <= y < n and not seen[x][y]:
                    seen[x][y] = True
                    heappush(heap, (max(t, grid[x][y]), x, y))
        return -1
