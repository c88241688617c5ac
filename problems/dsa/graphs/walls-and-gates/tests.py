"""Walls and Gates cases: m x n grids (1..250) of -1 (wall), 0 (gate), 2147483647 (empty room)."""
import random

M_MAX = N_MAX = 250
E = 2147483647


def _g(rows):
    table = {"#": -1, "G": 0, ".": E}
    return [[table[ch] for ch in row] for row in rows]


def _random(rng, m, n, p_wall, p_gate):
    g = []
    for _ in range(m):
        row = []
        for _ in range(n):
            x = rng.random()
            row.append(-1 if x < p_wall else 0 if x < p_wall + p_gate else E)
        g.append(row)
    return g


def _snake(m, n):
    """One long corridor winding through walls, a gate at its start: distances up to ~m*n/2."""
    g = [[-1] * n for _ in range(m)]
    for r in range(0, m, 2):
        g[r] = [E] * n
    for k, r in enumerate(range(1, m, 2)):
        g[r][n - 1 if k % 2 == 0 else 0] = E
    g[0][0] = 0
    return g


def cases():
    out = [
        {"args": [[[E, -1, 0], [E, E, E], [0, -1, E]]], "expected": [[2, -1, 0], [1, 2, 1], [0, -1, 2]],
         "sample": True},
        {"args": [[[0, E, E, E]]], "expected": [[0, 1, 2, 3]], "sample": True},
        {"args": [[[E, -1], [-1, 0]]], "expected": [[E, -1], [-1, 0]], "sample": True},
        {"args": [[[E]]]},
        {"args": [[[0]]]},
        {"args": [[[-1]]]},
        {"args": [_g(["...", "...", "..."])]},        # no gate at all
        {"args": [_g(["G.G.G"])]},
        {"args": [_g(["G", ".", ".", ".", "G"])]},     # two gates meet in the middle
        {"args": [_g(["G.#.", "..#.", "###.", "...G"])]},
        {"args": [_g(["....", ".##.", ".#G.", "...."])]},
        {"args": [_g(["G#..", ".#.#", "...#", "##.."])]},
        {"args": [_g(["GGG", "GGG"])]},                # all gates
        {"args": [_g([".#.", "#G#", ".#."])]},          # gate walled in
    ]
    rng = random.Random(286)
    for m, n, pw, pg in ((3, 4, 0.2, 0.1), (5, 5, 0.3, 0.05), (1, 20, 0.1, 0.1), (20, 1, 0.1, 0.1),
                         (10, 12, 0.25, 0.03), (20, 20, 0.3, 0.01), (30, 25, 0.2, 0.02)):
        out.append({"args": [_random(rng, m, n, pw, pg)]})
    out.append({"args": [_snake(15, 13)]})
    big = [
        _snake(M_MAX - 1, N_MAX),
        _random(rng, M_MAX, N_MAX, 0.25, 0.001),
        _random(rng, M_MAX, N_MAX, 0.1, 0.05),
        [[0] + [E] * (N_MAX - 1)] + [[E] * N_MAX for _ in range(M_MAX - 1)],
        _random(rng, M_MAX, N_MAX, 0.0, 0.3),
    ]
    out += [{"args": [g], "large": True} for g in big]
    for case in out:
        (g,) = case["args"]
        assert 1 <= len(g) <= M_MAX and all(1 <= len(row) == len(g[0]) <= N_MAX for row in g)
        assert all(x in (-1, 0, E) for row in g for x in row)
    return out
