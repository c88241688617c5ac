"""Rotate Image cases: the judged output is the mutated matrix."""
import random

V = 1000
N_MAX = 20


def _grid(rng, n, lo=-V, hi=V):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(n)]


def cases():
    out = [
        # statement examples
        {"args": [[[1, 2], [3, 4]]], "expected": [[3, 1], [4, 2]], "sample": True},
        {"args": [[[7, -1, 0], [5, 8, 2], [-9, 4, 6]]],
         "expected": [[-9, 5, 7], [4, 8, -1], [6, 2, 0]], "sample": True},
        {"args": [[[42]]], "expected": [[42]], "sample": True},
        # hand-picked edges
        {"args": [[[-1000]]], "expected": [[-1000]]},
        {"args": [[[0, 0], [0, 0]]], "expected": [[0, 0], [0, 0]]},
        {"args": [[[1, 2], [2, 1]]], "expected": [[2, 1], [1, 2]]},                  # symmetric
        {"args": [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]],
         "expected": [[7, 4, 1], [8, 5, 2], [9, 6, 3]]},
        {"args": [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]],
         "expected": [[13, 9, 5, 1], [14, 10, 6, 2], [15, 11, 7, 3], [16, 12, 8, 4]]},
        {"args": [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]],                                 # identity
         "expected": [[0, 0, 1], [0, 1, 0], [1, 0, 0]]},
        {"args": [[[1000, -1000], [-1000, 1000]]], "expected": [[-1000, 1000], [1000, -1000]]},
    ]
    rng = random.Random(48)
    for n in (2, 3, 4, 5, 6, 7, 9, 12, 15):
        out.append({"args": [_grid(rng, n)]})
    out.append({"args": [_grid(rng, 8, -2, 2)]})  # many duplicates
    # maximum size
    out.append({"args": [_grid(rng, N_MAX)], "large": True})
    out.append({"args": [_grid(rng, 19)], "large": True})
    out.append({"args": [[[r * N_MAX + c for c in range(N_MAX)] for r in range(N_MAX)]], "large": True})
    for case in out:
        (m,) = case["args"]
        assert 1 <= len(m) <= N_MAX and all(len(row) == len(m) for row in m)
        assert all(-V <= x <= V for row in m for x in row)
    return out
