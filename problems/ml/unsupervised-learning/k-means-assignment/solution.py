import numpy as np
from typing import List


class Solution:
    def assign_clusters(self, X: np.ndarray, centroids: np.ndarray) -> List[int]:
        diff = X[:, None, :] - centroids[None, :, :]  # (n, k, d)
        dist2 = (diff * diff).sum(axis=2)
        return dist2.argmin(axis=1).tolist()  # argmin returns the first (lowest) index on ties
