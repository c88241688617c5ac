"""Longest Palindromic Substring cases. Ties are allowed (custom checker: same length, palindrome,
substring of s). Large cases are repetitive strings, where expanding costs the most and an O(n^3)
scan is hopeless."""
import random
import string

N_MAX = 1000
ALPHABET = string.ascii_letters + string.digits


def _rand(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def cases():
    out = [
        {"args": ["xracecarz"], "expected": "racecar", "sample": True},
        {"args": ["abccbd"], "expected": "bccb", "sample": True},
        {"args": ["q"], "expected": "q", "sample": True},
        # hand-picked edges
        {"args": ["zz"], "expected": "zz"},
        {"args": ["Aa"]},                                   # case matters: length 1
        {"args": ["abc"]},                                  # ties: any single letter
        {"args": ["aaaa"], "expected": "aaaa"},
        {"args": ["abcxycba"]},                            # shares "abc" with its reverse, no long palindrome
        {"args": ["1221x9"], "expected": "1221"},          # at the very start
        {"args": ["xy12321"], "expected": "12321"},        # at the very end
        {"args": ["abacdfgdcaba"]},
        {"args": ["aaabaaaa"], "expected": "aaabaaa"},
        {"args": ["cbbd"], "expected": "bb"},
        {"args": ["ZyxwvuTSRQ0987654321"]},
    ]
    rng = random.Random(5)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(1, 40)
        out.append({"args": [_rand(rng, n, rng.choice(["ab", "abc", "aB1", ALPHABET]))]})
    # maximum size
    out.append({"args": ["a" * N_MAX], "large": True})
    out.append({"args": ["ab" * (N_MAX // 2)], "large": True})
    out.append({"args": ["a" * 499 + "b" + "a" * 500], "large": True})
    half = _rand(rng, N_MAX // 2, "ab")
    out.append({"args": [half + half[::-1]], "large": True})
    out.append({"args": [_rand(rng, N_MAX, "ab")], "large": True})
    out.append({"args": [_rand(rng, N_MAX, ALPHABET)], "large": True})
    out.append({"args": [("abc" * 400)[:N_MAX]], "large": True})
    for case in out:
        s = case["args"][0]
        assert 1 <= len(s) <= N_MAX and all(c in ALPHABET for c in s)
        if not case.get("large"):
            assert len(s) <= 40
    return out
