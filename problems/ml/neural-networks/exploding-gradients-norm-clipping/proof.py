"""Backpropagation through time in a linear recurrent network, then two kinds of clipping.

RNN: h_t = W h_{t-1} + U x_t, h_0 = 0, 16 hidden units, inputs x_t ~ N(0, 1) (4 features);
loss 0.5 * ||h_T - target||^2, T = 60. W is a random matrix rescaled so that its spectral radius
is 1.2 (its largest singular value is larger still). BPTT gives dLoss/dW and, on the way, the
gradient with respect to each hidden state; we fit a line to log(||dLoss/dh_(T-k)|| / ||dLoss/dh_T||)
against the number of steps back k (10..50), averaged over 20 sequences.

- a: the fitted slope is close to log(1.2) (within 0.05) and the backpropagated norm grows by
  over 100x from k = 10 to k = 50: exponential growth with distance.
- b: global-norm clipping (scale g by min(1, c/||g||)) gives a vector with cosine 1 to g.
- c: per-coordinate clipping to [-c, c] keeps the direction; false if the cosine falls below 0.99.
- d: clipping cures vanishing gradients; false if a gradient of norm 1e-8 comes out of clipping
  unchanged (clipping can only shrink).
"""
import numpy as np

H, D = 16, 4


def _weights(rng):
    w = rng.normal(size=(H, H))
    w *= 1.2 / np.max(np.abs(np.linalg.eigvals(w)))
    return w, rng.normal(0, 0.5, size=(H, D))


def _bptt(w, u, xs, target):
    """dLoss/dW, and the norm of dLoss/dh_t for t = T, T-1, ..., 1 (k = 0, 1, ... steps back)."""
    hs = [np.zeros(H)]
    for x in xs:
        hs.append(w @ hs[-1] + u @ x)
    d_h = hs[-1] - target
    grad = np.zeros_like(w)
    back = []
    for t in range(len(xs), 0, -1):
        back.append(np.linalg.norm(d_h))
        grad += np.outer(d_h, hs[t - 1])
        d_h = w.T @ d_h
    return grad, np.array(back)


def _clip_norm(g, c):
    return g * min(1.0, c / np.linalg.norm(g))


def _cos(a, b):
    return float(np.sum(a * b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def prove():
    rng = np.random.default_rng(19)
    w, u = _weights(rng)
    backs = [_bptt(w, u, rng.normal(size=(60, D)), rng.normal(size=H))[1] for _ in range(20)]
    gain = np.mean([np.log(b / b[0]) for b in backs], axis=0)  # log ||dL/dh_(T-k)|| / ||dL/dh_T||
    steps = np.arange(10, 51)
    slope = np.polyfit(steps, gain[steps], 1)[0]
    g, _ = _bptt(w, u, rng.normal(size=(60, D)), rng.normal(size=H))
    c = 1.0
    by_norm, by_value = _clip_norm(g, c), np.clip(g, -c, c)
    assert np.linalg.norm(g) > 100 * c and np.isclose(np.linalg.norm(by_norm), c)
    tiny = g * (1e-8 / np.linalg.norm(g))
    claims = {
        "a": abs(slope - np.log(1.2)) < 0.05 and gain[50] - gain[10] > np.log(100),
        "b": abs(_cos(by_norm, g) - 1) < 1e-12,
        "c": _cos(by_value, g) > 0.99,
        "d": not np.array_equal(_clip_norm(tiny, c), tiny),
    }
    return sorted(k for k, v in claims.items() if v)
