# expect: WA
import numpy as np


class Solution:
    def standardize(self, X):
        constant = X.max(axis=0) == X.min(axis=0)
        std = np.where(constant, 1.0, X.std(axis=0, ddof=1))  # sample std: divides by n - 1
        Z = (X - X.mean(axis=0)) / std
        Z[:, constant] = 0.0
        return Z
