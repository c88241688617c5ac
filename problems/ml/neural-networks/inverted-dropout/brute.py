import numpy as np


class Solution:
    def dropout(self, x, keep_prob, seed):
        draws = np.random.default_rng(seed).random(x.shape).tolist()  # the stated procedure's draws
        out = []
        for row, row_draws in zip(x.tolist(), draws):
            out.append([value / keep_prob if u < keep_prob else 0.0 for value, u in zip(row, row_draws)])
        return out
