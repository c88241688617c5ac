"""Cosine cases: the samples, identical and opposite vectors, orthogonal ones, zero vectors on
either side, tiny and huge entries, sparse vectors, and seeded random embeddings."""
import random


def _vectors(rng, count, d, zero_share=0.0, sparse=0.0):
    out = []
    for _ in range(count):
        if rng.random() < zero_share:
            out.append([0.0] * d)
            continue
        v = []
        for _ in range(d):
            if rng.random() < sparse:
                v.append(0.0)
            else:
                x = round(rng.uniform(0.001, 1000) if rng.random() < 0.5 else rng.uniform(0.001, 2), 3)
                v.append(x if rng.random() < 0.5 else -x)
        out.append(v)
    return out


def cases():
    out = [
        {"args": [[[1.0, 0.0], [0.0, 1.0]], [[1.0, 1.0], [-1.0, 0.0]]], "sample": True},
        {"args": [[[0.0, 0.0], [3.0, 4.0]], [[4.0, 3.0], [-6.0, -8.0]]], "sample": True},
        {"args": [[[2.0, 2.0, 2.0]], [[5.0, 5.0, 5.0]]]},
        {"args": [[[0.0, 0.0, 0.0]], [[0.0, 0.0, 0.0]]]},
        {"args": [[[1.0, 2.0, 3.0]], [[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]]]},
        {"args": [[[5.0]], [[-0.001], [0.0], [1000.0]]]},
        {"args": [[[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]], [[0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]]]},
        {"args": [[[0.001, 1000.0]], [[1000.0, -0.001], [0.001, 1000.0]]]},
        {"args": [[[1.0, 1.0], [1.0, -1.0], [0.0, 0.0]], [[1.0, 1.0], [1.0, -1.0], [0.0, 0.0]]]},
    ]
    rng = random.Random(2468)
    for _ in range(9):
        d = rng.randint(1, 10)
        out.append({"args": [_vectors(rng, rng.randint(1, 12), d, 0.15, 0.3),
                             _vectors(rng, rng.randint(1, 12), d, 0.15, 0.3)]})
    out.append({"args": [_vectors(rng, 200, 200, 0.02), _vectors(rng, 150, 200, 0.02)], "large": True})
    out.append({"args": [_vectors(rng, 300, 100, 0.01, 0.5), _vectors(rng, 300, 100, 0.01, 0.5)], "large": True})
    for case in out:
        A, B = case["args"]
        m, n, d = len(A), len(B), len(A[0])
        assert 1 <= m <= 300 and 1 <= n <= 300 and 1 <= d <= 200 and m * d <= 4 * 10**4 and n * d <= 4 * 10**4
        for v in A + B:
            assert len(v) == d and all(x == 0 or 1e-3 <= abs(x) <= 1e3 for x in v)
    return out
