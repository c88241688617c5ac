"""Update cases: the samples, one point, one cluster, empty clusters at the start, middle and end,
all points in one cluster, and seeded data with a few deliberately empty clusters."""
import random


def _case(rng, n, k, d, empty):
    used = [c for c in range(k) if c not in empty] or [0]
    X = [[round(rng.uniform(-10**4, 10**4), 4) for _ in range(d)] for _ in range(n)]
    labels = [rng.choice(used) for _ in range(n)]
    C = [[round(rng.uniform(-100, 100), 3) for _ in range(d)] for _ in range(k)]
    return {"args": [X, labels, C]}


def cases():
    out = [
        {"args": [[[0.0, 0.0], [2.0, 0.0], [10.0, 10.0], [11.0, 12.0]], [0, 0, 1, 1], [[1.0, 1.0], [9.0, 9.0]]],
         "sample": True},
        {"args": [[[1.0, 2.0], [3.0, 4.0], [5.0, 9.0]], [2, 2, 2], [[0.0, 0.0], [-1.0, 7.0], [8.0, 8.0]]],
         "sample": True},
        {"args": [[[4.0]], [0], [[-3.0]]]},
        {"args": [[[4.0]], [1], [[-3.0], [0.0], [9.0]]]},
        {"args": [[[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]], [0, 0, 0], [[0.0, 0.0], [5.0, 5.0]]]},
        {"args": [[[0.1], [0.2], [0.3]], [1, 1, 1], [[7.0], [0.0]]]},
        {"args": [[[10000.0, -10000.0], [-10000.0, 10000.0]], [0, 0], [[1.0, 1.0]]]},
        {"args": [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], [0, 1, 2], [[0.0] * 3] * 3]},
        {"args": [[[1.0], [2.0], [3.0], [4.0]], [3, 0, 3, 0], [[0.0], [-5.0], [-6.0], [0.0]]]},
    ]
    rng = random.Random(1357)
    for _ in range(9):
        k = rng.randint(1, 8)
        empty = set(rng.sample(range(k), rng.randint(0, k - 1)))
        out.append(_case(rng, rng.randint(1, 30), k, rng.randint(1, 5), empty))
    out.append({**_case(rng, 10_000, 100, 10, set(range(90, 100)) | {0, 17}), "large": True})
    out.append({**_case(rng, 10_000, 5, 10, set()), "large": True})
    for case in out:
        X, labels, C = case["args"]
        n, k, d = len(X), len(C), len(C[0])
        assert 1 <= n <= 10**4 and 1 <= k <= 100 and 1 <= d <= 10 and len(labels) == n
        assert all(0 <= c < k for c in labels)
        assert all(len(v) == d and all(abs(x) <= 10**4 for x in v) for v in X + C)
    return out
