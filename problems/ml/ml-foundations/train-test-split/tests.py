"""Split cases: the samples, one row, 0% and 100% test shares, a share whose float product would
round down wrongly (29% of 100), a sorted data set, and seeded random data of several sizes."""
import random


def _data(rng, n, d, percent, seed):
    X = [[round(rng.uniform(-100, 100), 3) for _ in range(d)] for _ in range(n)]
    y = [rng.randint(0, 4) for _ in range(n)]
    return {"args": [X, y, percent, seed]}


def cases():
    out = [
        {"args": [[[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0], [5.0, 50.0]], [0, 1, 0, 1, 1], 40, 0],
         "sample": True},
        {"args": [[[0.5], [1.5], [2.5], [3.5], [4.5], [5.5]], [3, 1, 4, 1, 5, 9], 25, 7], "sample": True},
        {"args": [[[1.0, 2.0]], [1], 50, 3]},
        {"args": [[[1.0, 2.0]], [1], 100, 3]},
        {"args": [[[float(i)] for i in range(10)], list(range(10)), 0, 11]},
        {"args": [[[float(i)] for i in range(10)], list(range(10)), 100, 11]},
        {"args": [[[float(i), float(-i)] for i in range(100)], [i % 3 for i in range(100)], 29, 2024]},
        {"args": [[[float(i)] for i in range(7)], [0, 0, 0, 1, 1, 1, 1], 50, 2**31 - 1]},
        {"args": [[[float(i)] for i in range(3)], [5, 6, 7], 99, 1]},
    ]
    rng = random.Random(99)
    for percent in (10, 20, 25, 30, 33, 50, 70, 80):
        out.append(_data(rng, rng.randint(2, 40), rng.randint(1, 5), percent, rng.randrange(2**31)))
    out.append({**_data(rng, 5000, 10, 20, 123456789), "large": True})
    out.append({**_data(rng, 2000, 20, 15, 42), "large": True})
    for case in out:
        X, y, percent, seed = case["args"]
        n, d = len(X), len(X[0])
        assert 1 <= n <= 10**4 and 1 <= d <= 20 and n * d <= 10**5 and len(y) == n
        assert 0 <= percent <= 100 and 0 <= seed < 2**31
    return out
