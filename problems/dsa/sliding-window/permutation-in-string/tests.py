"""Permutation in String cases; expected values come from the reference (brute agrees)."""
import random

N_MAX = 10**4


def _s(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _plant(rng, s1, s2, pos):
    p = list(s1)
    rng.shuffle(p)
    return s2[:pos] + "".join(p) + s2[pos + len(s1):]


def cases():
    out = [
        {"args": ["tap", "hellopatrol"], "expected": True, "sample": True},
        {"args": ["moon", "nomadmoan"], "expected": False, "sample": True},
        {"args": ["abc", "ab"], "expected": False, "sample": True},
        {"args": ["a", "a"]},
        {"args": ["a", "b"]},
        {"args": ["ab", "ba"]},
        {"args": ["aab", "abab"]},                # "aba" at the start
        {"args": ["aab", "abbab"]},               # right letters, wrong counts
        {"args": ["abc", "cbaxyz"]},              # at the very start
        {"args": ["abc", "xyzbca"]},              # at the very end
        {"args": ["abc", "axbxc"]},               # letters present but not contiguous
        {"args": ["zz", "zyz"]},
        {"args": ["xyz", "xyz"]},
        {"args": ["aaaa", "aaa"]},
        {"args": ["adc", "dcda"]},
    ]
    rng = random.Random(567)
    for _ in range(10):
        alpha = rng.choice(["ab", "abc", "abcdefghijklmnopqrstuvwxyz"])
        s2 = _s(rng, rng.randint(1, 40), alpha)
        s1 = _s(rng, rng.randint(1, 6), alpha)
        if rng.random() < 0.5 and len(s1) <= len(s2):
            s2 = _plant(rng, s1, s2, rng.randint(0, len(s2) - len(s1)))
        out.append({"args": [s1, s2]})
    s1 = _s(rng, 300, "abcde")
    out.append({"args": [s1, _plant(rng, s1, _s(rng, 2000, "abcde"), 1200)]})
    # maximum size: a window of 5000 letters recounted ~5000 times is far too slow
    m = 5000
    s1 = _s(rng, m, "abc") + "d"
    out.append({"args": [s1, _s(rng, N_MAX, "abc")], "large": True})                # never matches
    s1 = _s(rng, m, "xy")
    out.append({"args": [s1, _plant(rng, s1, _s(rng, N_MAX, "xy"), N_MAX - m)], "large": True})
    s1 = "a" * (m - 1) + "b"
    out.append({"args": [s1, "a" * N_MAX], "large": True})
    s1 = _s(rng, m, "abcdefghijklmnopqrstuvwxyz")
    out.append({"args": [s1, _s(rng, N_MAX, "abcdefghijklmnopqrstuvwxyz")], "large": True})

    for index, case in enumerate(out):
        s1, s2 = case["args"]
        assert 1 <= len(s1) <= N_MAX and 1 <= len(s2) <= N_MAX, index
        assert (s1 + s2).isalpha() and (s1 + s2).islower(), index
    return out
