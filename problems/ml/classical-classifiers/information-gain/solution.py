import numpy as np


class Solution:
    def information_gain(self, labels: np.ndarray, goes_left: np.ndarray) -> float:
        def entropy(part: np.ndarray) -> float:
            if part.size == 0:
                return 0.0
            _, counts = np.unique(part, return_counts=True)
            p = counts / part.size
            return float(-np.sum(p * np.log2(p)))

        left = labels[goes_left == 1]
        right = labels[goes_left == 0]
        n = labels.size
        return entropy(labels) - left.size / n * entropy(left) - right.size / n * entropy(right)
