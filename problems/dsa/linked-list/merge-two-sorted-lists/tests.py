"""Merge Two Sorted Lists cases: each list is given as its (non-decreasing) values from the head."""
import random

N_MAX = 50
V = 100


def _sorted_values(rng, n, lo=-V, hi=V):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def cases():
    out = [
        # statement examples
        {"args": [[2, 6, 9], [1, 6, 7, 12]], "expected": [1, 2, 6, 6, 7, 9, 12], "sample": True},
        {"args": [[-4, 0], []], "expected": [-4, 0], "sample": True},
        {"args": [[], []], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[], [5]], "expected": [5]},                          # first empty
        {"args": [[3], [3]], "expected": [3, 3]},                      # equal single nodes
        {"args": [[1], [2]], "expected": [1, 2]},
        {"args": [[2], [1]], "expected": [1, 2]},
        {"args": [[1, 2, 3], [4, 5, 6]], "expected": [1, 2, 3, 4, 5, 6]},   # back to back
        {"args": [[4, 5, 6], [1, 2, 3]], "expected": [1, 2, 3, 4, 5, 6]},
        {"args": [[1, 3, 5, 7], [2, 4, 6, 8]], "expected": [1, 2, 3, 4, 5, 6, 7, 8]},  # perfect zip
        {"args": [[0, 0, 0], [0, 0]], "expected": [0, 0, 0, 0, 0]},    # all equal
        {"args": [[-100, 100], [-100, 0, 100]], "expected": [-100, -100, 0, 100, 100]},
        {"args": [[1, 10, 20], [11]], "expected": [1, 10, 11, 20]},    # one node lands in the middle
        {"args": [[5], [1, 2, 3, 4, 6, 7]], "expected": [1, 2, 3, 4, 5, 6, 7]},
        {"args": [[-3, -2, -1], [-7, -6, -5, 0]], "expected": [-7, -6, -5, -3, -2, -1, 0]},
    ]
    rng = random.Random(21)
    for n, m in ((2, 9), (7, 7), (12, 3), (20, 25), (33, 1), (0, 40)):
        out.append({"args": [_sorted_values(rng, n), _sorted_values(rng, m)]})
    out.append({"args": [_sorted_values(rng, 30, -3, 3), _sorted_values(rng, 30, -3, 3)]})  # duplicates
    # maximum size
    out.append({"args": [_sorted_values(rng, N_MAX), _sorted_values(rng, N_MAX)], "large": True})
    out.append({"args": [list(range(-100, 0, 2)), list(range(-99, 1, 2))], "large": True})
    out.append({"args": [[-100] * N_MAX, [100] * N_MAX], "large": True})
    out.append({"args": [[7] * N_MAX, [7] * N_MAX], "large": True})
    for case in out:
        a, b = case["args"]
        for values in (a, b):
            assert len(values) <= N_MAX and values == sorted(values)
            assert all(-V <= v <= V for v in values)
        case.setdefault("expected", sorted(a + b))
    return out
