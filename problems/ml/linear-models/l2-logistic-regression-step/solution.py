import numpy as np


class Solution:
    def logistic_gradient_step(self, X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float,
                               lr: float, lam: float) -> np.ndarray:
        z = X @ w + b
        p = np.exp(-np.logaddexp(0.0, -z))  # sigmoid(z) without overflow
        residual = p - y
        grad_w = X.T @ residual / y.size + lam * w
        grad_b = residual.mean()
        return np.append(w - lr * grad_w, b - lr * grad_b)
