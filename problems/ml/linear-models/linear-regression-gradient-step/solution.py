import numpy as np


class Solution:
    def gradient_step(self, X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lr: float) -> np.ndarray:
        n = X.shape[0]
        r = X @ w + b - y  # residuals of the current model
        grad_w = (2.0 / n) * (X.T @ r)
        grad_b = (2.0 / n) * r.sum()
        return np.append(w - lr * grad_w, b - lr * grad_b)
