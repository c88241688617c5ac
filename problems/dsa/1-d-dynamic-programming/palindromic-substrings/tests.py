"""Palindromic Substrings cases. Large cases are repetitive strings (many palindromes), where the
centre expansion does the most work and an O(n^3) scan is hopeless."""
import random
import string

N_MAX = 1000


def _rand(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def cases():
    out = [
        {"args": ["xyz"], "expected": 3, "sample": True},
        {"args": ["bbb"], "expected": 6, "sample": True},
        {"args": ["noon"], "expected": 6, "sample": True},
        # hand-picked edges
        {"args": ["a"], "expected": 1},
        {"args": ["aa"], "expected": 3},
        {"args": ["ab"], "expected": 2},
        {"args": ["aba"], "expected": 4},
        {"args": ["abba"], "expected": 6},
        {"args": ["aaaaa"], "expected": 15},
        {"args": ["racecar"], "expected": 10},
        {"args": ["abab"], "expected": 6},
        {"args": ["abcdefghijklmnopqrstuvwxyz"], "expected": 26},
    ]
    rng = random.Random(647)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(1, 60)
        out.append({"args": [_rand(rng, n, rng.choice(["a", "ab", "abc", string.ascii_lowercase]))]})
    # maximum size
    out.append({"args": ["z" * N_MAX], "expected": N_MAX * (N_MAX + 1) // 2, "large": True})
    out.append({"args": ["ab" * (N_MAX // 2)], "large": True})
    out.append({"args": ["a" * 499 + "b" + "a" * 500], "large": True})
    half = _rand(rng, N_MAX // 2, "ab")
    out.append({"args": [half + half[::-1]], "large": True})
    out.append({"args": [_rand(rng, N_MAX, "ab")], "large": True})
    out.append({"args": [_rand(rng, N_MAX, string.ascii_lowercase)], "large": True})
    out.append({"args": [("aab" * 400)[:N_MAX]], "large": True})
    for case in out:
        s = case["args"][0]
        assert 1 <= len(s) <= N_MAX and s.isalpha() and s.islower()
        if not case.get("large"):
            assert len(s) <= 60
    return out
