# expect: WA
import numpy as np


class Solution:
    def cosine_similarity(self, A, B):
        na = np.linalg.norm(A, axis=1, keepdims=True)
        nb = np.linalg.norm(B, axis=1, keepdims=True)
        return (A @ B.T) / (na * nb.T)  # 0 / 0 = nan for zero vectors
