# expect: WA
import numpy as np


class Solution:
    def train_test_split(self, X, y, test_percent, seed):
        n = X.shape[0]
        n_test = n * test_percent // 100
        order = np.random.default_rng(seed).permutation(n)
        train, test = order[:n - n_test], order[n - n_test:]  # test rows taken from the end
        return X[train], X[test], y[train], y[test]
