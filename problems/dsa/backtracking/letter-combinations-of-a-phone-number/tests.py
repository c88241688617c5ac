"""Letter Combinations cases: 0 <= len(digits) <= 4, digits 2..9; any order of the strings."""
import random


def cases():
    out = [
        # statement examples
        {"args": ["83"], "expected": ["td", "te", "tf", "ud", "ue", "uf", "vd", "ve", "vf"], "sample": True},
        {"args": [""], "expected": [], "sample": True},
        {"args": ["7"], "expected": ["p", "q", "r", "s"], "sample": True},
        # hand-picked edges
        {"args": ["2"], "expected": ["a", "b", "c"]},
        {"args": ["9"], "expected": ["w", "x", "y", "z"]},
        {"args": ["22"], "expected": ["aa", "ab", "ac", "ba", "bb", "bc", "ca", "cb", "cc"]},  # repeated digit
        {"args": ["79"]},                                           # two four-letter keys
        {"args": ["6"]},
        {"args": ["45"]},
        {"args": ["7777"]},                                         # 4^4 strings
        {"args": ["9999"]},
        {"args": ["2222"]},
        {"args": ["2345"]},
        {"args": ["6789"]},
        {"args": ["987"]},
    ]
    rng = random.Random(17)
    for n in (1, 2, 2, 3, 3, 4, 4, 4):
        out.append({"args": ["".join(rng.choice("23456789") for _ in range(n))]})
    out.append({"args": ["7979"], "large": True})
    for case in out:
        (digits,) = case["args"]
        assert 0 <= len(digits) <= 4 and all(d in "23456789" for d in digits)
    return out
