import math


class Solution:
    def sigmoid(self, z):
        out = []
        for x in z.tolist():
            if x >= 0:
                out.append(1.0 / (1.0 + math.exp(-x)))
            else:
                e = math.exp(x)
                out.append(e / (1.0 + e))
        return out
