import numpy as np


class Solution:
    def update_centroids(self, X: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> np.ndarray:
        k = centroids.shape[0]
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, X)  # sums[labels[i]] += X[i], repeated indices accumulate
        counts = np.bincount(labels, minlength=k)[:, None]
        return np.where(counts > 0, sums / np.maximum(counts, 1), centroids)
