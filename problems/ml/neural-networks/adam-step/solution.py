import numpy as np


class Solution:
    def adam_step(self, params: np.ndarray, grads: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
                  lr: float, beta1: float, beta2: float, eps: float) -> np.ndarray:
        m_new = beta1 * m + (1 - beta1) * grads
        v_new = beta2 * v + (1 - beta2) * grads * grads
        m_hat = m_new / (1 - beta1 ** t)
        v_hat = v_new / (1 - beta2 ** t)
        params_new = params - lr * m_hat / (np.sqrt(v_hat) + eps)
        return np.stack([params_new, m_new, v_new])
