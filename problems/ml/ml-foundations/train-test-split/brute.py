import numpy as np


class Solution:
    def train_test_split(self, X, y, test_percent, seed):
        rows, labels = X.tolist(), y.tolist()
        n = len(rows)
        n_test = 0
        while (n_test + 1) * 100 <= n * test_percent:  # largest n_test with n_test <= n * p / 100
            n_test += 1
        order = list(range(n))
        np.random.default_rng(seed).shuffle(order)  # the same draws as permutation(n), on a list
        test, train = order[:n_test], order[n_test:]
        return ([rows[i] for i in train], [rows[i] for i in test],
                [labels[i] for i in train], [labels[i] for i in test])
