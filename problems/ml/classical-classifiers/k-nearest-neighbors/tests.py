"""kNN cases: the samples, k = 1 and k = n, a query on a training point, duplicate training points
with different labels, vote ties, distance ties at the k-th place, and seeded data (integer grids with
many exact ties; continuous data with no near-ties at the k-th place)."""
import random


def _d2(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))


def _int_case(rng, n, m, d, k, span, labels):
    X = [[float(rng.randint(-span, span)) for _ in range(d)] for _ in range(n)]
    y = [rng.randrange(labels) for _ in range(n)]
    Q = [[float(rng.randint(-span, span)) for _ in range(d)] for _ in range(m)]
    return {"args": [X, y, Q, k]}


def _float_case(rng, n, m, d, k, labels):
    X = [[round(rng.uniform(-1000, 1000), 4) for _ in range(d)] for _ in range(n)]
    y = [rng.randrange(labels) for _ in range(n)]
    Q = []
    while len(Q) < m:
        q = [round(rng.uniform(-1000, 1000), 4) for _ in range(d)]
        ds = sorted(_d2(q, x) for x in X)
        if k == n or ds[k] - ds[k - 1] > 1e-6 * (1 + ds[k - 1]):
            Q.append(q)
    return {"args": [X, y, Q, k]}


def cases():
    out = [
        {"args": [[[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0]], [0, 0, 1, 1, 1],
                  [[0.2, 0.2], [5.5, 5.0]], 3], "sample": True},
        {"args": [[[0.0], [2.0], [-2.0], [4.0]], [3, 1, 2, 3], [[1.0], [3.0]], 3], "sample": True},
        {"args": [[[1.0, 1.0]], [7], [[100.0, -100.0]], 1]},
        {"args": [[[0.0], [10.0], [20.0]], [2, 0, 2], [[10.0], [0.0]], 1]},
        {"args": [[[0.0], [10.0], [20.0]], [2, 0, 1], [[10.0]], 3]},
        {"args": [[[3.0, 3.0], [3.0, 3.0], [3.0, 3.0]], [5, 4, 4], [[0.0, 0.0], [3.0, 3.0]], 1]},
        {"args": [[[3.0, 3.0], [3.0, 3.0], [3.0, 3.0]], [5, 4, 4], [[0.0, 0.0]], 2]},
        {"args": [[[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]], [3, 2, 1, 0], [[0.0, 0.0]], 2]},
        {"args": [[[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]], [2, 2, 1, 1], [[0.0, 0.0]], 4]},
        {"args": [[[0.0], [1.0], [2.0], [3.0], [4.0]], [9, 8, 9, 8, 0], [[2.0]], 4]},
        {"args": [[[5.0], [1.0], [9.0]], [0, 1, 1], [[5.0]], 3]},
    ]
    rng = random.Random(8080)
    for _ in range(5):
        n = rng.randint(1, 40)
        out.append(_int_case(rng, n, rng.randint(1, 10), rng.randint(1, 3), rng.randint(1, n),
                             rng.choice([2, 3, 5]), rng.randint(1, 4)))
    for _ in range(4):
        n = rng.randint(1, 40)
        out.append(_float_case(rng, n, rng.randint(1, 10), rng.randint(1, 4), rng.randint(1, n), rng.randint(2, 5)))
    out.append({**_int_case(rng, 2000, 100, 4, 7, 4, 6), "large": True})
    out.append({**_float_case(rng, 1000, 100, 10, 15, 101), "large": True})
    for case in out:
        X, y, Q, k = case["args"]
        n, m, d = len(X), len(Q), len(X[0])
        assert 1 <= k <= n <= 2000 and 1 <= m <= 500 and 1 <= d <= 10 and n * m <= 2 * 10**5
        assert len(y) == n and all(0 <= v <= 100 for v in y)
        assert all(len(v) == d and all(abs(x) <= 10**4 for x in v) for v in X + Q)
    return out
