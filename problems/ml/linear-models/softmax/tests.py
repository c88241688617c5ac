"""Softmax cases: hand-picked rows (ties, huge and tiny scores, one class), seeded random matrices."""
import random


def _matrix(rng, n, k, spread):
    return [[round(rng.uniform(-spread, spread), 3) for _ in range(k)] for _ in range(n)]


def cases():
    out = [
        {"args": [[[0.0, 0.0]]], "sample": True},
        {"args": [[[1000.0, 1001.0], [-3.0, 0.0]]], "sample": True},
        {"args": [[[5.0]]]},
        {"args": [[[-10000.0, 10000.0]]]},
        {"args": [[[10000.0, 10000.0, 10000.0]]]},
        {"args": [[[-10000.0, -10000.0]]]},
        {"args": [[[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]]]},
        {"args": [[[0.0] * 500]]},
        {"args": [[[709.0, 710.0, -745.0]]]},
    ]
    rng = random.Random(61)
    for _ in range(8):
        out.append({"args": [_matrix(rng, rng.randint(1, 6), rng.randint(1, 8), rng.choice([1, 50, 5000]))]})
    # Large, but not huge: every output float is encoded back (about 3 us each).
    for spread in (10, 10000):
        out.append({"args": [_matrix(rng, 400, 100, spread)], "large": True})
    out.append({"args": [_matrix(rng, 60, 500, 100)], "large": True})
    for case in out:
        (rows,) = case["args"]
        assert 1 <= len(rows) <= 2000 and all(1 <= len(r) <= 500 for r in rows)
        assert all(-10**4 <= x <= 10**4 for r in rows for x in r)
    return out
