"""Standardisation cases: the samples, a single row (every column constant), constant columns of
values that floats cannot average exactly, huge offsets with small spread, and seeded matrices."""
import random


def _matrix(rng, n, d, constant_share):
    cols = []
    for _ in range(d):
        if rng.random() < constant_share:
            v = rng.choice([0.1, 0.3, 0.7, -2.2, 1234.5678, 0.0])
            cols.append([v] * n)
        else:
            centre, spread = rng.choice([(0, 1), (0, 100), (5000, 3), (-9000, 500)])
            cols.append([round(centre + rng.uniform(-spread, spread), 4) for _ in range(n)])
    return [[cols[j][i] for j in range(d)] for i in range(n)]


def cases():
    out = [
        {"args": [[[1.0, 10.0], [2.0, 10.0], [3.0, 10.0]]], "sample": True},
        {"args": [[[0.1, 4.0], [0.1, 0.0], [0.1, 2.0]]], "sample": True},
        {"args": [[[3.5, -1.0, 0.0]]]},
        {"args": [[[0.1], [0.1], [0.1]]]},
        {"args": [[[0.7, 1.0], [0.7, 3.0], [0.7, 5.0], [0.7, 7.0], [0.7, 9.0], [0.7, 11.0], [0.7, 13.0]]]},
        {"args": [[[1.0], [-1.0]]]},
        {"args": [[[9999.0001, 0.0], [9999.0002, 0.0], [9999.0003, 1.0]]]},
        {"args": [[[-10000.0, 10000.0], [10000.0, -10000.0], [0.0, 0.0]]]},
        {"args": [[[2.0, 2.0, 2.0], [2.0, 2.0, 2.0]]]},
        {"args": [[[0.0], [0.0], [0.0], [5.0]]]},
    ]
    rng = random.Random(5050)
    for _ in range(9):
        out.append({"args": [_matrix(rng, rng.randint(1, 30), rng.randint(1, 8), 0.25)]})
    out.append({"args": [_matrix(rng, 5000, 10, 0.2)], "large": True})
    out.append({"args": [_matrix(rng, 1000, 50, 0.1)], "large": True})
    for case in out:
        (X,) = case["args"]
        n, d = len(X), len(X[0])
        assert 1 <= n <= 10**4 and 1 <= d <= 50 and n * d <= 10**5
        assert all(len(r) == d and all(abs(v) <= 10**4 for v in r) for r in X)
    return out
