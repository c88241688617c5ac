# expect: WA
import numpy as np


class Solution:
    def fit_linear_regression(self, X, y):
        return np.linalg.solve(X.T @ X, X.T @ y)  # no column of ones: the fit goes through 0
