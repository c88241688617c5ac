"""Longest Common Subsequence cases: brute-checked small strings, then 1000 x 1000 inputs."""
import random
import string

N_MAX = 1000
LOWER = string.ascii_lowercase


def _word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases():
    out = [
        # statement examples
        {"args": ["chocolate", "cloth"], "expected": 3, "sample": True},
        {"args": ["kayak", "kayak"], "expected": 5, "sample": True},
        {"args": ["mnop", "qrs"], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": ["a", "a"], "expected": 1},
        {"args": ["a", "b"], "expected": 0},
        {"args": ["z", "abcz"], "expected": 1},
        {"args": ["abcdef", "fedcba"], "expected": 1},       # reversed: only one letter keeps order
        {"args": ["abcde", "ace"], "expected": 3},
        {"args": ["aaaa", "aa"], "expected": 2},              # duplicates count only as often as shared
        {"args": ["abab", "baba"], "expected": 3},            # "aba" or "bab"
        {"args": ["bsbininm", "jmjkbkjkv"], "expected": 1},
        {"args": ["xaxbxc", "abc"], "expected": 3},           # scattered, not contiguous
        {"args": ["abcxyz", "xyzabc"], "expected": 3},
        {"args": ["ezupkr", "ubmrapg"], "expected": 2},
    ]

    rng = random.Random(1143)
    for _ in range(8):  # small, brute-checked
        alphabet = rng.choice(["ab", "abc", "abcd", LOWER])
        out.append({"args": [_word(rng, rng.randint(1, 9), alphabet), _word(rng, rng.randint(1, 9), alphabet)]})
    # medium, unbalanced lengths
    out.append({"args": [_word(rng, 1000, "abc"), _word(rng, 1, "abc")], "large": True})
    out.append({"args": [_word(rng, 3, LOWER), _word(rng, 1000, LOWER)], "large": True})
    out.append({"args": [_word(rng, 1000, "ab"), _word(rng, 40, "ab")], "large": True})
    # maximum size
    out.append({"args": [_word(rng, N_MAX, LOWER), _word(rng, N_MAX, LOWER)], "large": True})
    out.append({"args": [_word(rng, N_MAX, "abcd"), _word(rng, 300, "abcd")], "large": True})
    out.append({"args": [_word(rng, N_MAX, "ab"), _word(rng, N_MAX, "ab")], "large": True})
    out.append({"args": [_word(rng, N_MAX, LOWER[:13]), _word(rng, N_MAX, LOWER[13:])], "large": True})  # 0
    same = _word(rng, N_MAX, LOWER)
    out.append({"args": [same, same], "large": True})
    out.append({"args": ["a" * N_MAX, "a" * N_MAX], "large": True})

    for case in out:
        t1, t2 = case["args"]
        assert 1 <= len(t1) <= N_MAX and 1 <= len(t2) <= N_MAX
        assert set(t1 + t2) <= set(LOWER)
        assert case.get("large") or len(t1) <= 12 and len(t2) <= 12
    return out
