# expect: WA
import numpy as np


class Solution:
    def gradient_step(self, X, y, w, b, lr):
        n = X.shape[0]
        r = X @ w + b - y
        grad_w = X.T @ r / n  # gradient of (1/(2n)) * sum(r^2), not of the mean squared error
        grad_b = r.sum() / n
        return np.append(w - lr * grad_w, b - lr * grad_b)
