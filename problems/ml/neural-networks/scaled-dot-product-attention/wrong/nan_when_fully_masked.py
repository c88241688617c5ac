# expect: WA
import numpy as np


class Solution:
    def attention(self, q, k, v, mask):
        scores = q @ k.T / np.sqrt(q.shape[1])
        if mask is not None:
            scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
        with np.errstate(invalid="ignore"):
            weights = np.exp(scores - scores.max(axis=1, keepdims=True))  # nan for a fully masked row
            weights = weights / weights.sum(axis=1, keepdims=True)
        return weights @ v
