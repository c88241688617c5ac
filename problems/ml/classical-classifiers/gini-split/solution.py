import numpy as np


class Solution:
    def gini_split(self, left: np.ndarray, right: np.ndarray) -> float:
        total = left.size + right.size
        impurity = 0.0
        for child in (left, right):
            if child.size == 0:
                continue
            _, counts = np.unique(child, return_counts=True)
            shares = counts / child.size
            impurity += child.size / total * (1.0 - np.sum(shares ** 2))
        return float(impurity)
