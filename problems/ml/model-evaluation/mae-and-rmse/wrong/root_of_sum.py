# expect: WA
import numpy as np


class Solution:
    def mae_rmse(self, y_true, y_pred):
        errors = y_pred - y_true
        return [float(np.mean(np.abs(errors))), float(np.sqrt(np.sum(errors ** 2)) / errors.size)]  # sqrt(sum)/n
