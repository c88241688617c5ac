# expect: WA
import numpy as np


class Solution:
    def information_gain(self, labels, goes_left):
        def entropy(part):
            if part.size == 0:
                return 0.0
            _, counts = np.unique(part, return_counts=True)
            p = counts / part.size
            return float(-np.sum(p * np.log2(p)))

        left, right = labels[goes_left == 1], labels[goes_left == 0]
        return entropy(labels) - (entropy(left) + entropy(right)) / 2  # ignores the children's sizes
