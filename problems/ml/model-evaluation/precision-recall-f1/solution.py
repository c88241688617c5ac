import numpy as np
from typing import List


class Solution:
    def precision_recall_f1(self, y_true: np.ndarray, y_pred: np.ndarray, positive: int) -> List[float]:
        actual = y_true == positive
        predicted = y_pred == positive
        tp = int(np.sum(actual & predicted))
        fp = int(np.sum(~actual & predicted))
        fn = int(np.sum(actual & ~predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return [precision, recall, f1]
