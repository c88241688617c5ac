"""Least-squares cases: exact fits, the square case n = d + 1, features of different scales, noisy
seeded data with a known model, and two large fits."""
import random


def _data(rng, n, d, noise):
    scales = [rng.choice([1, 10, 100, 1000]) for _ in range(d)]
    w = [round(rng.uniform(-5, 5), 3) for _ in range(d)]
    b = round(rng.uniform(-100, 100), 2)
    X = [[round(rng.uniform(-s, s), 3) for s in scales] for _ in range(n)]
    y = [round(b + sum(wi * xi for wi, xi in zip(w, row)) + rng.gauss(0, noise), 4) for row in X]
    return {"args": [X, y]}


def cases():
    out = [
        {"args": [[[1.0], [2.0], [3.0]], [3.0, 5.0, 7.0]], "sample": True},
        {"args": [[[1.0], [2.0], [3.0], [4.0]], [2.0, 3.0, 5.0, 6.0]], "sample": True},
        {"args": [[[0.0], [1.0]], [5.0, -1.0]]},
        {"args": [[[2.0], [2.0], [4.0], [4.0]], [1.0, 3.0, 5.0, 7.0]]},
        {"args": [[[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [2.0, 1.0], [0.0, 0.0]], [4.0, 1.0, 3.0, 4.0, 2.0]]},
        {"args": [[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 1.0, 1.0]], [1.0, 2.0, 3.0, 4.0]]},
        {"args": [[[-3.0], [-1.0], [1.0], [3.0]], [0.0, 0.0, 0.0, 0.0]]},
        {"args": [[[10.0, 200.0], [20.0, 100.0], [30.0, 400.0], [40.0, 300.0], [50.0, 600.0]],
                  [-7.5, 12.0, 3.25, 99.0, 41.0]]},
    ]
    rng = random.Random(3141)
    for _ in range(9):
        d = rng.randint(1, 6)
        n = rng.randint(d + 1, 40)
        out.append(_data(rng, n, d, rng.choice([0.0, 0.5, 20.0])))
    exact = _data(rng, 7, 6, 0.0)  # square system: interpolation
    out.append(exact)
    out.append({**_data(rng, 5000, 19, 3.0), "large": True})
    out.append({**_data(rng, 2000, 20, 0.1), "large": True})
    for case in out:
        X, y = case["args"]
        n, d = len(X), len(X[0])
        assert 2 <= n <= 5000 and 1 <= d <= 20 and n >= d + 1 and len(y) == n
        assert all(len(r) == d and all(abs(v) <= 1000 for v in r) for r in X)
        assert all(abs(v) <= 10**5 for v in y)
    return out
