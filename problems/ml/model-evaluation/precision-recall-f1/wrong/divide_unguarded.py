# expect: WA
import numpy as np


class Solution:
    def precision_recall_f1(self, y_true, y_pred, positive):
        actual = y_true == positive
        predicted = y_pred == positive
        tp = np.sum(actual & predicted)
        with np.errstate(divide="ignore", invalid="ignore"):
            precision = tp / np.sum(predicted)  # nan when nothing is predicted positive
            recall = tp / np.sum(actual)  # nan when the class never occurs
            f1 = 2 * precision * recall / (precision + recall)
        return [float(precision), float(recall), float(f1)]
