# expect: WA
import numpy as np


class Solution:
    def knn_predict(self, X_train, y_train, X_test, k):
        out = []
        for q in X_test:
            dist2 = ((X_train - q) ** 2).sum(axis=1)
            # leave-one-out habit: drops the closest point as if it were the query itself
            nearest = np.argsort(dist2, kind="stable")[1:k + 1]
            out.append(int(np.bincount(y_train[nearest]).argmax()))
        return out
