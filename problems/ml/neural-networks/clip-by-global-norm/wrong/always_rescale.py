# expect: WA
import numpy as np


class Solution:
    def clip_by_global_norm(self, grads, max_norm):
        arrays = [np.asarray(g, dtype=np.float64) for g in grads]
        norm = np.sqrt(sum(np.sum(a * a) for a in arrays))
        scale = max_norm / norm if norm > 0 else 1.0  # also stretches small gradients up to max_norm
        return [(a * scale).tolist() for a in arrays]
