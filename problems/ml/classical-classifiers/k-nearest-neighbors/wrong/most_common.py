# expect: WA
from collections import Counter

import numpy as np


class Solution:
    def knn_predict(self, X_train, y_train, X_test, k):
        out = []
        for q in X_test:
            dist2 = ((X_train - q) ** 2).sum(axis=1)
            nearest = np.argsort(dist2, kind="stable")[:k]
            # most_common breaks vote ties by first appearance (the nearer label), not the smallest
            out.append(int(Counter(y_train[nearest].tolist()).most_common(1)[0][0]))
        return out
