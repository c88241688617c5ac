"""Confusion-matrix cases: the samples, one example, one class, all correct, all wrong, absent
classes, and seeded predictions from a noisy classifier (two large)."""
import random


def _noisy(rng, n, k, accuracy):
    y = [rng.randrange(k) for _ in range(n)]
    p = [t if rng.random() < accuracy else rng.randrange(k) for t in y]
    return {"args": [y, p, k]}


def cases():
    out = [
        {"args": [[0, 1, 2, 2, 1], [0, 2, 2, 2, 1], 3], "sample": True},
        {"args": [[1, 1], [0, 1], 3], "sample": True},
        {"args": [[0], [0], 1]},
        {"args": [[0, 0, 0, 0], [0, 0, 0, 0], 1]},
        {"args": [[2], [0], 4]},
        {"args": [[0, 1, 2, 3], [0, 1, 2, 3], 4]},
        {"args": [[0, 1, 2, 3], [1, 2, 3, 0], 4]},
        {"args": [[1, 0, 1, 0, 1, 1], [1, 1, 0, 0, 1, 1], 2]},
        {"args": [[0, 0, 0], [2, 2, 2], 3]},
        {"args": [[99, 0, 50, 99], [0, 99, 50, 99], 100]},
        {"args": [[3, 3, 1, 1], [1, 1, 3, 3], 5]},
    ]
    rng = random.Random(3030)
    for _ in range(7):
        k = rng.randint(1, 10)
        out.append(_noisy(rng, rng.randint(1, 40), k, rng.choice([0.0, 0.5, 0.9])))
    out.append({**_noisy(rng, 100_000, 10, 0.8), "large": True})
    out.append({**_noisy(rng, 50_000, 100, 0.6), "large": True})
    for case in out:
        y, p, k = case["args"]
        assert 1 <= len(y) == len(p) <= 10**5 and 1 <= k <= 100
        assert all(0 <= v < k for v in y + p)
    return out
