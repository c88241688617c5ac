# expect: WA
import numpy as np


class Solution:
    def logistic_gradient_step(self, X, y, w, b, lr, lam):
        p = np.exp(-np.logaddexp(0.0, -(X @ w + b)))
        residual = p - y
        grad_w = X.T @ residual / y.size + 2 * lam * w  # derivative of lam * ||w||^2, not (lam / 2) * ||w||^2
        return np.append(w - lr * grad_w, b - lr * residual.mean())
