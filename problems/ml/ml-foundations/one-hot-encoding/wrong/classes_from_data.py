# expect: WA
import numpy as np


class Solution:
    def one_hot(self, labels, num_classes):
        k = int(labels.max()) + 1  # too narrow when the highest class is absent from the batch
        return np.eye(k)[labels]
