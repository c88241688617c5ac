import numpy as np
from typing import List


class Solution:
    def mae_rmse(self, y_true: np.ndarray, y_pred: np.ndarray) -> List[float]:
        errors = y_pred - y_true
        return [float(np.mean(np.abs(errors))), float(np.sqrt(np.mean(errors ** 2)))]
