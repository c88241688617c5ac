# expect: WA
import numpy as np


class Solution:
    def batch_norm(self, x, gamma, beta, eps):
        mean = x.mean(axis=1, keepdims=True)  # per example: that is layer norm
        var = x.var(axis=1, keepdims=True)
        return gamma * (x - mean) / np.sqrt(var + eps) + beta
