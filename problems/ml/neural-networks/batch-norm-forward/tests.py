"""Batch norm cases: the examples, a batch of one (every centred value is 0), constant columns
with eps > 0, negative gamma, a single feature, seeded random batches at several scales."""
import random


def _batch(rng, n, d, scale, eps):
    x = [[round(rng.gauss(rng.uniform(-1, 1) * scale, scale / 3 + 0.01), 4) for _ in range(d)] for _ in range(n)]
    x = [[max(-1000.0, min(1000.0, v)) for v in row] for row in x]
    gamma = [round(rng.uniform(-3, 3), 3) for _ in range(d)]
    beta = [round(rng.uniform(-5, 5), 3) for _ in range(d)]
    return [x, gamma, beta, eps]


def cases():
    out = [
        {"args": [[[1.0, 10.0], [3.0, 10.0]], [1.0, 1.0], [0.0, 0.0], 0.0001], "sample": True},
        {"args": [[[0.0], [2.0], [4.0], [6.0]], [2.0], [0.5], 0.0], "sample": True},
        {"args": [[[5.0, -7.0, 3.5]], [1.0, 2.0, 3.0], [0.1, 0.2, 0.3], 1e-5]},   # batch of one: y = beta
        {"args": [[[4.0, 1.0], [4.0, 2.0], [4.0, 3.0]], [9.0, 1.0], [-1.0, 0.0], 0.001]},  # constant column
        {"args": [[[1.0], [-1.0]], [-2.0], [0.0], 0.0]},                            # negative gamma
        {"args": [[[1000.0, -1000.0], [-1000.0, 1000.0], [0.0, 0.0]], [1000.0, 0.001], [-1000.0, 1000.0], 0.1]},
        {"args": [[[0.001], [0.002], [0.003]], [1.0], [0.0], 1e-8]},                # eps comparable to var
        {"args": [[[2.0, 2.0], [2.0, 2.0]], [1.0, 1.0], [3.0, -3.0], 0.05]},        # all constant
    ]
    rng = random.Random(31)
    for _ in range(9):
        out.append({"args": _batch(rng, rng.randint(1, 10), rng.randint(1, 8), rng.choice([1.0, 20.0, 500.0]),
                                   rng.choice([1e-5, 1e-3, 0.1]))})
    out.append({"args": _batch(rng, 2000, 100, 50.0, 1e-5), "large": True})
    out.append({"args": _batch(rng, 100, 500, 300.0, 1e-3), "large": True})
    for case in out:
        x, gamma, beta, eps = case["args"]
        assert 1 <= len(x) <= 2000 and all(len(r) == len(gamma) == len(beta) for r in x)
        assert all(-1e3 <= v <= 1e3 for r in x for v in r) and 0 <= eps <= 0.1
    return out
