# expect: WA
import numpy as np


class Solution:
    def precision_recall_f1(self, y_true, y_pred, positive):
        actual = y_true == positive
        predicted = y_pred == positive
        tp = int(np.sum(actual & predicted))
        fp = int(np.sum(~actual & predicted))
        fn = int(np.sum(actual & ~predicted))
        precision = tp / (tp + fn) if tp + fn else 0.0  # this is recall
        recall = tp / (tp + fp) if tp + fp else 0.0  # and this is precision
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return [precision, recall, f1]
