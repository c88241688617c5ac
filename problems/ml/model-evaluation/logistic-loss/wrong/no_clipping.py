# expect: WA
import numpy as np


class Solution:
    def log_loss(self, y_true, p, eps):
        # p = 0 or 1 gives log(0): the loss becomes inf or nan
        return float(-np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1.0 - p)))
