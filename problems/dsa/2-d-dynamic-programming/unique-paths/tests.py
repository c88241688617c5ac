"""Unique Paths cases. The answer C(m + n - 2, m - 1) must stay <= 2 * 10^9 (checked below).
Small cases keep the answer low enough for the route-walking brute; large ones sit near the cap."""
import random
from math import comb

CAP = 2 * 10**9
BRUTE_CAP = 200_000


def cases():
    out = [
        # statement examples
        {"args": [2, 4], "expected": 4, "sample": True},
        {"args": [3, 3], "expected": 6, "sample": True},
        {"args": [5, 1], "expected": 1, "sample": True},
        # hand-picked edges
        {"args": [1, 1], "expected": 1},            # start is the destination
        {"args": [1, 100], "expected": 1},          # one row
        {"args": [100, 1], "expected": 1},          # one column
        {"args": [2, 2], "expected": 2},
        {"args": [2, 100], "expected": 100},
        {"args": [100, 2], "expected": 100},
        {"args": [3, 7], "expected": 28},
        {"args": [7, 3], "expected": 28},
        {"args": [10, 10], "expected": 48620},
        {"args": [100, 3], "expected": 5050},
    ]

    rng = random.Random(62)
    small = []
    while len(small) < 8:  # random shapes with a brute-friendly answer
        m, n = rng.randint(1, 20), rng.randint(1, 20)
        if comb(m + n - 2, m - 1) <= BRUTE_CAP and [m, n] not in small:
            small.append([m, n])
    out += [{"args": s} for s in small]

    # near the cap: exponential route walking cannot finish these
    for m, n in [(17, 17), (16, 20), (20, 16), (13, 26), (9, 51), (8, 69), (7, 100), (100, 7)]:
        out.append({"args": [m, n], "large": True})
    mids = []
    while len(mids) < 3:  # random shapes with a big answer
        m, n = rng.randint(5, 100), rng.randint(5, 100)
        if 10**8 <= comb(m + n - 2, m - 1) <= CAP:
            mids.append([m, n])
    out += [{"args": s, "large": True} for s in mids]

    for case in out:
        m, n = case["args"]
        assert 1 <= m <= 100 and 1 <= n <= 100
        paths = comb(m + n - 2, m - 1)
        assert paths <= CAP
        assert case.get("large") or paths <= BRUTE_CAP
    return out
