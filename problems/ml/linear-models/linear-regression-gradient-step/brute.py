class Solution:
    def gradient_step(self, X, y, w, b, lr):
        rows, ys, ws = X.tolist(), y.tolist(), w.tolist()
        n, d = len(rows), len(ws)
        grad_w = [0.0] * d
        grad_b = 0.0
        for row, target in zip(rows, ys):
            pred = b + sum(row[j] * ws[j] for j in range(d))
            err = pred - target
            for j in range(d):
                grad_w[j] += 2.0 * err * row[j] / n
            grad_b += 2.0 * err / n
        return [ws[j] - lr * grad_w[j] for j in range(d)] + [b - lr * grad_b]
