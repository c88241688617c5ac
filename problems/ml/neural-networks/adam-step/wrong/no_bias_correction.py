# expect: WA
import numpy as np


class Solution:
    def adam_step(self, params, grads, m, v, t, lr, beta1, beta2, eps):
        m_new = beta1 * m + (1 - beta1) * grads
        v_new = beta2 * v + (1 - beta2) * grads ** 2
        params_new = params - lr * m_new / (np.sqrt(v_new) + eps)  # skips the 1 - beta^t division
        return np.stack([params_new, m_new, v_new])
