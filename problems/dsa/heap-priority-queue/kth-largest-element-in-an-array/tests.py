"""Kth Largest Element In An Array cases: 1 <= k <= len(nums); duplicates count separately."""
import random

V = 10**4
N_MAX = 10**5


def cases():
    out = [
        # statement examples
        {"args": [[8, 3, 11, 6, 2], 2], "expected": 8, "sample": True},
        {"args": [[4, 7, 7, 1, 7, 2], 3], "expected": 7, "sample": True},
        {"args": [[-5, 0, -9], 3], "expected": -9, "sample": True},
        # hand-picked edges
        {"args": [[42], 1], "expected": 42},                       # smallest input
        {"args": [[-V], 1], "expected": -V},
        {"args": [[V, -V], 1], "expected": V},
        {"args": [[V, -V], 2], "expected": -V},
        {"args": [[3, 3, 3, 3], 4], "expected": 3},                # all equal
        {"args": [[1, 2, 3, 4, 5, 6], 1], "expected": 6},          # sorted ascending
        {"args": [[6, 5, 4, 3, 2, 1], 6], "expected": 1},          # sorted descending, k = n
        {"args": [[2, 1, 2, 1, 2], 4], "expected": 1},             # duplicates across the boundary
        {"args": [[5, 5, 4, 4, 9], 3], "expected": 5},
    ]
    rng = random.Random(215)
    for n, lo, hi in ((5, -10, 10), (10, 0, 3), (30, -V, V), (100, -50, 50), (500, -V, V), (2000, 0, 0),
                      (5000, -V, V)):
        k = rng.randint(1, n)
        out.append({"args": [[rng.randint(lo, hi) for _ in range(n)], k]})
    # maximum size
    big = [rng.randint(-V, V) for _ in range(N_MAX)]
    out.append({"args": [big, N_MAX // 2], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)], 40000], "large": True})
    out.append({"args": [list(range(-V, V + 1)) * 4 + list(range(-V, -V + 19996)), 60000], "large": True})
    out.append({"args": [[rng.randint(-5, 5) for _ in range(N_MAX)], 1], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)], N_MAX], "large": True})
    for case in out:
        nums, k = case["args"]
        assert 1 <= k <= len(nums) <= N_MAX
        assert all(-V <= x <= V for x in nums)
    return out
