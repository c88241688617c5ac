# expect: WA
import numpy as np


class Solution:
    def fit_ridge(self, X, y, alpha):
        n, d = X.shape
        A = np.hstack([np.ones((n, 1)), X])
        penalty = n * alpha * np.eye(d + 1)  # the mean-loss convention: a different objective
        penalty[0, 0] = 0.0
        return np.linalg.solve(A.T @ A + penalty, A.T @ y)
