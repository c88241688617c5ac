"""Valid Sudoku cases: partial grids taken from a solved grid (always valid), then corrupted in a
row, column or box only. Expected values come from the reference (brute agrees)."""
import random

EX = [
    [".", "2", ".", ".", "9", ".", ".", ".", "."],
    ["7", ".", ".", "1", ".", ".", ".", ".", "3"],
    [".", ".", "5", ".", ".", ".", ".", "8", "."],
    [".", ".", ".", "6", ".", ".", "4", ".", "."],
    ["3", ".", ".", ".", ".", ".", ".", ".", "9"],
    [".", ".", "1", ".", ".", "2", ".", ".", "."],
    [".", "6", ".", ".", ".", ".", "5", ".", "."],
    ["4", ".", ".", ".", ".", "8", ".", ".", "1"],
    [".", ".", ".", ".", "3", ".", ".", "7", "."],
]


def _with(board, r, c, d):
    b = [row[:] for row in board]
    b[r][c] = d
    return b


def _solved(rng):
    """A full valid grid: the standard pattern with shuffled digits, rows and columns within bands."""
    digits = list("123456789")
    rng.shuffle(digits)

    def order():
        bands = rng.sample(range(3), 3)
        return [b * 3 + x for b in bands for x in rng.sample(range(3), 3)]

    rows, cols = order(), order()
    return [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in cols] for r in rows]


def _partial(rng, full, keep):
    return [[d if rng.random() < keep else "." for d in row] for row in full]


def _box_only(rng, full):
    """Valid grid with one extra conflict that lives only inside a box (different row and column)."""
    b = [["."] * 9 for _ in range(9)]
    br, bc = rng.randrange(3) * 3, rng.randrange(3) * 3
    r1, r2 = rng.sample(range(br, br + 3), 2)
    c1, c2 = rng.sample(range(bc, bc + 3), 2)
    d = full[r1][c1]
    b[r1][c1] = d
    b[r2][c2] = d
    return b


def cases():
    empty = [["."] * 9 for _ in range(9)]
    out = [
        {"args": [EX], "expected": True, "sample": True},
        {"args": [_with(EX, 8, 0, "7")], "expected": False, "sample": True},
        {"args": [_with(EX, 1, 1, "5")], "expected": False, "sample": True},
        {"args": [empty]},
        {"args": [_with(empty, 4, 4, "5")]},
        {"args": [_with(_with(empty, 0, 0, "9"), 0, 8, "9")]},      # row conflict, far apart
        {"args": [_with(_with(empty, 0, 5, "3"), 8, 5, "3")]},      # column conflict, far apart
        {"args": [_with(_with(empty, 3, 3, "1"), 5, 5, "1")]},      # box conflict only
        {"args": [_with(_with(empty, 0, 3, "4"), 3, 0, "4")]},      # traps r//3 + c//3 box index
        {"args": [_with(_with(empty, 2, 2, "6"), 3, 3, "6")]},      # diagonal neighbours, different boxes
        {"args": [_with(_with(empty, 0, 0, "1"), 0, 1, "2")]},
    ]
    rng = random.Random(36)
    full = _solved(rng)
    out.append({"args": [full]})                                    # complete valid grid
    out.append({"args": [_with(full, 4, 4, full[4][5])]})           # complete grid with a repeat
    for _ in range(6):
        out.append({"args": [_partial(rng, _solved(rng), rng.uniform(0.2, 0.7))]})
    for _ in range(6):
        g = _partial(rng, _solved(rng), rng.uniform(0.2, 0.6))
        r, c = rng.randrange(9), rng.randrange(9)
        g[r][c] = str(rng.randint(1, 9))                             # may or may not conflict
        out.append({"args": [g]})
    for _ in range(4):
        out.append({"args": [_box_only(rng, _solved(rng))]})

    for index, case in enumerate(out):
        (board,) = case["args"]
        assert len(board) == 9 and all(len(row) == 9 for row in board), index
        assert all(d in "123456789." and len(d) == 1 for row in board for d in row), index
    return out
