"""Word Search II cases: boards up to 12 x 12, up to 3 * 10^4 distinct words of length <= 10."""
import random
import string

M_MAX = 12
W_MAX = 3 * 10**4
L_MAX = 10


def _board(rng, m, n, letters):
    return [[rng.choice(letters) for _ in range(n)] for _ in range(m)]


def _path_word(rng, board, length):
    """A word spelled by a random self-avoiding path (may stop early when stuck)."""
    m, n = len(board), len(board[0])
    r, c = rng.randrange(m), rng.randrange(n)
    used, word = {(r, c)}, [board[r][c]]
    while len(word) < length:
        steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < m and 0 <= c + dc < n and (r + dr, c + dc) not in used]
        if not steps:
            break
        r, c = rng.choice(steps)
        used.add((r, c))
        word.append(board[r][c])
    return "".join(word)


def _words(rng, board, count, letters, p_path=0.5, lmax=L_MAX):
    words = set()
    while len(words) < count:
        length = rng.randint(1, lmax)
        if rng.random() < p_path:
            words.add(_path_word(rng, board, length))
        else:
            words.add("".join(rng.choice(letters) for _ in range(length)))
    words = sorted(words)
    rng.shuffle(words)
    return words


def cases():
    out = [
        # statement examples
        {"args": [[["c", "a", "t"], ["o", "r", "s"], ["w", "e", "n"]], ["cat", "cow", "rat", "arc", "ten"]],
         "expected": ["cat", "cow", "rat"], "sample": True},
        {"args": [[["a", "b"], ["c", "d"]], ["abdc", "abcd"]], "expected": ["abdc"], "sample": True},
        {"args": [[["z", "z"]], ["zzz", "z"]], "expected": ["z"], "sample": True},
        # hand-picked edges
        {"args": [[["a"]], ["a"]]},
        {"args": [[["a"]], ["b"]]},
        {"args": [[["a"]], ["aa"]]},                                   # a cell cannot be reused
        {"args": [[["a", "a"]], ["a", "aa", "aaa"]]},
        {"args": [[["a", "b"], ["a", "b"]], ["aba", "abab", "abba", "baab", "bbaa"]]},
        {"args": [[["o", "a", "b"], ["e", "t", "a"], ["i", "h", "k"]], ["oat", "oath", "tab", "bat", "hike"]]},
        {"args": [[list("abcdefghijkl")], ["abcdefghij", "lkjihgfedc", "acegi", "jihgf"]]},  # one row
        {"args": [[[ch] for ch in "abcdefghijkl"], ["ghijkl", "lkj", "abd"]]},               # one column
        {"args": [[["a", "b", "c"], ["a", "e", "d"], ["a", "f", "g"]],
                  ["abcdefg", "gfedcbaaa", "eaabcdgfa", "befa", "dgfb", "aaa"]]},
        {"args": [[["a"] * 4 for _ in range(4)], ["a" * k for k in range(1, 11)]]},           # all equal
    ]
    rng = random.Random(212)
    for m, n, letters, count in ((2, 2, "ab", 10), (3, 3, "abc", 20), (3, 4, "abcd", 40),
                                 (4, 4, string.ascii_lowercase, 50), (5, 5, "abcde", 100),
                                 (6, 6, "ab", 60), (8, 8, "abcdef", 200)):
        board = _board(rng, m, n, letters)
        out.append({"args": [board, _words(rng, board, count, letters)]})
    # maximum size: 3 * 10^4 words on a full board (a separate search per word is far too slow)
    for letters, p_path in ((string.ascii_lowercase, 0.3), ("abcdef", 0.5), ("abcdefgh", 0.2)):
        board = _board(rng, M_MAX, M_MAX, letters)
        out.append({"args": [board, _words(rng, board, W_MAX, letters, p_path)], "large": True})
    for case in out:
        board, words = case["args"]
        assert 1 <= len(board) <= M_MAX and 1 <= len(board[0]) <= M_MAX
        assert all(len(row) == len(board[0]) for row in board)
        assert 1 <= len(words) <= W_MAX and len(set(words)) == len(words)
        assert all(1 <= len(w) <= L_MAX and w.islower() and w.isalpha() for w in words)
    return out
