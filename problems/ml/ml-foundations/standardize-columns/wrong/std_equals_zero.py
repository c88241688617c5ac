# expect: WA
import numpy as np


class Solution:
    def standardize(self, X):
        std = X.std(axis=0)
        std[std == 0] = 1.0  # a constant column of 0.1s has computed std 1.4e-17, not 0
        return (X - X.mean(axis=0)) / std
