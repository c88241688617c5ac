"""Ridge cases: the samples, alpha = 0 (least squares), huge alpha (w -> 0, b -> mean of y),
fewer examples than features, duplicated (collinear) features, a shifted target, and seeded data."""
import random


def _data(rng, n, d, alpha, noise=1.0):
    w = [round(rng.uniform(-4, 4), 2) for _ in range(d)]
    X = [[round(rng.uniform(-20, 20), 3) for _ in range(d)] for _ in range(n)]
    y = [round(7.5 + sum(a * b for a, b in zip(w, r)) + rng.gauss(0, noise), 4) for r in X]
    return {"args": [X, y, alpha]}


def cases():
    out = [
        {"args": [[[1.0], [2.0], [3.0]], [3.0, 5.0, 7.0], 0.0], "sample": True},
        {"args": [[[1.0], [2.0], [3.0]], [3.0, 5.0, 7.0], 2.0], "sample": True},
        {"args": [[[1.0, 2.0]], [4.0], 1.0], "sample": True},
        {"args": [[[1.0], [2.0], [3.0]], [1003.0, 1005.0, 1007.0], 2.0]},
        {"args": [[[1.0], [2.0], [3.0], [4.0]], [10.0, 20.0, 30.0, 40.0], 10**6]},
        {"args": [[[1.0, 1.0], [2.0, 2.0], [3.0, 3.0], [4.0, 4.0]], [2.0, 4.0, 6.0, 8.0], 0.5]},
        {"args": [[[5.0, -1.0, 2.0], [0.0, 3.0, 1.0]], [1.0, 2.0], 0.1]},
        {"args": [[[2.0], [2.0], [2.0]], [1.0, 2.0, 6.0], 3.0]},
        {"args": [[[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [2.0, 1.0], [0.0, 0.0]], [4.0, 1.0, 3.0, 4.0, 2.0], 0.0]},
    ]
    rng = random.Random(1618)
    for alpha in (0.0, 0.01, 1.0, 10.0, 100.0, 1e4):
        d = rng.randint(1, 6)
        out.append(_data(rng, rng.randint(d + 2, 40), d, alpha))
    for alpha in (0.5, 5.0, 50.0):
        d = rng.randint(4, 10)
        out.append(_data(rng, rng.randint(1, d), d, alpha))  # fewer examples than features
    out.append({**_data(rng, 5000, 19, 25.0), "large": True})
    out.append({**_data(rng, 3000, 20, 0.0, noise=5.0), "large": True})
    for case in out:
        X, y, alpha = case["args"]
        n, d = len(X), len(X[0])
        assert 1 <= n <= 5000 and 1 <= d <= 20 and len(y) == n and 0 <= alpha <= 10**6
        assert all(len(r) == d and all(abs(v) <= 1000 for v in r) for r in X)
        assert all(abs(v) <= 10**5 for v in y)
        assert alpha > 0 or n >= d + 1
    return out
