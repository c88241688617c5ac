import numpy as np
from typing import List


class Solution:
    def knn_predict(self, X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> List[int]:
        dist2 = np.zeros((X_test.shape[0], X_train.shape[0]))
        for j in range(X_train.shape[1]):  # one feature at a time: no (m, n, d) temporary
            dist2 += (X_test[:, j, None] - X_train[None, :, j]) ** 2
        nearest = np.argsort(dist2, axis=1, kind="stable")[:, :k]  # stable: equal distances keep index order
        votes = y_train[nearest]  # (m, k)
        counts = np.zeros((votes.shape[0], int(y_train.max()) + 1), dtype=np.int64)
        np.add.at(counts, (np.arange(votes.shape[0])[:, None], votes), 1)
        return counts.argmax(axis=1).tolist()  # the first maximum is the smallest tied label
