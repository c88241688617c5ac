import numpy as np


class Solution:
    def log_loss(self, y_true: np.ndarray, p: np.ndarray, eps: float) -> float:
        q = np.clip(p, eps, 1.0 - eps)
        return float(-np.mean(y_true * np.log(q) + (1 - y_true) * np.log(1.0 - q)))
