"""Number of Islands cases: m x n grids (1..300) of the strings "0" and "1"."""
import random

M_MAX = N_MAX = 300


def _grid(rows):
    """Rows written as strings of 0/1 -> LeetCode's list of lists of one-character strings."""
    return [list(row) for row in rows]


def _random(rng, m, n, density):
    return [["1" if rng.random() < density else "0" for _ in range(n)] for _ in range(m)]


def _snake(m, n):
    """One island winding through the whole grid: full rows joined alternately at the right and
    left ends (very long paths: deep for a recursive DFS)."""
    g = [["0"] * n for _ in range(m)]
    for r in range(0, m, 2):
        g[r] = ["1"] * n
    for k, r in enumerate(range(1, m, 2)):
        g[r][n - 1 if k % 2 == 0 else 0] = "1"
    return g


def _checkerboard(m, n):
    return [["1" if (r + c) % 2 == 0 else "0" for c in range(n)] for r in range(m)]


def _stripes(m, n):
    """Vertical one-column islands separated by sea columns."""
    return [["1" if c % 2 == 0 else "0" for c in range(n)] for _ in range(m)]


def cases():
    out = [
        # statement examples
        {"args": [_grid(["11001", "10011", "00100", "10001"])], "expected": 5, "sample": True},
        {"args": [_grid(["111", "101", "111"])], "expected": 1, "sample": True},
        {"args": [_grid(["10", "01"])], "expected": 2, "sample": True},
        # hand-picked edges
        {"args": [_grid(["1"])], "expected": 1},
        {"args": [_grid(["0"])], "expected": 0},
        {"args": [_grid(["0000", "0000"])], "expected": 0},                 # all sea
        {"args": [_grid(["1111", "1111", "1111"])], "expected": 1},         # all land
        {"args": [_grid(["1011101"])], "expected": 3},                      # single row
        {"args": [_grid(["1", "1", "0", "1", "0", "1"])], "expected": 3},   # single column
        {"args": [_grid(["101", "101", "111"])], "expected": 1},            # U shape
        {"args": [_grid(["0001", "0011", "0110", "1100"])], "expected": 1},  # staircase
        {"args": [_grid(["11011", "10001", "00000", "10001", "11011"])], "expected": 4},
        {"args": [_grid(["10101", "01010", "10101"])], "expected": 8},      # corners only touch
        {"args": [_grid(["11111", "10001", "10101", "10001", "11111"])], "expected": 2},  # island in a lake
    ]
    rng = random.Random(200)
    for m, n, density in ((1, 30, 0.6), (30, 1, 0.5), (5, 7, 0.5), (10, 10, 0.3), (20, 15, 0.5),
                          (40, 40, 0.45), (50, 50, 0.6), (50, 60, 0.2)):
        out.append({"args": [_random(rng, m, n, density)]})
    out.append({"args": [_snake(31, 29)]})
    out.append({"args": [_checkerboard(25, 40)]})

    # maximum size: 300 x 300
    big = [
        [["1"] * N_MAX for _ in range(M_MAX)],            # one huge island
        _snake(M_MAX, N_MAX),                             # one island, a 45,000-cell path
        _checkerboard(M_MAX, N_MAX),                      # 45,000 one-cell islands
        _random(rng, M_MAX, N_MAX, 0.55),
        _stripes(M_MAX, N_MAX),
        _random(rng, M_MAX, N_MAX, 0.75),
    ]
    out += [{"args": [g], "large": True} for g in big]

    for case in out:
        (grid,) = case["args"]
        assert 1 <= len(grid) <= M_MAX and all(1 <= len(row) == len(grid[0]) <= N_MAX for row in grid)
        assert all(x in ("0", "1") for row in grid for x in row)
    return out
