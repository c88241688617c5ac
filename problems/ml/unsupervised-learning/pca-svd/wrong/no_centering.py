# expect: WA
import numpy as np


class Solution:
    def pca(self, X, k):
        _, s, Vt = np.linalg.svd(X, full_matrices=False)  # uncentred: component 1 chases the mean
        components = Vt[:k].copy()
        top = np.argmax(np.abs(components), axis=1)
        components *= np.sign(components[np.arange(k), top])[:, None]
        return components, s[:k] ** 2 / (s ** 2).sum()
