# expect: WA
import numpy as np


class Solution:
    def attention(self, q, k, v, mask):
        scores = q @ k.T / q.shape[1]  # divides by d instead of sqrt(d)
        if mask is not None:
            scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
        top = scores.max(axis=1, keepdims=True)
        top = np.where(np.isneginf(top), 0.0, top)
        weights = np.exp(scores - top)
        totals = weights.sum(axis=1, keepdims=True)
        return weights / np.where(totals == 0, 1.0, totals) @ v
