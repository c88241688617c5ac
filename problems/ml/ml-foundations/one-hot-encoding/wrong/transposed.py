# expect: WA
import numpy as np


class Solution:
    def one_hot(self, labels, num_classes):
        return np.eye(num_classes)[labels].T  # one column per example instead of one row
