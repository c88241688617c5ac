# expect: WA
import numpy as np


class Solution:
    def logistic_gradient_step(self, X, y, w, b, lr, lam):
        p = np.exp(-np.logaddexp(0.0, -(X @ w + b)))
        residual = p - y
        grad_w = X.T @ residual / y.size + lam * w
        grad_b = residual.mean() + lam * b  # the bias is not part of the penalty
        return np.append(w - lr * grad_w, b - lr * grad_b)
