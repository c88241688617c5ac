import numpy as np


class Solution:
    def one_hot(self, labels: np.ndarray, num_classes: int) -> np.ndarray:
        out = np.zeros((labels.shape[0], num_classes))
        out[np.arange(labels.shape[0]), labels] = 1.0
        return out
