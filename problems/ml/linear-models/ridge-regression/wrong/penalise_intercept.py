# expect: WA
import numpy as np


class Solution:
    def fit_ridge(self, X, y, alpha):
        n, d = X.shape
        A = np.hstack([np.ones((n, 1)), X])
        return np.linalg.solve(A.T @ A + alpha * np.eye(d + 1), A.T @ y)  # shrinks b as well
