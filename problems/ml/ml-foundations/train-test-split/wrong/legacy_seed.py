# expect: WA
import numpy as np


class Solution:
    def train_test_split(self, X, y, test_percent, seed):
        n = X.shape[0]
        n_test = n * test_percent // 100
        np.random.seed(seed)  # legacy Mersenne Twister: a different permutation than default_rng
        order = np.random.permutation(n)
        test, train = order[:n_test], order[n_test:]
        return X[train], X[test], y[train], y[test]
