# expect: WA
import numpy as np


class Solution:
    def fit_linear_regression(self, X, y):
        A = np.hstack([X, np.ones((X.shape[0], 1))])  # intercept ends up last, not first
        return np.linalg.solve(A.T @ A, A.T @ y)
