# expect: WA
import numpy as np


class Solution:
    def softmax(self, logits):
        shifted = logits - logits.max()
        weights = np.exp(shifted)
        return weights / weights.sum(axis=0, keepdims=True)  # sums down the classes' columns
