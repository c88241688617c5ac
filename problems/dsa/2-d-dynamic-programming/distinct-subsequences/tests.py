"""Distinct Subsequences cases: brute-checked short strings, then 1000-letter inputs whose answers
stay within a signed 32-bit integer."""
import random
import string

N_MAX = 1000
LIMIT = 2**31 - 1
LETTERS = string.ascii_letters


def _count(s, t):
    ways = [1] + [0] * len(t)
    for ch in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == ch:
                ways[j] += ways[j - 1]
    return ways[len(t)]


def _word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _padded(rng, t, extra, alphabet):
    """t with `extra` random letters inserted at random places."""
    s = list(t)
    for _ in range(extra):
        s.insert(rng.randint(0, len(s)), rng.choice(alphabet))
    return "".join(s)


def cases():
    out = [
        # statement examples
        {"args": ["bannana", "ban"], "expected": 4, "sample": True},
        {"args": ["aaaa", "aa"], "expected": 6, "sample": True},
        {"args": ["cat", "act"], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": ["a", "a"], "expected": 1},
        {"args": ["a", "b"], "expected": 0},
        {"args": ["a", "aa"], "expected": 0},                 # t longer than s
        {"args": ["rabbbit", "rabbit"], "expected": 3},
        {"args": ["babgbag", "bag"], "expected": 5},
        {"args": ["aA", "a"], "expected": 1},                 # case matters
        {"args": ["abcde", "abcde"], "expected": 1},
        {"args": ["aaa", "aaa"], "expected": 1},
        {"args": ["ababab", "ab"], "expected": 6},
        {"args": ["xyz", "zyx"], "expected": 0},
        {"args": ["aabb", "ab"], "expected": 4},
    ]

    rng = random.Random(115)
    for _ in range(10):  # small, brute-checked
        alphabet = rng.choice(["ab", "abc", "aB"])
        s = _word(rng, rng.randint(1, 12), alphabet)
        t = _word(rng, rng.randint(1, 4), alphabet)
        out.append({"args": [s, t]})
    # large
    out.append({"args": ["a" * N_MAX, "a" * (N_MAX - 3)], "large": True})   # C(1000, 3) = 166,167,000
    out.append({"args": ["a" * N_MAX, "a"], "large": True})
    out.append({"args": ["a" * N_MAX, "b"], "large": True})
    out.append({"args": ["ab" * 500, "b" * 500 + "a"], "large": True})      # 0: no a after 500 b's
    out.append({"args": [_word(rng, N_MAX, LETTERS), _word(rng, N_MAX, LETTERS)], "large": True})
    for alphabet, extra in ((string.ascii_lowercase, 60), (LETTERS, 200), ("abcdefgh", 15), ("abcd", 5)):
        for _ in range(30):
            t = _word(rng, N_MAX - extra, alphabet)
            s = _padded(rng, t, extra, alphabet)
            if _count(s, t) <= LIMIT:
                out.append({"args": [s, t], "large": True})
                break

    for case in out:
        s, t = case["args"]
        assert 1 <= len(s) <= N_MAX and 1 <= len(t) <= N_MAX and set(s + t) <= set(LETTERS)
        assert _count(s, t) <= LIMIT
        assert case.get("large") or len(s) <= 12
    return out
