# expect: WA
import numpy as np


class Solution:
    def assign_clusters(self, X, centroids):
        dist2 = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        k = centroids.shape[0]
        return (k - 1 - dist2[:, ::-1].argmin(axis=1)).tolist()  # ties go to the largest index
