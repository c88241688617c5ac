# expect: WA
import numpy as np


class Solution:
    def batch_norm(self, x, gamma, beta, eps):
        mean = x.mean(axis=0)
        var = x.var(axis=0, ddof=1) if x.shape[0] > 1 else np.zeros(x.shape[1])  # divides by N - 1
        return gamma * (x - mean) / np.sqrt(var + eps) + beta
