"""Surrounded Regions cases: m x n boards (1..200) of "X" / "O"; the board is modified in place."""
import random

M_MAX = N_MAX = 200


def _b(rows):
    return [list(row) for row in rows]


def _random(rng, m, n, p_o):
    return [["O" if rng.random() < p_o else "X" for _ in range(n)] for _ in range(m)]


def _snake(m, n, escape):
    """A winding O corridor inside an X frame; with escape=True it touches the border at one end."""
    g = [["X"] * n for _ in range(m)]
    for r in range(1, m - 1, 2):
        for c in range(1, n - 1):
            g[r][c] = "O"
    for k, r in enumerate(range(2, m - 1, 2)):
        if r + 1 < m - 1:
            g[r][n - 2 if k % 2 == 0 else 1] = "O"
    if escape:
        g[1][0] = "O"
    return g


def _rings(m, n):
    """Concentric rings alternating X and O."""
    return [["O" if min(r, c, m - 1 - r, n - 1 - c) % 2 else "X" for c in range(n)] for r in range(m)]


def cases():
    out = [
        {"args": [_b(["XXXX", "XOOX", "XXOX", "XOXX"])], "expected": _b(["XXXX", "XXXX", "XXXX", "XOXX"]),
         "sample": True},
        {"args": [_b(["OO", "OX"])], "expected": _b(["OO", "OX"]), "sample": True},
        {"args": [_b(["XXX", "XOX", "XXX"])], "expected": _b(["XXX", "XXX", "XXX"]), "sample": True},
        {"args": [_b(["O"])]},
        {"args": [_b(["X"])]},
        {"args": [_b(["OOO", "OOO", "OOO"])]},           # all O, all connected to the border
        {"args": [_b(["XOXOX"])]},                        # single row: nothing can be captured
        {"args": [_b(["O", "O", "X", "O"])]},
        {"args": [_b(["XXXXX", "XOOOX", "XOXOX", "XOOOX", "XXXXX"])]},   # captured ring
        {"args": [_b(["XXXXX", "XOXOX", "XXOXX", "XOXOX", "XXXXX"])]},   # diagonal Os are separate
        {"args": [_b(["XOXXX", "XOOOX", "XXXOX", "XOOOX", "XXXXX"])]},   # winding escape to the top
        {"args": [_b(["XXXX", "XOOX", "XOOX", "XXOX"])]},                # escapes through the bottom
        {"args": [_b(["OXXO", "XOOX", "XOOX", "OXXO"])]},                # corners don't save the middle
        {"args": [_rings(9, 9)]},
    ]
    rng = random.Random(130)
    for m, n, p in ((3, 3, 0.5), (4, 6, 0.5), (6, 6, 0.6), (10, 10, 0.5), (15, 20, 0.55), (25, 25, 0.45),
                    (40, 30, 0.6)):
        out.append({"args": [_random(rng, m, n, p)]})
    out.append({"args": [_snake(21, 15, False)]})
    out.append({"args": [_snake(21, 15, True)]})
    big = [
        _random(rng, M_MAX, N_MAX, 0.55),
        _snake(M_MAX - 1, N_MAX, True),
        _snake(M_MAX - 1, N_MAX, False),
        [["O"] * N_MAX for _ in range(M_MAX)],
        _rings(M_MAX, N_MAX),
        [["X"] * N_MAX] + [["X"] + ["O"] * (N_MAX - 2) + ["X"] for _ in range(M_MAX - 2)] + [["X"] * N_MAX],
    ]
    out += [{"args": [g], "large": True} for g in big]
    for case in out:
        (g,) = case["args"]
        assert 1 <= len(g) <= M_MAX and all(1 <= len(row) == len(g[0]) <= N_MAX for row in g)
        assert all(x in ("X", "O") for row in g for x in row)
    return out
