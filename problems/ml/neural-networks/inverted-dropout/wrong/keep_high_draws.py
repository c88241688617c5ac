# expect: WA
import numpy as np


class Solution:
    def dropout(self, x, keep_prob, seed):
        draw = np.random.default_rng(seed).random(x.shape)
        keep = draw >= 1 - keep_prob  # right keep rate, but not the stated mask
        return np.where(keep, x / keep_prob, 0.0)
