# expect: WA
import numpy as np


class Solution:
    def gini_split(self, left, right):
        values = []
        for child in (left, right):
            if child.size:
                _, counts = np.unique(child, return_counts=True)
                values.append(1.0 - np.sum((counts / child.size) ** 2))
        return float(np.mean(values))  # each child counts equally, whatever its size
