# expect: WA
import numpy as np


class Solution:
    def gradient_step(self, X, y, w, b, lr):
        n = X.shape[0]
        r = X @ w + b - y
        w = w - lr * (2.0 / n) * (X.T @ r)
        r = X @ w + b - y  # bias gradient taken at the already-updated weights
        b = b - lr * (2.0 / n) * r.sum()
        return np.append(w, b)
