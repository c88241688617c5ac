# expect: WA
import numpy as np


class Solution:
    def cross_entropy(self, logits, labels):
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs = shifted / shifted.sum(axis=1, keepdims=True)
        with np.errstate(divide="ignore"):
            # a stable softmax, but a tiny probability rounds to 0 and log(0) = -inf
            return float(-np.mean(np.log(probs[np.arange(len(labels)), labels])))
