"""Word Search cases: 1 <= m, n <= 6, 1 <= len(word) <= 15, upper- and lowercase letters."""
import random

M = 6
L_MAX = 15


def _grid(rows):
    return [list(r) for r in rows]


def _walk_word(rng, board, length):
    """A word read along a random self-avoiding path (so the answer is usually True)."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    used = {(r, c)}
    word = board[r][c]
    while len(word) < length:
        nxt = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
               if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in used]
        if not nxt:
            break
        r, c = rng.choice(nxt)
        used.add((r, c))
        word += board[r][c]
    return word


def cases():
    out = [
        # statement examples
        {"args": [_grid(["CAT", "ORE", "DOG"]), "CARE"], "expected": True, "sample": True},
        {"args": [_grid(["CAT", "ORE", "DOG"]), "TEA"], "expected": False, "sample": True},
        {"args": [_grid(["ab", "ba"]), "abba"], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[["z"]], "z"], "expected": True},                         # smallest input
        {"args": [[["z"]], "Z"], "expected": False},                        # case matters
        {"args": [[["a"]], "aa"], "expected": False},                       # cannot reuse a cell
        {"args": [_grid(["AB"]), "ABA"], "expected": False},
        {"args": [_grid(["AB"]), "BA"], "expected": True},                  # leftwards
        {"args": [_grid(["A", "B", "C"]), "CBA"], "expected": True},        # upwards
        {"args": [_grid(["ABC", "FED", "GHI"]), "ABCDEFGHI"], "expected": True},  # snake
        {"args": [_grid(["ABC", "FED", "GHI"]), "ABCDEFGHIA"], "expected": False},
        {"args": [_grid(["aaa", "aaa"]), "aaaaaa"], "expected": True},      # every cell exactly once
        {"args": [_grid(["aaa", "aaa"]), "aaaaaaa"], "expected": False},
        {"args": [_grid(["ABCE", "SFES", "ADEE"]), "ABCESEEEFS"], "expected": True},  # needs a detour
        {"args": [_grid(["xy", "zw"]), "xw"], "expected": False},           # no diagonal moves
    ]
    rng = random.Random(79)
    for rows, cols, alpha, length in ((2, 2, "ab", 3), (3, 3, "abc", 4), (3, 4, "ABCD", 6), (4, 4, "ab", 8),
                                      (5, 5, "abcXYZ", 7), (6, 6, "aAbB", 10), (4, 6, "xyz", 12),
                                      (6, 5, "qrst", 15)):
        board = [[rng.choice(alpha) for _ in range(cols)] for _ in range(rows)]
        if rng.random() < 0.5:
            word = _walk_word(rng, board, length)
        else:
            word = "".join(rng.choice(alpha) for _ in range(length))
        out.append({"args": [board, word]})
    # maximum size, adversarial for unpruned search
    out.append({"args": [[["A"] * M for _ in range(M)], "A" * (L_MAX - 1) + "B"], "expected": False,
                "large": True})
    out.append({"args": [[["A"] * M for _ in range(M)], "B" + "A" * (L_MAX - 1)], "expected": False,
                "large": True})
    out.append({"args": [[["a"] * M for _ in range(M)], "a" * L_MAX], "expected": True, "large": True})
    board = [["A"] * M for _ in range(M)]
    board[0][0] = "B"
    out.append({"args": [board, "A" * (L_MAX - 1) + "B"], "expected": True, "large": True})
    board = [[rng.choice("ab") for _ in range(M)] for _ in range(M)]
    out.append({"args": [board, _walk_word(rng, board, L_MAX)], "expected": True, "large": True})
    for case in out:
        board, word = case["args"]
        assert 1 <= len(board) <= M and 1 <= len(board[0]) <= M
        assert all(len(r) == len(board[0]) and all(ch.isalpha() and len(ch) == 1 for ch in r) for r in board)
        assert 1 <= len(word) <= L_MAX and word.isalpha()
    return out
