import numpy as np
from typing import List


class Solution:
    def confusion_matrix(self, y_true: np.ndarray, y_pred: np.ndarray, num_classes: int) -> List[List[int]]:
        cells = y_true * num_classes + y_pred  # one cell number per (true, predicted) pair
        counts = np.bincount(cells, minlength=num_classes * num_classes)
        return counts.reshape(num_classes, num_classes).tolist()
