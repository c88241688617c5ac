"""Swim in Rising Water cases: n x n grids (1..50) holding a permutation of 0..n^2-1."""
import random

N_MAX = 50


def _perm_grid(rng, n):
    vals = list(range(n * n))
    rng.shuffle(vals)
    return [vals[i * n:(i + 1) * n] for i in range(n)]


def _from_order(n, cells):
    """Give heights 0, 1, 2, ... to cells in the given order (the rest get the remaining values)."""
    g = [[-1] * n for _ in range(n)]
    k = 0
    for r, c in cells:
        if g[r][c] == -1:
            g[r][c] = k
            k += 1
    for r in range(n):
        for c in range(n):
            if g[r][c] == -1:
                g[r][c] = k
                k += 1
    return g


def _snake_low(n):
    """Low values along a winding path that reaches the goal only at the end; high walls between."""
    path = []
    for r in range(0, n, 2):
        row = [(r, c) for c in range(n)]
        path += row if (r // 2) % 2 == 0 else row[::-1]
        if r + 1 < n:
            path.append((r + 1, n - 1 if (r // 2) % 2 == 0 else 0))
    return _from_order(n, path)


def _row_major(n):
    return [[r * n + c for c in range(n)] for r in range(n)]


def _walled_goal(rng, n, shuffled):
    """The goal has height 1 but both of its neighbours hold the two largest heights, so the answer
    is n^2 - 2 while most of the field floods long before (slow for a scan over every t)."""
    others = [(r, c) for r in range(n) for c in range(n)
              if (r, c) not in ((n - 1, n - 1), (n - 2, n - 1), (n - 1, n - 2))]
    if shuffled:
        rest = others[1:]
        rng.shuffle(rest)
        others = others[:1] + rest
    g = [[0] * n for _ in range(n)]
    g[n - 1][n - 1] = 1
    g[n - 2][n - 1], g[n - 1][n - 2] = n * n - 1, n * n - 2
    for k, (r, c) in enumerate(others):
        g[r][c] = 0 if k == 0 else k + 1
    return g


def _anti(n):
    """Large values near the start, small near the goal."""
    cells = sorted(((r, c) for r in range(n) for c in range(n)), key=lambda p: -(p[0] + p[1]))
    return _from_order(n, cells)


def cases():
    out = [
        {"args": [[[0, 3], [2, 1]]], "expected": 2, "sample": True},
        {"args": [[[0, 1, 2], [7, 8, 3], [6, 5, 4]]], "expected": 4, "sample": True},
        {"args": [[[5, 1, 2], [0, 3, 4], [8, 7, 6]]], "expected": 6, "sample": True},
        {"args": [[[0]]], "expected": 0},
        {"args": [[[3, 2], [0, 1]]], "expected": 3},                    # start is the highest
        {"args": [[[0, 1], [2, 3]]], "expected": 3},                    # goal is the highest
        {"args": [[[1, 0], [2, 3]]], "expected": 3},
        {"args": [[[0, 8, 7], [1, 6, 5], [2, 3, 4]]], "expected": 4},   # around the left/bottom
        {"args": [[[0, 2, 4], [8, 6, 1], [7, 5, 3]]], "expected": 4},    # along the top and right edges
        {"args": [_row_major(4)], "expected": 15},
        {"args": [_snake_low(5)]},
        {"args": [_anti(5)]},
        {"args": [[[0, 1, 2, 3, 4], [24, 23, 22, 21, 5], [12, 13, 14, 15, 16], [11, 17, 18, 19, 20],
                   [10, 9, 8, 7, 6]]]},
    ]
    rng = random.Random(778)
    out.append({"args": [_walled_goal(rng, 6, True)]})
    for n in (2, 3, 3, 4, 5, 6, 8, 10, 12, 15, 20):
        out.append({"args": [_perm_grid(rng, n)]})
    big = [
        _perm_grid(rng, N_MAX),
        _perm_grid(rng, N_MAX),
        _snake_low(N_MAX),
        _anti(N_MAX),
        _row_major(N_MAX),
        [row[::-1] for row in _snake_low(N_MAX)],
        _walled_goal(rng, N_MAX, False),
        _walled_goal(rng, N_MAX, True),
        _walled_goal(rng, N_MAX, True),
        [row[::-1] for row in _walled_goal(rng, N_MAX, False)][::-1],
    ]
    out += [{"args": [g], "large": True} for g in big]
    for case in out:
        (g,) = case["args"]
        n = len(g)
        assert 1 <= n <= N_MAX and all(len(row) == n for row in g)
        assert sorted(v for row in g for v in row) == list(range(n * n))
    return out
