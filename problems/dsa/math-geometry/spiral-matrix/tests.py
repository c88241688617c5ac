"""Spiral Matrix cases; expected values come from the reference (the step-by-step walk in brute.py
agrees)."""
import random


def _grid(rng, m, n):
    return [[rng.randint(-100, 100) for _ in range(n)] for _ in range(m)]


def _seq(m, n):
    return [[r * n + c for c in range(n)] for r in range(m)]


def cases():
    out = [
        {"args": [[[1, 2, 3], [8, 9, 4], [7, 6, 5]]], "expected": [1, 2, 3, 4, 5, 6, 7, 8, 9], "sample": True},
        {"args": [[[5, 0, -3, 7], [2, 2, 4, 1]]], "expected": [5, 0, -3, 7, 1, 4, 2, 2], "sample": True},
        {"args": [[[4], [6], [8]]], "expected": [4, 6, 8], "sample": True},
        {"args": [[[7]]]},
        {"args": [[[1, 2, 3, 4, 5]]]},                  # single row
        {"args": [[[1], [2]]]},
        {"args": [[[1, 2], [3, 4]]]},
        {"args": [_seq(3, 4)]},                         # inner leftover is a single row
        {"args": [_seq(4, 3)]},                         # inner leftover is a single column
        {"args": [_seq(5, 5)]},
        {"args": [_seq(4, 4)]},
        {"args": [_seq(10, 10)]},
        {"args": [_seq(1, 10)]},
        {"args": [_seq(10, 1)]},
        {"args": [_seq(2, 10)]},
        {"args": [_seq(10, 3)]},
        {"args": [[[0, 0, 0], [0, 0, 0]]]},
    ]
    rng = random.Random(54)
    for _ in range(12):
        out.append({"args": [_grid(rng, rng.randint(1, 10), rng.randint(1, 10))]})
    for m, n in [(10, 10), (9, 10), (10, 9), (7, 6)]:
        out.append({"args": [_grid(rng, m, n)]})

    for index, case in enumerate(out):
        (g,) = case["args"]
        assert 1 <= len(g) <= 10 and 1 <= len(g[0]) <= 10 and all(len(row) == len(g[0]) for row in g), index
        assert all(-100 <= x <= 100 for row in g for x in row), index
    return out
