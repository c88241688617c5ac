# expect: WA
import numpy as np


class Solution:
    def assign_clusters(self, X, centroids):
        dist = np.abs(X[:, None, :] - centroids[None, :, :]).sum(axis=2)  # L1, not Euclidean
        return dist.argmin(axis=1).tolist()
