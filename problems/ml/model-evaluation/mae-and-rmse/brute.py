import math


class Solution:
    def mae_rmse(self, y_true, y_pred):
        errors = [p - t for t, p in zip(y_true.tolist(), y_pred.tolist())]
        n = len(errors)
        return [math.fsum(abs(e) for e in errors) / n, math.sqrt(math.fsum(e * e for e in errors) / n)]
