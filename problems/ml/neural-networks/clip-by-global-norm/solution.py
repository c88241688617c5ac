import numpy as np
from typing import List


class Solution:
    def clip_by_global_norm(self, grads: List[List[float]], max_norm: float) -> List[List[float]]:
        arrays = [np.asarray(g, dtype=np.float64) for g in grads]
        global_norm = float(np.sqrt(sum(np.sum(a * a) for a in arrays)))
        if global_norm <= max_norm:
            return [a.tolist() for a in arrays]
        scale = max_norm / global_norm
        return [(a * scale).tolist() for a in arrays]
