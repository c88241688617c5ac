"""Rotting Oranges cases: m x n grids (1..10) of 0 (empty), 1 (fresh), 2 (rotten)."""
import random

M_MAX = N_MAX = 10


def _g(rows):
    return [[int(ch) for ch in row] for row in rows]


def _random(rng, m, n, p_empty, p_rotten):
    g = []
    for _ in range(m):
        row = []
        for _ in range(n):
            x = rng.random()
            row.append(0 if x < p_empty else 2 if x < p_empty + p_rotten else 1)
        g.append(row)
    return g


def _snake(m, n):
    g = [[0] * n for _ in range(m)]
    for r in range(0, m, 2):
        g[r] = [1] * n
    for k, r in enumerate(range(1, m, 2)):
        g[r][n - 1 if k % 2 == 0 else 0] = 1
    g[0][0] = 2
    return g


def cases():
    out = [
        {"args": [_g(["210", "011", "101"])], "expected": -1, "sample": True},
        {"args": [_g(["112", "101", "111"])], "expected": 4, "sample": True},
        {"args": [_g(["000"])], "expected": 0, "sample": True},
        {"args": [_g(["0"])], "expected": 0},
        {"args": [_g(["1"])], "expected": -1},          # fresh with no rot at all
        {"args": [_g(["2"])], "expected": 0},
        {"args": [_g(["22", "22"])], "expected": 0},     # all rotten
        {"args": [_g(["111", "111"])], "expected": -1},  # all fresh
        {"args": [_g(["21111"])], "expected": 4},
        {"args": [_g(["2111112"])], "expected": 3},      # two sources meet in the middle
        {"args": [_g(["2", "1", "1", "0", "1"])], "expected": -1},
        {"args": [_g(["21", "12"])], "expected": 1},
        {"args": [_g(["210", "001"])], "expected": -1},  # diagonal does not spread
        {"args": [_g(["201", "101", "111"])], "expected": 6},
    ]
    rng = random.Random(994)
    for m, n, pe, pr in ((3, 4, 0.2, 0.1), (5, 5, 0.1, 0.05), (1, 10, 0.1, 0.1), (10, 1, 0.1, 0.1),
                         (6, 8, 0.3, 0.1), (8, 8, 0.15, 0.03), (7, 9, 0.05, 0.02)):
        out.append({"args": [_random(rng, m, n, pe, pr)]})
    big = [
        _snake(M_MAX, N_MAX),
        _random(rng, M_MAX, N_MAX, 0.1, 0.02),
        _random(rng, M_MAX, N_MAX, 0.0, 0.01),
        _random(rng, M_MAX, N_MAX, 0.25, 0.1),
        [[2] + [1] * (N_MAX - 1)] + [[1] * N_MAX for _ in range(M_MAX - 1)],
        [[1] * N_MAX for _ in range(M_MAX - 1)] + [[1] * (N_MAX - 1) + [0]],
    ]
    out += [{"args": [g], "large": True} for g in big]
    for case in out:
        (grid,) = case["args"]
        assert 1 <= len(grid) <= M_MAX and all(1 <= len(row) == len(grid[0]) <= N_MAX for row in grid)
    return out
