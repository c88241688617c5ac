"""Longest Repeating Character Replacement cases; expected values come from the reference
(brute agrees on the small ones)."""
import random
import string

N_MAX = 10**5


def _s(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases():
    out = [
        {"args": ["ABBCB", 1], "expected": 4, "sample": True},
        {"args": ["AABCCA", 2], "expected": 4, "sample": True},
        {"args": ["XYZ", 0], "expected": 1, "sample": True},
        {"args": ["A", 0]},
        {"args": ["A", 1]},
        {"args": ["AAAA", 0]},
        {"args": ["ABAB", 2]},
        {"args": ["ABCD", 4]},                   # k = n: the whole string
        {"args": ["AABABBA", 1]},
        {"args": ["BAAAB", 1]},                  # a block of the first letter is not the best
        {"args": ["ABCDEFGHIJ", 1]},
        {"args": ["ABAAAB", 0]},
        {"args": ["AAAB", 0]},
        {"args": ["ZZZYZZZ", 1]},
        {"args": ["ABBB", 2]},
        {"args": ["BAABBBAABAB", 2]},
    ]
    rng = random.Random(424)
    for _ in range(10):
        n = rng.randint(1, 40)
        s = _s(rng, n, rng.choice(["AB", "ABC", string.ascii_uppercase]))
        out.append({"args": [s, rng.randint(0, n)]})
    for _ in range(2):
        s = _s(rng, 1500, "ABCD")
        out.append({"args": [s, rng.randint(0, 50)]})
    # maximum size: a two-letter string with large k lets the every-start approach run far each time
    out.append({"args": [_s(rng, N_MAX, "AB"), 20000], "large": True})
    out.append({"args": [_s(rng, N_MAX, string.ascii_uppercase), 0], "large": True})
    out.append({"args": [_s(rng, N_MAX, "ABC"), 5000], "large": True})
    out.append({"args": ["Q" * N_MAX, 0], "large": True})
    out.append({"args": [_s(rng, N_MAX, string.ascii_uppercase), N_MAX], "large": True})

    for index, case in enumerate(out):
        s, k = case["args"]
        assert 1 <= len(s) <= N_MAX and s.isupper() and s.isalpha() and 0 <= k <= len(s), index
    return out
