# expect: WA
import numpy as np


class Solution:
    def cross_entropy(self, logits, labels):
        top = logits.max(axis=1)
        log_sum = top + np.log(np.exp(logits - top[:, None]).sum(axis=1))
        return float(np.sum(log_sum - logits[np.arange(len(labels)), labels]))  # total, not mean
