"""Median of Two Sorted Arrays cases."""
import random

V = 10**6
N_MAX = 1000


def _sorted(rng, n, lo=-V, hi=V):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def cases():
    out = [
        # statement examples
        {"args": [[2, 9], [4]], "expected": 4.0, "sample": True},
        {"args": [[1, 6], [3, 8]], "expected": 4.5, "sample": True},
        {"args": [[], [-5, 0, 10, 11]], "expected": 5.0, "sample": True},
        # hand-picked edges
        {"args": [[7], []]},
        {"args": [[], [-3]]},
        {"args": [[1], [2]]},                               # 1.5
        {"args": [[2, 2, 2], [2, 2]]},                      # all equal
        {"args": [[1, 2, 3], [10, 11, 12]]},                # disjoint ranges, even total
        {"args": [[10, 11, 12, 13], [1, 2, 3]]},            # disjoint, odd total, first is higher
        {"args": [[-V, V], [-V, V]]},
        {"args": [[V], [V - 1]]},                           # x.5 near the bound
        {"args": [[-V, -V + 1], []]},                       # negative .5
        {"args": [[1, 3, 5, 7, 9], [2]]},
        {"args": [[5], [1, 2, 3, 4, 6, 7, 8, 9]]},
    ]
    rng = random.Random(4)
    for m, n, lo, hi in ((1, 1, -5, 5), (2, 3, -5, 5), (0, 5, -100, 100), (5, 0, -100, 100),
                         (4, 4, 0, 3), (10, 1, -V, V), (1, 10, -V, V), (30, 50, -V, V),
                         (100, 7, -50, 50), (500, 501, -V, V)):
        out.append({"args": [_sorted(rng, m, lo, hi), _sorted(rng, n, lo, hi)]})
    # maximum size
    for lo, hi in ((-V, V), (-3, 3), (0, 0)):
        out.append({"args": [_sorted(rng, N_MAX, lo, hi), _sorted(rng, N_MAX, lo, hi)], "large": True})
    out.append({"args": [_sorted(rng, N_MAX, -V, 0), _sorted(rng, N_MAX - 1, 0, V)], "large": True})
    out.append({"args": [[], _sorted(rng, N_MAX)], "large": True})
    for case in out:
        a, b = case["args"]
        assert 0 <= len(a) <= N_MAX and 0 <= len(b) <= N_MAX and 1 <= len(a) + len(b)
        assert a == sorted(a) and b == sorted(b) and all(-V <= x <= V for x in a + b)
    return out
