# expect: WA
import numpy as np


class Solution:
    def roc_auc(self, scores, labels):
        order = np.argsort(scores, kind="stable")
        ranks = np.empty(scores.size)
        ranks[order] = np.arange(1, scores.size + 1)  # ties get distinct ranks by position
        positive = labels == 1
        p = int(positive.sum())
        n = labels.size - p
        return float((ranks[positive].sum() - p * (p + 1) / 2.0) / (p * n))
