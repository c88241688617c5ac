import numpy as np


class Solution:
    def batch_norm(self, x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
        mean = x.mean(axis=0)
        var = x.var(axis=0)
        return gamma * (x - mean) / np.sqrt(var + eps) + beta
