"""Assignment cases: the samples, one centroid, a point on a centroid, coinciding centroids, many
exact ties on an integer grid, and seeded float data in which no point has a near-tie."""
import random


def _dist2(x, c):
    return sum((a - b) ** 2 for a, b in zip(x, c))


def _int_case(rng, n, k, d, span):
    X = [[float(rng.randint(-span, span)) for _ in range(d)] for _ in range(n)]
    C = [[float(rng.randint(-span, span)) for _ in range(d)] for _ in range(k)]
    return {"args": [X, C]}


def _float_case(rng, n, k, d, span):
    C = [[round(rng.uniform(-span, span), 4) for _ in range(d)] for _ in range(k)]
    X = []
    while len(X) < n:
        x = [round(rng.uniform(-span, span), 4) for _ in range(d)]
        ds = sorted(_dist2(x, c) for c in C)
        if k == 1 or ds[1] - ds[0] > 1e-6 * (1 + ds[0]):
            X.append(x)
    return {"args": [X, C]}


def cases():
    out = [
        {"args": [[[0.0, 0.0], [5.0, 5.0], [2.0, 3.0]], [[1.0, 1.0], [4.0, 4.0]]], "sample": True},
        {"args": [[[1.0, 0.0], [9.0, 0.0], [5.0, 0.0]], [[0.0, 0.0], [0.0, 0.0], [10.0, 0.0]]], "sample": True},
        {"args": [[[3.0], [-7.0]], [[100.0]]]},
        {"args": [[[2.0, 2.0]], [[5.0, 5.0], [2.0, 2.0], [2.0, 2.0]]]},
        {"args": [[[0.0, 0.0]], [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]]]},
        {"args": [[[0.0, 0.0]], [[3.0, 4.0], [5.0, 0.0], [0.0, -5.0], [4.0, -3.0]]]},
        {"args": [[[1.0, 1.0, 1.0], [4.0, 0.0, 0.0]], [[0.0, 0.0, 0.0], [2.0, 2.0, 2.0], [3.0, 0.0, 0.0]]]},
        {"args": [[[10000.0, -10000.0], [-10000.0, 10000.0]], [[10000.0, 10000.0], [-10000.0, -10000.0]]]},
        {"args": [[[1.0, 0.0], [2.0, 0.0]], [[0.0, 0.0], [3.0, 0.0], [1.0, 1.0]]]},
    ]
    rng = random.Random(4242)
    for _ in range(5):
        out.append(_int_case(rng, rng.randint(1, 30), rng.randint(1, 8), rng.randint(1, 4), rng.choice([2, 3, 10])))
    for _ in range(5):
        out.append(_float_case(rng, rng.randint(1, 30), rng.randint(1, 8), rng.randint(1, 5), rng.choice([1, 100, 10**4])))
    out.append({**_int_case(rng, 10_000, 10, 10, 5), "large": True})
    out.append({**_float_case(rng, 5000, 50, 4, 1000), "large": True})
    for case in out:
        X, C = case["args"]
        n, k, d = len(X), len(C), len(C[0])
        assert 1 <= n <= 10**4 and 1 <= k <= 50 and 1 <= d <= 10 and n * k * d <= 10**6
        assert all(len(v) == d and all(abs(x) <= 10**4 for x in v) for v in X + C)
    return out
