# expect: WA
import numpy as np


class Solution:
    def clip_by_global_norm(self, grads, max_norm):
        out = []
        for g in grads:
            a = np.asarray(g, dtype=np.float64)
            norm = np.linalg.norm(a)  # each tensor clipped on its own norm
            out.append((a * (max_norm / norm) if norm > max_norm else a).tolist())
        return out
