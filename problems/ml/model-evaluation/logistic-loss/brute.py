import math


class Solution:
    def log_loss(self, y_true, p, eps):
        terms = []
        for y, prob in zip(y_true.tolist(), p.tolist()):
            q = min(max(prob, eps), 1.0 - eps)
            terms.append(-math.log(q) if y == 1 else -math.log(1.0 - q))
        return math.fsum(terms) / len(terms)
