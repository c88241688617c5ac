import math


class Solution:
    def standardize(self, X):
        rows = X.tolist()
        n, d = len(rows), len(rows[0])
        out = [[0.0] * d for _ in range(n)]
        for j in range(d):
            col = [r[j] for r in rows]
            if all(v == col[0] for v in col):
                continue
            mean = math.fsum(col) / n
            std = math.sqrt(math.fsum((v - mean) ** 2 for v in col) / n)
            for i in range(n):
                out[i][j] = (col[i] - mean) / std
        return out
