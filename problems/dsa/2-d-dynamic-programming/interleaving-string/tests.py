"""Interleaving String cases: brute-checked short strings, then 100 + 100 letter inputs."""
import random

N_MAX = 100


def _word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffle_in(rng, a, b):
    """A random interleaving of a and b."""
    picks = [0] * len(a) + [1] * len(b)
    rng.shuffle(picks)
    ia = ib = 0
    out = []
    for p in picks:
        if p == 0:
            out.append(a[ia]); ia += 1
        else:
            out.append(b[ib]); ib += 1
    return "".join(out)


def _swap_one(rng, s):
    """s with two different adjacent letters swapped (if any)."""
    idx = [k for k in range(len(s) - 1) if s[k] != s[k + 1]]
    if not idx:
        return s
    k = rng.choice(idx)
    return s[:k] + s[k + 1] + s[k] + s[k + 2:]


def cases():
    out = [
        # statement examples
        {"args": ["abc", "xay", "axabyc"], "expected": True, "sample": True},
        {"args": ["ab", "cd", "acdbx"], "expected": False, "sample": True},
        {"args": ["ab", "ba", "aabb"], "expected": False, "sample": True},
        # hand-picked edges
        {"args": ["", "", ""], "expected": True},
        {"args": ["", "", "a"], "expected": False},
        {"args": ["a", "", "a"], "expected": True},
        {"args": ["", "b", "b"], "expected": True},
        {"args": ["a", "", "b"], "expected": False},
        {"args": ["aabcc", "dbbca", "aadbbcbcac"], "expected": True},
        {"args": ["aabcc", "dbbca", "aadbbbaccc"], "expected": False},
        {"args": ["aa", "ab", "aaba"], "expected": True},   # greedy s1-first fails here
        {"args": ["ab", "ab", "abab"], "expected": True},
        {"args": ["abc", "def", "abcdef"], "expected": True},
        {"args": ["abc", "def", "defabc"], "expected": True},
        {"args": ["abc", "def", "abdcfe"], "expected": False},
    ]

    rng = random.Random(97)
    for k in range(12):  # small, brute-checked
        alphabet = rng.choice(["a", "ab", "abc"])
        a, b = _word(rng, rng.randint(0, 7), alphabet), _word(rng, rng.randint(0, 7), alphabet)
        s3 = _shuffle_in(rng, a, b)
        if k % 2:
            s3 = _swap_one(rng, s3)
        out.append({"args": [a, b, s3]})
    # large
    a = "a" * N_MAX
    out.append({"args": [a, a, "a" * (2 * N_MAX - 1) + "b"], "large": True})      # exponential for no memo
    out.append({"args": [a, a, "a" * (2 * N_MAX)], "large": True})
    out.append({"args": [a[:-1] + "b", a, "a" * (2 * N_MAX - 1) + "b"], "large": True})
    out.append({"args": [a, a[:-1] + "c", "a" * (2 * N_MAX - 1) + "b"], "large": True})
    for k in range(6):
        alphabet = ["ab", "ab", "abc", "a"][k % 4] if k < 4 else "abcdefghijklmnopqrstuvwxyz"
        x, y = _word(rng, N_MAX, alphabet), _word(rng, N_MAX, alphabet)
        s3 = _shuffle_in(rng, x, y)
        if k % 2:
            s3 = _swap_one(rng, s3)
        out.append({"args": [x, y, s3], "large": True})
    out.append({"args": ["ab" * 50, "ba" * 50, "ab" * 99 + "ba"], "large": True})

    for case in out:
        s1, s2, s3 = case["args"]
        assert len(s1) <= N_MAX and len(s2) <= N_MAX and len(s3) <= 2 * N_MAX
        assert case.get("large") or len(s1) + len(s2) <= 16
    return out
