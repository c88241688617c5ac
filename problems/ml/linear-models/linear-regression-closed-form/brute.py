class Solution:
    def fit_linear_regression(self, X, y):
        rows = [[1.0] + r for r in X.tolist()]
        ys = y.tolist()
        m = len(rows[0])
        # normal equations M theta = v, then Gaussian elimination with partial pivoting
        M = [[sum(r[i] * r[j] for r in rows) for j in range(m)] for i in range(m)]
        v = [sum(r[i] * t for r, t in zip(rows, ys)) for i in range(m)]
        for col in range(m):
            piv = max(range(col, m), key=lambda r: abs(M[r][col]))
            M[col], M[piv] = M[piv], M[col]
            v[col], v[piv] = v[piv], v[col]
            for r in range(col + 1, m):
                f = M[r][col] / M[col][col]
                for c in range(col, m):
                    M[r][c] -= f * M[col][c]
                v[r] -= f * v[col]
        theta = [0.0] * m
        for r in range(m - 1, -1, -1):
            s = v[r] - sum(M[r][c] * theta[c] for c in range(r + 1, m))
            theta[r] = s / M[r][r]
        return theta
