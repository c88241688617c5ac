"""Max Area of Island cases: m x n grids (1..50) of the integers 0 and 1."""
import random

M_MAX = N_MAX = 50


def _g(rows):
    return [[int(ch) for ch in row] for row in rows]


def _random(rng, m, n, density):
    return [[1 if rng.random() < density else 0 for _ in range(n)] for _ in range(m)]


def _snake(m, n):
    g = [[0] * n for _ in range(m)]
    for r in range(0, m, 2):
        g[r] = [1] * n
    for k, r in enumerate(range(1, m, 2)):
        g[r][n - 1 if k % 2 == 0 else 0] = 1
    return g


def cases():
    out = [
        {"args": [_g(["11000", "10011", "00110", "01000"])], "expected": 4, "sample": True},
        {"args": [_g(["00", "00"])], "expected": 0, "sample": True},
        {"args": [_g(["101", "010", "101"])], "expected": 1, "sample": True},
        {"args": [_g(["1"])], "expected": 1},
        {"args": [_g(["0"])], "expected": 0},
        {"args": [_g(["1111", "1111", "1111"])], "expected": 12},
        {"args": [_g(["1101111"])], "expected": 4},
        {"args": [_g(["1", "1", "0", "1", "1", "1"])], "expected": 3},
        {"args": [_g(["101", "101", "111"])], "expected": 7},             # U shape
        {"args": [_g(["0001", "0011", "0110", "1100"])], "expected": 7},  # staircase
        {"args": [_g(["11111", "10001", "10101", "10001", "11111"])], "expected": 16},  # ring + inner dot
        {"args": [_g(["110", "110", "001"])], "expected": 4},             # corner contact does not join
        {"args": [_g(["111", "000", "111", "000", "111"])], "expected": 3},  # equal islands
    ]
    rng = random.Random(695)
    for m, n, density in ((1, 40, 0.6), (40, 1, 0.5), (5, 7, 0.5), (10, 10, 0.4), (20, 15, 0.55),
                          (30, 30, 0.45), (25, 40, 0.6), (35, 35, 0.3)):
        out.append({"args": [_random(rng, m, n, density)]})
    out.append({"args": [_snake(21, 19)]})
    big = [
        [[1] * N_MAX for _ in range(M_MAX)],
        _snake(M_MAX, N_MAX),
        [[1 if (r + c) % 2 == 0 else 0 for c in range(N_MAX)] for r in range(M_MAX)],
        _random(rng, M_MAX, N_MAX, 0.55),
        _random(rng, M_MAX, N_MAX, 0.6),
        [[0] * N_MAX for _ in range(M_MAX)],
    ]
    out += [{"args": [g], "large": True} for g in big]
    for case in out:
        (grid,) = case["args"]
        assert 1 <= len(grid) <= M_MAX and all(1 <= len(row) == len(grid[0]) <= N_MAX for row in grid)
    return out
