class Solution:
    def fit_ridge(self, X, y, alpha):
        rows, ys = X.tolist(), y.tolist()
        n, d = len(rows), len(rows[0])
        mx = [sum(r[j] for r in rows) / n for j in range(d)]
        my = sum(ys) / n
        C = [[r[j] - mx[j] for j in range(d)] for r in rows]
        cy = [t - my for t in ys]
        M = [[sum(c[i] * c[j] for c in C) + (alpha if i == j else 0.0) for j in range(d)] for i in range(d)]
        v = [sum(c[i] * t for c, t in zip(C, cy)) for i in range(d)]
        for col in range(d):
            piv = max(range(col, d), key=lambda r: abs(M[r][col]))
            M[col], M[piv] = M[piv], M[col]
            v[col], v[piv] = v[piv], v[col]
            if M[col][col] == 0.0:
                continue  # only when that centred column is all zero and alpha is 0: not allowed
            for r in range(col + 1, d):
                f = M[r][col] / M[col][col]
                for c in range(col, d):
                    M[r][c] -= f * M[col][c]
                v[r] -= f * v[col]
        w = [0.0] * d
        for r in range(d - 1, -1, -1):
            w[r] = (v[r] - sum(M[r][c] * w[c] for c in range(r + 1, d))) / M[r][r]
        b = my - sum(mx[j] * w[j] for j in range(d))
        return [b] + w
