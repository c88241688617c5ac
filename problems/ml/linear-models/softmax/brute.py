import math


class Solution:
    def softmax(self, logits):
        out = []
        for row in logits.tolist():
            top = max(row)
            weights = [math.exp(x - top) for x in row]
            total = math.fsum(weights)
            out.append([w / total for w in weights])
        return out
