import numpy as np


class Solution:
    def standardize(self, X: np.ndarray) -> np.ndarray:
        constant = X.max(axis=0) == X.min(axis=0)  # exact test: all entries of the column equal
        std = np.where(constant, 1.0, X.std(axis=0))
        Z = (X - X.mean(axis=0)) / std
        Z[:, constant] = 0.0
        return Z
