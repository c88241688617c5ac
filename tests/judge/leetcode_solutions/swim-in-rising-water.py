class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # Union-Find: add squares in increasing height; answer when start and goal join.
        n = len(grid)
        parent = list(range(n * n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        where = [0] * (n * n)
        for r in range(n):
            for c in range(n):
                where[grid[r][c]] = (r, c)
        for t in range(n * n):
            r, c = where[t]
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < n and 0 <= y < n and grid[x][y] <= t:
                    a, b = find(r * n + c), find(x * n + y)
                    if a != b:
                        parent[a] = b
            if find(0) == find(n * n - 1):
                return t
        return n * n - 1
