class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Walk every route one move at a time and count the arrivals (exponential; small grids only).
        def walk(r: int, c: int) -> int:
            if r == m - 1 and c == n - 1:
                return 1
            total = 0
            if r + 1 < m:
                total += walk(r + 1, c)
            if c + 1 < n:
                total += walk(r, c + 1)
            return total

        return walk(0, 0)
