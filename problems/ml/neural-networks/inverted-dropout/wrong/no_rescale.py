# expect: WA
import numpy as np


class Solution:
    def dropout(self, x, keep_prob, seed):
        keep = np.random.default_rng(seed).random(x.shape) < keep_prob
        return np.where(keep, x, 0.0)  # plain dropout: survivors not divided by keep_prob
