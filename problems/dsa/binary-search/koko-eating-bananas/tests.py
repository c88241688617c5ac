"""Koko Eating Bananas cases. Non-large cases keep the answer small enough for the brute force."""
import random

N_MAX = 10**4
P_MAX = 10**9
H_MAX = 10**9


def _answer(piles, h):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo


def cases():
    out = [
        # statement examples
        {"args": [[5, 9, 2], 5], "expected": 5, "sample": True},
        {"args": [[12, 7, 20, 3], 4], "expected": 20, "sample": True},
        {"args": [[100], 9], "expected": 12, "sample": True},
        # hand-picked edges
        {"args": [[1], 1]},
        {"args": [[1], 1000000000]},                  # plenty of time: speed 1
        {"args": [[7, 7, 7], 3]},                     # h equals the number of piles
        {"args": [[7, 7, 7], 21]},
        {"args": [[6, 6], 4]},                        # exact division matters
        {"args": [[3, 6, 7, 11], 8]},
        {"args": [[30, 11, 23, 4, 20], 6]},
        {"args": [[1, 1, 1, 1000], 5]},
        {"args": [[1000, 1000], 1999]},
    ]
    rng = random.Random(875)
    for n, pmax in ((1, 50), (2, 100), (5, 200), (10, 1000), (50, 1000), (100, 500), (300, 100)):
        piles = [rng.randint(1, pmax) for _ in range(n)]
        h = rng.randint(n, sum(piles))
        out.append({"args": [piles, h]})
    # maximum size (the brute force is not run on these)
    n = N_MAX
    big = []
    piles = [rng.randint(1, P_MAX) for _ in range(n)]
    big.append([piles, n])                                           # answer = max pile
    big.append([piles, rng.randint(n, 3 * n)])
    big.append([[P_MAX] * n, n + 1])
    big.append([[rng.randint(1, P_MAX) for _ in range(n)], H_MAX])   # lots of time
    big.append([[rng.randint(P_MAX // 2, P_MAX) for _ in range(n)], rng.randint(10 * n, 10**6)])
    big.append([[P_MAX], 1])
    for args in big:
        out.append({"args": args, "large": True})
    for case in out:
        piles, h = case["args"]
        assert 1 <= len(piles) <= N_MAX and len(piles) <= h <= H_MAX
        assert all(1 <= p <= P_MAX for p in piles)
        if not case.get("large"):
            assert _answer(piles, h) * len(piles) <= 10**6  # cheap for the brute force
    return out
