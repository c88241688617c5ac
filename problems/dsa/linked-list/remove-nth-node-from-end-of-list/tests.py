"""Remove Nth Node From End of List cases: args are [values from the head, n]."""
import random

SZ_MAX = 30
V = 100


def _remove(values, n):
    out = list(values)
    del out[len(out) - n]
    return out


def cases():
    out = [
        # statement examples
        {"args": [[4, 9, 2, 7, 5], 3], "expected": [4, 9, 7, 5], "sample": True},
        {"args": [[6, 1], 2], "expected": [1], "sample": True},
        {"args": [[8], 1], "expected": [], "sample": True},
    ]
    hand = [([0], 1), ([6, 1], 1), ([1, 2, 3], 3), ([1, 2, 3], 1), ([1, 2, 3], 2),
            ([5, 5, 5, 5], 2), ([100, 0, 100], 3), ([3, 1, 4, 1, 5, 9], 6)]
    for values, n in hand:
        out.append({"args": [values, n], "expected": _remove(values, n)})
    rng = random.Random(19)
    for _ in range(10):
        sz = rng.randint(1, SZ_MAX)
        out.append({"args": [[rng.randint(0, V) for _ in range(sz)], rng.randint(1, sz)]})
    full = [rng.randint(0, V) for _ in range(SZ_MAX)]
    for n in (1, 15, SZ_MAX):
        out.append({"args": [full, n]})
    for case in out:
        values, n = case["args"]
        assert 1 <= len(values) <= SZ_MAX and all(0 <= v <= V for v in values)
        assert 1 <= n <= len(values)
    return out
