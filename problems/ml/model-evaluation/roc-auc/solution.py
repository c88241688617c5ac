import numpy as np


class Solution:
    def roc_auc(self, scores: np.ndarray, labels: np.ndarray) -> float:
        values, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
        ends = np.cumsum(counts)  # highest 1-based rank in each group of equal scores
        average_rank = ends - (counts - 1) / 2.0
        ranks = average_rank[inverse.reshape(-1)]
        positive = labels == 1
        p = int(positive.sum())
        n = labels.size - p
        u = ranks[positive].sum() - p * (p + 1) / 2.0
        return float(u / (p * n))
