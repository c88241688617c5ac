class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        v = [1] + nums + [1]
        size = len(v)
        best = [[0] * size for _ in range(size)]  # best[l][r]: pop everything strictly between l and r
        for l in range(size - 3, -1, -1):
            row = best[l]
            for r in range(l + 2, size):
                edge = v[l] * v[r]
                top = 0
                for k in range(l + 1, r):
                    cand = row[k] + best[k][r] + edge * v[k]
                    if cand > top:
                        top = cand
                row[r] = top
        return best[0][size - 1]
