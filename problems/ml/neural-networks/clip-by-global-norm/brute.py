import math


class Solution:
    def clip_by_global_norm(self, grads, max_norm):
        norm = math.sqrt(math.fsum(x * x for g in grads for x in g))
        if norm <= max_norm:
            return [[float(x) for x in g] for g in grads]
        return [[x * max_norm / norm for x in g] for g in grads]
