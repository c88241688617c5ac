# expect: WA
import numpy as np


class Solution:
    def roc_auc(self, scores, labels):
        pos = np.sort(scores[labels == 1])
        neg = np.sort(scores[labels == 0])
        below = np.searchsorted(neg, pos, side="left")  # negatives strictly below; ties count 0
        return float(below.sum() / (pos.size * neg.size))
