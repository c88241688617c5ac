# expect: WA
import numpy as np


class Solution:
    def gini_split(self, left, right):
        labels = np.concatenate([left, right])  # the parent's impurity: ignores the split
        _, counts = np.unique(labels, return_counts=True)
        return float(1.0 - np.sum((counts / labels.size) ** 2))
