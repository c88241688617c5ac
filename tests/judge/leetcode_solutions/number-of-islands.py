class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Union-find over land cells: islands = land cells - successful unions.
        rows, cols = len(grid), len(grid[0])
        parent = list(range(rows * cols))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                count += 1
                me = r * cols + c
                for nr, nc in ((r - 1, c), (r, c - 1)):
                    if nr >= 0 and nc >= 0 and grid[nr][nc] == "1":
                        a, b = find(me), find(nr * cols + nc)
                        if a != b:
                            parent[a] = b
                            count -= 1
        return count
