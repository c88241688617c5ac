"""Pacific Atlantic cases: m x n grids (1..200) of heights 0..10^5."""
import random

M_MAX = N_MAX = 200
H_MAX = 10 ** 5


def _random(rng, m, n, hi):
    return [[rng.randint(0, hi) for _ in range(n)] for _ in range(m)]


def _bowl(m, n):
    """High rim, low centre: only the rim reaches both oceans (partly)."""
    return [[min(r, c, m - 1 - r, n - 1 - c) * -1 + 100 for c in range(n)] for r in range(m)]


def _peak(m, n):
    """Highest in the centre, falling towards every edge: every square drains both ways."""
    return [[min(r, c, m - 1 - r, n - 1 - c) for c in range(n)] for r in range(m)]


def _snake_valley(m, n):
    """A long winding descending channel surrounded by high walls."""
    g = [[H_MAX] * n for _ in range(m)]
    path = []
    for r in range(0, m, 2):
        cols = range(n) if (r // 2) % 2 == 0 else range(n - 1, -1, -1)
        for c in cols:
            path.append((r, c))
        if r + 1 < m:
            path.append((r + 1, (n - 1) if (r // 2) % 2 == 0 else 0))
    for k, (r, c) in enumerate(path):
        g[r][c] = len(path) - k
    return g


def cases():
    out = [
        {"args": [[[3, 3, 4], [2, 5, 3], [6, 1, 2]]], "expected": [[0, 2], [1, 1], [2, 0]], "sample": True},
        {"args": [[[7]]], "expected": [[0, 0]], "sample": True},
        {"args": [[[1, 1], [1, 1]]], "expected": [[0, 0], [0, 1], [1, 0], [1, 1]], "sample": True},
        {"args": [[[0]]]},
        {"args": [[[1, 2, 3, 4, 5]]]},            # one row: everything touches both oceans
        {"args": [[[5], [1], [9], [0]]]},          # one column
        {"args": [[[1, 2], [3, 4]]]},
        {"args": [[[4, 3], [2, 1]]]},
        {"args": [[[5, 5, 5], [5, 1, 5], [5, 5, 5]]]},   # pit in the middle
        {"args": [[[1, 2, 2, 3, 5], [3, 2, 3, 4, 4], [2, 4, 5, 3, 1], [6, 7, 1, 4, 5], [5, 1, 1, 2, 4]]]},
        {"args": [[[10, 1, 10], [1, 10, 1], [10, 1, 10]]]},
        {"args": [[[0, 0, 0], [0, 0, 0]]]},
        {"args": [_bowl(6, 7)]},
        {"args": [_peak(7, 5)]},
    ]
    rng = random.Random(417)
    for m, n, hi in ((3, 3, 5), (5, 6, 10), (8, 8, 3), (10, 12, 100), (15, 15, 20), (20, 25, 5),
                     (30, 30, 1000), (40, 35, 10)):
        out.append({"args": [_random(rng, m, n, hi)]})
    out.append({"args": [_snake_valley(21, 17)]})
    big = [
        _random(rng, M_MAX, N_MAX, H_MAX),
        _random(rng, M_MAX, N_MAX, 3),
        [[0] * N_MAX for _ in range(M_MAX)],
        _peak(M_MAX, N_MAX),
        _snake_valley(M_MAX, N_MAX),
        _bowl(M_MAX, N_MAX),
    ]
    out += [{"args": [g], "large": True} for g in big]
    for case in out:
        (g,) = case["args"]
        assert 1 <= len(g) <= M_MAX and all(1 <= len(row) == len(g[0]) <= N_MAX for row in g)
        assert all(0 <= h <= H_MAX for row in g for h in row)
    return out
