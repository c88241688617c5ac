"""Palindrome Partitioning cases: lowercase, 1 <= len(s) <= 16; partitions in any order, pieces in order."""
import random

N_MAX = 16


def cases():
    out = [
        # statement examples
        {"args": ["noon"], "expected": [["n", "o", "o", "n"], ["n", "oo", "n"], ["noon"]], "sample": True},
        {"args": ["xyx"], "expected": [["x", "y", "x"], ["xyx"]], "sample": True},
        {"args": ["q"], "expected": [["q"]], "sample": True},
        # hand-picked edges
        {"args": ["a"], "expected": [["a"]]},
        {"args": ["ab"], "expected": [["a", "b"]]},
        {"args": ["aa"], "expected": [["a", "a"], ["aa"]]},
        {"args": ["abca"], "expected": [["a", "b", "c", "a"]]},    # equal ends, not a palindrome
        {"args": ["abcdefghijklmnop"]},                            # all distinct, maximum length
        {"args": ["racecar"]},
        {"args": ["aab"]},
        {"args": ["abaaba"]},
        {"args": ["zzzzz"]},
        {"args": ["abacaba"]},
    ]
    rng = random.Random(131)
    for n, alpha in ((3, "ab"), (5, "ab"), (6, "abc"), (8, "ab"), (9, "a"), (10, "abc"), (12, "ab"),
                     (13, "xyz"), (14, "ab")):
        out.append({"args": ["".join(rng.choice(alpha) for _ in range(n))]})
    # maximum size: "a" * 16 has 2^15 partitions
    out.append({"args": ["a" * N_MAX], "large": True})
    out.append({"args": ["aaaaaaabaaaaaaaa"], "large": True})
    out.append({"args": ["".join(rng.choice("ab") for _ in range(N_MAX))], "large": True})
    for case in out:
        (s,) = case["args"]
        assert 1 <= len(s) <= N_MAX and s.isalpha() and s.islower()
    return out
