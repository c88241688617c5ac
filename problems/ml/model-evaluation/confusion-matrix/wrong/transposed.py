# expect: WA
import numpy as np


class Solution:
    def confusion_matrix(self, y_true, y_pred, num_classes):
        C = np.zeros((num_classes, num_classes), dtype=np.int64)
        np.add.at(C, (y_pred, y_true), 1)  # rows = predicted: the transpose of what is asked
        return C
