# expect: WA
import numpy as np


class Solution:
    def sigmoid(self, z):
        return 1.0 / (1.0 + np.exp(-z))  # exp(-z) overflows to inf below z = -709.78: result 0
