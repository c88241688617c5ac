# expect: WA
import numpy as np


class Solution:
    def pca(self, X, k):
        Xc = X - X.mean(axis=0)
        _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
        components = Vt[:k].copy()
        top = np.argmax(np.abs(components), axis=1)
        components *= np.sign(components[np.arange(k), top])[:, None]
        return components, s[:k] / s.sum()  # variance is s**2, not s
