import math


class Solution:
    def pca(self, X, k):
        rows = X.tolist()
        n, d = len(rows), len(rows[0])
        means = [sum(r[j] for r in rows) / n for j in range(d)]
        C = [[r[j] - means[j] for j in range(d)] for r in rows]
        # scatter matrix S = Xc^T Xc; its eigenvalues are the squared singular values of Xc
        S = [[sum(c[i] * c[j] for c in C) for j in range(d)] for i in range(d)]
        V = [[1.0 if i == j else 0.0 for j in range(d)] for i in range(d)]
        for _ in range(100):  # cyclic Jacobi rotations until S is diagonal
            off = sum(S[i][j] ** 2 for i in range(d) for j in range(d) if i != j)
            if off <= 1e-30 * (1 + sum(S[i][i] ** 2 for i in range(d))):
                break
            for p in range(d):
                for q in range(p + 1, d):
                    if S[p][q] == 0.0:
                        continue
                    theta = (S[q][q] - S[p][p]) / (2 * S[p][q])
                    t = (1 if theta >= 0 else -1) / (abs(theta) + math.sqrt(theta * theta + 1))
                    c = 1 / math.sqrt(t * t + 1)
                    s = t * c
                    for r in range(d):
                        a, b = S[r][p], S[r][q]
                        S[r][p], S[r][q] = c * a - s * b, s * a + c * b
                    for r in range(d):
                        a, b = S[p][r], S[q][r]
                        S[p][r], S[q][r] = c * a - s * b, s * a + c * b
                    for r in range(d):
                        a, b = V[r][p], V[r][q]
                        V[r][p], V[r][q] = c * a - s * b, s * a + c * b
        eig = [max(S[i][i], 0.0) for i in range(d)]
        order = sorted(range(d), key=lambda i: -eig[i])[:k]
        total = sum(eig)
        comps, ratios = [], []
        for i in order:
            vec = [V[r][i] for r in range(d)]
            norm = math.sqrt(sum(v * v for v in vec))
            vec = [v / norm for v in vec]
            big = max(range(d), key=lambda j: abs(vec[j]))
            if vec[big] < 0:
                vec = [-v for v in vec]
            comps.append(vec)
            ratios.append(eig[i] / total)
        return comps, ratios
