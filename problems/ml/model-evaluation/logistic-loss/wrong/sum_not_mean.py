# expect: WA
import numpy as np


class Solution:
    def log_loss(self, y_true, p, eps):
        q = np.clip(p, eps, 1.0 - eps)
        return float(-np.sum(y_true * np.log(q) + (1 - y_true) * np.log(1.0 - q)))  # not averaged
