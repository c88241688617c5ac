import numpy as np
from typing import Tuple


class Solution:
    def pca(self, X: np.ndarray, k: int) -> Tuple[np.ndarray, np.ndarray]:
        Xc = X - X.mean(axis=0)
        _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
        components = Vt[:k].copy()
        top = np.argmax(np.abs(components), axis=1)
        signs = np.sign(components[np.arange(k), top])
        components *= signs[:, None]  # largest-magnitude entry of each component becomes positive
        variance = s ** 2
        return components, variance[:k] / variance.sum()
