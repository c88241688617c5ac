# expect: WA
import numpy as np


class Solution:
    def cosine_similarity(self, A, B):
        na, nb = np.linalg.norm(A), np.linalg.norm(B)  # one norm per matrix, not per row
        if na == 0 or nb == 0:
            return np.zeros((A.shape[0], B.shape[0]))
        return (A @ B.T) / (na * nb)
