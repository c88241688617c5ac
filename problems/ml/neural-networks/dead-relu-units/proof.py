"""Dead ReLU units after one bad update, under plain gradient descent, weight decay and Leaky ReLU.

Network: 2 inputs -> 40 hidden units -> 1 linear output, full-batch gradient descent on squared
error, 200 fixed training points with target sin(x0) * cos(x1). After 150 normal steps, a "bad
update" subtracts 15 from the biases of 12 hidden units, which makes them output 0 (negative
pre-activation) on every training point. Training then continues for 500 steps in three ways:
plain gradient descent with ReLU, gradient descent with L2 weight decay (on all weights and
biases) with ReLU, and plain gradient descent where the hidden activation is Leaky ReLU (slope
0.01 for negative inputs; the same network and the same bad update).

- a: with plain GD, the dead units' incoming weights and biases are bit-for-bit unchanged and
  they are still inactive on every training point.
- b: some dead unit becomes active again under plain GD.
- c: some dead unit becomes active again under weight decay.
- d: with Leaky ReLU the same units' incoming gradients are nonzero and their biases keep
  changing during training.
"""
import numpy as np


def _act(z, leak):
    return np.where(z > 0, z, leak * z)


def _train(p, x, y, steps, lr=0.05, decay=0.0, leak=0.0):
    w1, b1, w2, b2 = (v.copy() for v in p)
    first_grad = None
    for _ in range(steps):
        z = x @ w1 + b1
        h = _act(z, leak)
        out = h @ w2 + b2
        d_out = 2 * (out - y) / len(y)
        g_w2, g_b2 = h.T @ d_out, d_out.sum(axis=0)
        d_z = (d_out @ w2.T) * np.where(z > 0, 1.0, leak)
        g_w1, g_b1 = x.T @ d_z, d_z.sum(axis=0)
        if first_grad is None:
            first_grad = (g_w1.copy(), g_b1.copy())
        w1 -= lr * (g_w1 + decay * w1)
        b1 -= lr * (g_b1 + decay * b1)
        w2 -= lr * (g_w2 + decay * w2)
        b2 -= lr * (g_b2 + decay * b2)
    return (w1, b1, w2, b2), first_grad


def _active_units(p, x):
    return np.any(x @ p[0] + p[1] > 0, axis=0)


def prove():
    rng = np.random.default_rng(20)
    x = rng.uniform(-2, 2, size=(200, 2))
    y = (np.sin(x[:, 0]) * np.cos(x[:, 1]))[:, None]
    start = (rng.normal(0, 1, (2, 40)), rng.normal(0, 0.5, 40), rng.normal(0, 0.3, (40, 1)), np.zeros(1))
    results = {}
    for name, kw in {"plain": {}, "decay": {"decay": 1e-3}, "leaky": {"leak": 0.01}}.items():
        warm, _ = _train(start, x, y, 150, **kw)
        killed = [v.copy() for v in warm]
        dead = rng.permutation(40)[:12] if name == "plain" else dead
        killed[1][dead] -= 15.0
        assert not _active_units(killed, x)[dead].any()
        after, grad = _train(killed, x, y, 500, **kw)
        results[name] = (killed, after, grad)
    k, a, _ = results["plain"]
    frozen = np.array_equal(k[0][:, dead], a[0][:, dead]) and np.array_equal(k[1][dead], a[1][dead])
    revived = {name: int(_active_units(r[1], x)[dead].sum()) for name, r in results.items()}
    leaky_grad = results["leaky"][2]
    kl, al, _ = results["leaky"]
    leaky_moving = (np.all(np.abs(leaky_grad[1][dead]) > 0)
                    and np.all(np.abs(al[1][dead] - kl[1][dead]) > 1e-6))
    claims = {
        "a": frozen and revived["plain"] == 0,
        "b": revived["plain"] > 0,
        "c": revived["decay"] > 0,
        "d": bool(leaky_moving),
    }
    return sorted(k for k, v in claims.items() if v)
