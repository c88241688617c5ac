import math


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class Solution:
    def logistic_gradient_step(self, X, y, w, b, lr, lam):
        rows, labels, weights = X.tolist(), y.tolist(), w.tolist()
        n, d = len(rows), len(weights)
        residuals = [_sigmoid(math.fsum(x * c for x, c in zip(row, weights)) + b) - t
                     for row, t in zip(rows, labels)]
        grad_w = [math.fsum(rows[i][j] * residuals[i] for i in range(n)) / n + lam * weights[j] for j in range(d)]
        grad_b = math.fsum(residuals) / n
        return [weights[j] - lr * grad_w[j] for j in range(d)] + [b - lr * grad_b]
