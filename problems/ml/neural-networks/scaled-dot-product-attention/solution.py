import numpy as np
from typing import List, Optional


class Solution:
    def attention(self, q: np.ndarray, k: np.ndarray, v: np.ndarray,
                  mask: Optional[List[List[bool]]]) -> np.ndarray:
        scores = q @ k.T / np.sqrt(q.shape[1])
        if mask is not None:
            scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
        top = scores.max(axis=1, keepdims=True)
        top = np.where(np.isneginf(top), 0.0, top)  # fully masked rows: exp(-inf - 0) = 0
        weights = np.exp(scores - top)
        totals = weights.sum(axis=1, keepdims=True)
        weights = weights / np.where(totals == 0, 1.0, totals)
        return weights @ v
