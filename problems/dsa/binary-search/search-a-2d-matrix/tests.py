"""Search a 2D Matrix cases: rows read in order form one strictly increasing list."""
import random

V = 10**4
M_MAX = N_MAX = 100


def _matrix(rng, m, n, lo=-V, hi=V):
    flat = sorted(rng.sample(range(lo, hi + 1), m * n))
    return [flat[r * n:(r + 1) * n] for r in range(m)]


def _case(rng, m, n, present, lo=-V, hi=V):
    matrix = _matrix(rng, m, n, lo, hi)
    flat = [v for row in matrix for v in row]
    if present:
        target = rng.choice(flat)
    else:
        values = set(flat)
        choices = [v for v in range(max(-V, flat[0] - 3), min(V, flat[-1] + 3) + 1) if v not in values]
        target = rng.choice(choices) if choices else (flat[0] - 1 if flat[0] > -V else flat[-1] + 1)
    return {"args": [matrix, target]}


def cases():
    out = [
        # statement examples
        {"args": [[[2, 4, 9], [12, 15, 18], [21, 30, 44]], 15], "expected": True, "sample": True},
        {"args": [[[2, 4, 9], [12, 15, 18], [21, 30, 44]], 10], "expected": False, "sample": True},
        {"args": [[[-5, 0, 3, 8]], 8], "expected": True, "sample": True},
        # hand-picked edges
        {"args": [[[7]], 7]},
        {"args": [[[7]], -7]},
        {"args": [[[1], [3], [5], [7]], 7]},              # one column, last element
        {"args": [[[1], [3], [5], [7]], 4]},
        {"args": [[[1, 3, 5, 7], [10, 11, 16, 20]], 1]},  # very first element
        {"args": [[[1, 3, 5, 7], [10, 11, 16, 20]], 20]}, # very last element
        {"args": [[[1, 3, 5, 7], [10, 11, 16, 20]], 10]}, # first of the second row
        {"args": [[[1, 3, 5, 7], [10, 11, 16, 20]], 8]},  # between rows
        {"args": [[[1, 3, 5, 7], [10, 11, 16, 20]], 0]},  # below everything
        {"args": [[[1, 3, 5, 7], [10, 11, 16, 20]], 21]}, # above everything
        {"args": [[[-10000, 10000]], 10000]},
        {"args": [[[1, 2, 3], [4, 5, 6]], 6]},            # non-square, last cell
    ]
    rng = random.Random(74)
    for m, n in ((1, 5), (5, 1), (2, 3), (3, 2), (4, 7), (10, 3), (30, 20), (100, 1), (1, 100)):
        out.append(_case(rng, m, n, rng.random() < 0.5))
    for m, n in ((50, 80), (100, 100), (100, 100), (100, 100)):
        out.append(_case(rng, m, n, True))
        out.append(_case(rng, m, n, False))
    # full matrix, dense values: probe its last cell and a missing value past the end
    matrix = _matrix(rng, M_MAX, N_MAX)
    out.append({"args": [matrix, matrix[-1][-1]]})
    out.append({"args": [matrix, matrix[0][0]]})
    for case in out:
        matrix, target = case["args"]
        m, n = len(matrix), len(matrix[0])
        assert 1 <= m <= M_MAX and 1 <= n <= N_MAX and all(len(r) == n for r in matrix)
        flat = [v for row in matrix for v in row]
        assert all(a < b for a, b in zip(flat, flat[1:])) and -V <= flat[0] and flat[-1] <= V
        assert -V <= target <= V
    return out
