"""Attention cases: the examples, one query and one key, causal masks, padding masks, fully masked
rows (first, last, all), huge scores that overflow a naive softmax, seeded random shapes and masks."""
import random


def _matrix(rng, rows, cols, spread):
    return [[round(rng.uniform(-spread, spread), 3) for _ in range(cols)] for _ in range(rows)]


def _mask(rng, n, m, style):
    if style == "none":
        return None
    if style == "causal":
        return [[j <= i for j in range(m)] for i in range(n)]
    if style == "padding":
        keep = rng.randint(1, m)
        return [[j < keep for j in range(m)] for _ in range(n)]
    density = rng.uniform(0.2, 0.9)
    mask = [[rng.random() < density for _ in range(m)] for _ in range(n)]
    mask[rng.randrange(n)] = [False] * m  # at least one fully masked row
    return mask


def cases():
    out = [
        {"args": [[[1.0, 0.0]], [[1.0, 0.0], [0.0, 1.0]], [[10.0], [20.0]], None], "sample": True},
        {"args": [[[0.0, 0.0], [2.0, 2.0], [1.0, -1.0]], [[1.0, 1.0], [3.0, -1.0]], [[1.0, 0.0], [0.0, 1.0]],
                  [[True, True], [True, False], [False, False]]], "sample": True},
        {"args": [[[3.0]], [[-2.0]], [[7.5, -1.0]], None]},                       # one key: all weight
        {"args": [[[3.0]], [[-2.0]], [[7.5, -1.0]], [[False]]]},                  # ... unless masked
        {"args": [[[1.0], [2.0], [3.0]], [[1.0], [2.0], [3.0]], [[1.0], [2.0], [3.0]],
                  [[True, False, False], [True, True, False], [True, True, True]]]},  # causal
        {"args": [[[50.0] * 4, [-50.0] * 4], [[50.0] * 4, [-50.0] * 4, [49.0] * 4],
                  [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], None]},                   # scores of 5000
        {"args": [[[50.0] * 4], [[50.0] * 4, [-50.0] * 4], [[1.0], [2.0]], [[False, True]]]},  # only the tiny key
        {"args": [[[1.0, 2.0]] * 2, [[0.5, 0.5]] * 3, [[1.0], [2.0], [6.0]], [[False] * 3, [False] * 3]]},
        {"args": [[[0.0, 0.0]], [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[3.0], [6.0], [9.0]], None]},  # uniform
    ]
    rng = random.Random(1017)
    styles = ["none", "causal", "padding", "random"]
    for index in range(12):
        n, m, d, dv = rng.randint(1, 7), rng.randint(1, 7), rng.randint(1, 6), rng.randint(1, 4)
        spread = rng.choice([1.0, 5.0, 50.0])
        out.append({"args": [_matrix(rng, n, d, spread), _matrix(rng, m, d, spread), _matrix(rng, m, dv, 10.0),
                             _mask(rng, n, m, styles[index % 4])]})
    for style in ("none", "random"):
        out.append({"args": [_matrix(rng, 300, 64, 2.0), _matrix(rng, 300, 64, 2.0), _matrix(rng, 300, 64, 50.0),
                             _mask(rng, 300, 300, style)], "large": True})
    out.append({"args": [_matrix(rng, 200, 16, 50.0), _matrix(rng, 250, 16, 50.0), _matrix(rng, 250, 8, 50.0),
                         _mask(rng, 200, 250, "causal")], "large": True})
    for case in out:
        q, k, v, mask = case["args"]
        n, m = len(q), len(k)
        assert 1 <= n <= 300 and 1 <= m == len(v) <= 300
        assert 1 <= len(q[0]) == len(k[0]) <= 64 and 1 <= len(v[0]) <= 64
        assert mask is None or (len(mask) == n and all(len(r) == m for r in mask))
        assert all(-50 <= x <= 50 for a in (q, k, v) for r in a for x in r)
    return out
