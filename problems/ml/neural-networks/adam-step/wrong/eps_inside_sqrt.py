# expect: WA
import numpy as np


class Solution:
    def adam_step(self, params, grads, m, v, t, lr, beta1, beta2, eps):
        m_new = beta1 * m + (1 - beta1) * grads
        v_new = beta2 * v + (1 - beta2) * grads ** 2
        m_hat = m_new / (1 - beta1 ** t)
        v_hat = v_new / (1 - beta2 ** t)
        params_new = params - lr * m_hat / np.sqrt(v_hat + eps)  # eps belongs outside the root
        return np.stack([params_new, m_new, v_new])
