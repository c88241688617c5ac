"""Gradient-step cases: the samples, a model already at the optimum (no move), a single example,
a tiny learning rate, and seeded random problems of several sizes."""
import random


def _data(rng, n, d, spread):
    X = [[round(rng.uniform(-spread, spread), 3) for _ in range(d)] for _ in range(n)]
    y = [round(rng.uniform(-spread, spread), 3) for _ in range(n)]
    w = [round(rng.uniform(-3, 3), 3) for _ in range(d)]
    b = round(rng.uniform(-10, 10), 3)
    lr = rng.choice([1e-4, 0.001, 0.01, 0.1, 0.5])
    return {"args": [X, y, w, b, lr]}


def cases():
    out = [
        {"args": [[[1.0], [2.0]], [2.0, 4.0], [0.0], 0.0, 0.1], "sample": True},
        {"args": [[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], [1.0, 2.0, 2.0], [0.5, -0.5], 1.0, 0.05],
         "sample": True},
        {"args": [[[1.0], [2.0], [3.0]], [3.0, 5.0, 7.0], [2.0], 1.0, 0.1]},
        {"args": [[[4.0, -2.0]], [3.0], [0.0, 0.0], 0.0, 0.01]},
        {"args": [[[0.0, 0.0], [0.0, 0.0]], [1.0, -3.0], [7.0, -7.0], 2.0, 0.5]},
        {"args": [[[1000.0], [-1000.0]], [1000.0, 1000.0], [1000.0], -1000.0, 1e-6]},
        {"args": [[[1.0, 2.0, 3.0]] * 4, [6.0, 6.0, 6.0, 6.0], [1.0, 1.0, 1.0], 0.0, 1.0]},
        {"args": [[[0.5], [1.5], [-2.5]], [0.0, 0.0, 0.0], [0.0], 0.0, 0.3]},
    ]
    rng = random.Random(2718)
    for _ in range(10):
        out.append(_data(rng, rng.randint(1, 30), rng.randint(1, 6), rng.choice([1, 10, 100])))
    out.append({**_data(rng, 5000, 20, 50), "large": True})
    out.append({**_data(rng, 4000, 5, 1000), "large": True})
    for case in out:
        X, y, w, b, lr = case["args"]
        n, d = len(X), len(w)
        assert 1 <= n <= 5000 and 1 <= d <= 20 and len(y) == n and all(len(r) == d for r in X)
        assert all(abs(v) <= 1000 for r in X for v in r) and all(abs(v) <= 1000 for v in y + w + [b])
        assert 0 < lr <= 1
    return out
