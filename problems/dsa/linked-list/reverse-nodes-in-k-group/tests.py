"""Reverse Nodes In K Group cases: args are [values from the head, k]."""
import random

N_MAX = 5000
V = 1000


def _expected(values, k):
    out = list(values)
    full = len(out) - len(out) % k
    for s in range(0, full, k):
        out[s:s + k] = out[s:s + k][::-1]
    return out


def cases():
    out = [
        # statement examples
        {"args": [[5, 8, 1, 3, 9, 2, 7], 3], "expected": [1, 8, 5, 2, 9, 3, 7], "sample": True},
        {"args": [[4, 6, 2, 0], 2], "expected": [6, 4, 0, 2], "sample": True},
        {"args": [[1, 2, 3], 1], "expected": [1, 2, 3], "sample": True},
    ]
    hand = [([0], 1), ([1, 2], 2), ([1, 2], 1), ([1, 2, 3], 3), ([1, 2, 3], 2),
            ([1, 2, 3, 4, 5, 6], 3), ([1, 2, 3, 4, 5, 6, 7, 8], 4), ([7, 7, 7, 7, 7], 2),
            ([1, 2, 3, 4, 5], 4), ([1000, 0, 1000, 0], 2)]
    for values, k in hand:
        out.append({"args": [values, k], "expected": _expected(values, k)})
    rng = random.Random(25)
    for n in (10, 37, 100, 500, 1234):
        out.append({"args": [[rng.randint(0, V) for _ in range(n)], rng.randint(1, n)]})
    # maximum size
    for k in (1, 2, 7, 2500, 4999, N_MAX):
        out.append({"args": [[rng.randint(0, V) for _ in range(N_MAX)], k], "large": True})
    for case in out:
        values, k = case["args"]
        assert 1 <= k <= len(values) <= N_MAX and all(0 <= v <= V for v in values)
    return out
