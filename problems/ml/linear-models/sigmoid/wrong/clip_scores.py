# expect: WA
import numpy as np


class Solution:
    def sigmoid(self, z):
        z = np.clip(z, -500.0, 500.0)  # avoids the overflow but changes the answer for |z| > 500
        return 1.0 / (1.0 + np.exp(-z))
