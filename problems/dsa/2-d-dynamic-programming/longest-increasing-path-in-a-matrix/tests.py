"""Longest Increasing Path cases: brute-checked small grids, then 200 x 200 grids."""
import random

N_MAX = 200
V_MAX = 2**31 - 1


def _grid(rng, m, n, hi):
    return [[rng.randint(0, hi) for _ in range(n)] for _ in range(m)]


def _spiral(m, n):
    g = [[0] * n for _ in range(m)]
    top, bottom, left, right = 0, m - 1, 0, n - 1
    v = 0
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            g[top][c] = v; v += 1
        top += 1
        for r in range(top, bottom + 1):
            g[r][right] = v; v += 1
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                g[bottom][c] = v; v += 1
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                g[r][left] = v; v += 1
            left += 1
    return g


def _snake(m, n):
    """Boustrophedon numbering: one increasing walk through every cell."""
    return [[r * n + (c if r % 2 == 0 else n - 1 - c) for c in range(n)] for r in range(m)]


def cases():
    out = [
        # statement examples
        {"args": [[[1, 2, 3], [8, 9, 4], [7, 6, 5]]], "expected": 9, "sample": True},
        {"args": [[[5, 5], [5, 5]]], "expected": 1, "sample": True},
        {"args": [[[3, 1, 6], [2, 0, 7]]], "expected": 4, "sample": True},
        # hand-picked edges
        {"args": [[[0]]], "expected": 1},
        {"args": [[[V_MAX]]], "expected": 1},
        {"args": [[[1, 2, 3, 4]]], "expected": 4},
        {"args": [[[4], [3], [2], [1]]], "expected": 4},
        {"args": [[[9, 9, 4], [6, 6, 8], [2, 1, 1]]], "expected": 4},
        {"args": [[[3, 4, 5], [3, 2, 6], [2, 2, 1]]], "expected": 4},
        {"args": [[[0, V_MAX], [1, 2]]], "expected": 4},
        {"args": [[[7, 7, 7, 7]]], "expected": 1},
        {"args": [_snake(3, 4)], "expected": 12},          # needs left moves
        {"args": [[[1, 2], [4, 3]]], "expected": 4},       # needs an up move
    ]

    rng = random.Random(329)
    for _ in range(10):  # small, brute-checked
        m, n = rng.randint(1, 4), rng.randint(1, 4)
        out.append({"args": [_grid(rng, m, n, rng.choice([2, 5, 20, V_MAX]))]})
    # large
    out.append({"args": [[[r + c for c in range(N_MAX)] for r in range(N_MAX)]], "large": True})  # slope
    out.append({"args": [_spiral(N_MAX, N_MAX)], "large": True})
    out.append({"args": [_snake(N_MAX, N_MAX)], "large": True})
    out.append({"args": [_grid(rng, N_MAX, N_MAX, V_MAX)], "large": True})
    out.append({"args": [_grid(rng, N_MAX, N_MAX, 3)], "large": True})
    out.append({"args": [[[5] * N_MAX for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[list(range(N_MAX))]], "large": True})  # a single row
    out.append({"args": [[[V_MAX - (r * 7 + c * 3) % 1000 for c in range(N_MAX)] for r in range(150)]], "large": True})

    for case in out:
        (g,) = case["args"]
        assert 1 <= len(g) <= N_MAX and all(len(row) == len(g[0]) for row in g) and 1 <= len(g[0]) <= N_MAX
        assert all(0 <= v <= V_MAX for row in g for v in row)
        assert case.get("large") or len(g) * len(g[0]) <= 16
    return out
