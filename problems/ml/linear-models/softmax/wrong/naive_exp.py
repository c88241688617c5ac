# expect: WA
import numpy as np


class Solution:
    def softmax(self, logits):
        weights = np.exp(logits)  # overflows for large scores: inf / inf is nan
        return weights / weights.sum(axis=1, keepdims=True)
