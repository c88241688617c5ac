# expect: WA
import numpy as np


class Solution:
    def information_gain(self, labels, goes_left):
        def entropy(part):
            if part.size == 0:
                return 0.0
            _, counts = np.unique(part, return_counts=True)
            p = counts / part.size
            return float(-np.sum(p * np.log(p)))  # nats, not bits

        left, right = labels[goes_left == 1], labels[goes_left == 0]
        n = labels.size
        return entropy(labels) - left.size / n * entropy(left) - right.size / n * entropy(right)
