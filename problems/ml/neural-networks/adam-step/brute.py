import math


class Solution:
    def adam_step(self, params, grads, m, v, t, lr, beta1, beta2, eps):
        rows = [[], [], []]
        for p, g, mi, vi in zip(params.tolist(), grads.tolist(), m.tolist(), v.tolist()):
            mi = beta1 * mi + (1 - beta1) * g
            vi = beta2 * vi + (1 - beta2) * g * g
            m_hat = mi / (1 - math.pow(beta1, t))
            v_hat = vi / (1 - math.pow(beta2, t))
            rows[0].append(p - lr * m_hat / (math.sqrt(v_hat) + eps))
            rows[1].append(mi)
            rows[2].append(vi)
        return rows
