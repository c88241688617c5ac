"""Adam cases: the examples, the first step from zero moments, zero gradients, a large step count
(bias correction vanishes), beta1 = 0, a large eps (its place, outside the square root, matters),
seeded random states mid-training; large vectors."""
import random


def _state(rng, n, first):
    params = [round(rng.uniform(-100, 100), 4) for _ in range(n)]
    grads = [round(rng.gauss(0, rng.choice([0.01, 1.0, 30.0])), 5) for _ in range(n)]
    grads = [max(-100.0, min(100.0, g)) for g in grads]
    if first:
        return params, grads, [0.0] * n, [0.0] * n
    m = [round(rng.uniform(-5, 5), 5) for _ in range(n)]
    v = [round(rng.uniform(0, 50), 5) for _ in range(n)]
    return params, grads, m, v


def cases():
    out = [
        {"args": [[1.0, -2.0], [0.5, -4.0], [0.0, 0.0], [0.0, 0.0], 1, 0.1, 0.9, 0.999, 1e-8], "sample": True},
        {"args": [[0.5], [0.2], [0.1], [0.01], 3, 0.01, 0.9, 0.999, 1e-8], "sample": True},
        {"args": [[3.0, 3.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], 1, 0.5, 0.9, 0.999, 1e-8]},  # zero gradient
        {"args": [[3.0], [0.0], [0.4], [0.09], 5, 0.5, 0.9, 0.999, 1e-8]},          # momentum keeps moving
        {"args": [[1.0, 2.0], [1e-6, -1e-6], [0.0, 0.0], [0.0, 0.0], 1, 0.1, 0.9, 0.999, 0.01]},  # big eps
        {"args": [[1.0], [0.001], [0.0005], [1e-6], 2, 0.1, 0.9, 0.999, 0.5]},
        {"args": [[10.0, -10.0], [2.0, 2.0], [1.5, -1.5], [3.0, 3.0], 1000000, 0.001, 0.9, 0.999, 1e-8]},
        {"args": [[0.0], [-7.0], [2.0], [40.0], 4, 0.2, 0.0, 0.99, 1e-7]},          # beta1 = 0: RMSprop-like
        {"args": [[5.0], [100.0], [-100.0], [10000.0], 10, 1.0, 0.5, 0.5, 1.0]},
    ]
    rng = random.Random(1999)
    for index in range(10):
        n = rng.randint(1, 30)
        first = index % 3 == 0
        t = 1 if first else rng.choice([2, 3, 10, 57, 1000, 123456])
        out.append({"args": [*_state(rng, n, first), t, rng.choice([0.001, 0.01, 0.3]),
                             rng.choice([0.9, 0.8, 0.95]), rng.choice([0.999, 0.99, 0.9]),
                             rng.choice([1e-8, 1e-6, 1e-3])]})
    out.append({"args": [*_state(rng, 100_000, False), 42, 0.001, 0.9, 0.999, 1e-8], "large": True})
    out.append({"args": [*_state(rng, 100_000, True), 1, 0.01, 0.9, 0.999, 1e-8], "large": True})
    for case in out:
        params, grads, m, v, t, lr, b1, b2, eps = case["args"]
        assert 1 <= len(params) == len(grads) == len(m) == len(v) <= 10**5 and 1 <= t <= 10**6
        assert 0 < lr <= 1 and 0 <= b1 < 1 and 0 <= b2 < 1 and 0 < eps <= 1
        assert all(-100 <= x <= 100 for x in params + grads + m) and all(0 <= x <= 10**4 for x in v)
    return out
