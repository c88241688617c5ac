import numpy as np
from typing import Tuple


class Solution:
    def train_test_split(self, X: np.ndarray, y: np.ndarray, test_percent: int, seed: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        n = X.shape[0]
        n_test = n * test_percent // 100
        order = np.random.default_rng(seed).permutation(n)
        test, train = order[:n_test], order[n_test:]
        return X[train], X[test], y[train], y[test]
