class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Top-down recursion with memoisation over the cells.
        @lru_cache(maxsize=None)
        def paths(r: int, c: int) -> int:
            if r == 0 or c == 0:
                return 1
            return paths(r - 1, c) + paths(r, c - 1)

        return paths(m - 1, n - 1)
