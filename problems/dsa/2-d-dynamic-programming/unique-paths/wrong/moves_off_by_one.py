# expect: WA
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Counts m downs and n rights instead of m - 1 and n - 1.
        return comb(m + n, m)
