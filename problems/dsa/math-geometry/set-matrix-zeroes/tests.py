"""Set Matrix Zeroes cases: the judged output is the mutated matrix."""
import random

LO, HI = -2**31, 2**31 - 1
N_MAX = 200


def _grid(rng, m, n, zero_rate, lo=LO, hi=HI):
    return [[0 if rng.random() < zero_rate else rng.randint(lo, hi) for _ in range(n)] for _ in range(m)]


def _plant(grid, cells):
    for r, c in cells:
        grid[r][c] = 0
    return grid


def cases():
    out = [
        # statement examples
        {"args": [[[4, 8, 2], [6, 0, 3], [1, 5, 9]]], "expected": [[4, 0, 2], [0, 0, 0], [1, 0, 9]],
         "sample": True},
        {"args": [[[0, 7, 7, 2], [3, 5, 1, 0], [8, 6, 4, 9]]],
         "expected": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 6, 4, 0]], "sample": True},
        {"args": [[[-2, 11]]], "expected": [[-2, 11]], "sample": True},
        # hand-picked edges
        {"args": [[[0]]], "expected": [[0]]},
        {"args": [[[LO]]], "expected": [[LO]]},
        {"args": [[[5], [0], [7]]], "expected": [[0], [0], [0]]},                    # one column
        {"args": [[[5, 0, 7]]], "expected": [[0, 0, 0]]},                            # one row
        {"args": [[[1, 2], [3, 4]]], "expected": [[1, 2], [3, 4]]},
        {"args": [[[0, 0], [0, 0]]], "expected": [[0, 0], [0, 0]]},
        {"args": [[[1, 1, 1], [1, 1, 1], [1, 1, 0]]], "expected": [[1, 1, 0], [1, 1, 0], [0, 0, 0]]},
        # zero only in row 0 (not at the corner): column 0 must survive
        {"args": [[[1, 0, 3], [4, 5, 6], [7, 8, 9]]], "expected": [[0, 0, 0], [4, 0, 6], [7, 0, 9]]},
        # zero only in column 0 (not at the corner): row 0 must survive
        {"args": [[[1, 2, 3], [0, 5, 6], [7, 8, 9]]], "expected": [[0, 2, 3], [0, 0, 0], [0, 8, 9]]},
        {"args": [[[HI, LO, 1], [-1, 0, HI]]], "expected": [[HI, 0, 1], [0, 0, 0]]},
        {"args": [[[1, 2, 3, 4], [5, 0, 7, 8], [9, 10, 11, 12], [13, 14, 15, 0]]],
         "expected": [[1, 0, 3, 0], [0, 0, 0, 0], [9, 0, 11, 0], [0, 0, 0, 0]]},
    ]

    rng = random.Random(73)
    for _ in range(10):  # small, brute-checked
        m, n = rng.randint(1, 8), rng.randint(1, 8)
        out.append({"args": [_grid(rng, m, n, rng.choice([0.05, 0.1, 0.3]), *rng.choice([(LO, HI), (-3, 3)]))]})
    out.append({"args": [_grid(rng, 40, 25, 0.01)]})
    out.append({"args": [_plant(_grid(rng, 30, 30, 0.0, 1, 9), [(0, 17), (22, 0)])]})

    # maximum size
    out.append({"args": [_grid(rng, N_MAX, N_MAX, 0.0005)], "large": True})              # a few zeros
    out.append({"args": [_grid(rng, N_MAX, N_MAX, 0.0)], "large": True})                 # no zeros
    out.append({"args": [_plant(_grid(rng, N_MAX, N_MAX, 0.0, -99, 99), [(0, 150), (199, 0)])],
                "large": True})
    out.append({"args": [_grid(rng, N_MAX, 1, 0.01)], "large": True})
    out.append({"args": [_grid(rng, 1, N_MAX, 0.0)], "large": True})
    out.append({"args": [_grid(rng, 150, N_MAX, 0.3, -5, 5)], "large": True})            # dense zeros

    for case in out:
        (grid,) = case["args"]
        assert 1 <= len(grid) <= N_MAX and 1 <= len(grid[0]) <= N_MAX
        assert all(len(row) == len(grid[0]) for row in grid)
        assert all(LO <= x <= HI for row in grid for x in row)
    return out
