# expect: WA
import numpy as np


class Solution:
    def confusion_matrix(self, y_true, y_pred, num_classes):
        C = np.zeros((num_classes, num_classes), dtype=np.int64)
        C[y_true, y_pred] += 1  # repeated (true, pred) pairs are not accumulated
        return C
