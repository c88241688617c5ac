"""Sliding Window Maximum cases; expected values come from the reference (brute agrees)."""
import random

N_MAX = 10**5
V = 10**4


def cases():
    out = [
        {"args": [[4, -2, 5, 3, 1, 0, 2], 3], "expected": [5, 5, 5, 3, 2], "sample": True},
        {"args": [[9, 8, 7], 1], "expected": [9, 8, 7], "sample": True},
        {"args": [[2, 6, 6, 1], 4], "expected": [6], "sample": True},
        {"args": [[5], 1]},
        {"args": [[-10000], 1]},
        {"args": [[1, 2, 3, 4, 5], 2]},          # increasing
        {"args": [[5, 4, 3, 2, 1], 2]},          # decreasing: the maximum keeps leaving
        {"args": [[3, 3, 3, 3], 2]},             # equal values
        {"args": [[1, -1], 1]},
        {"args": [[1, 3, -1, -3, 5, 3, 6, 7], 3]},
        {"args": [[7, 2, 4], 2]},
        {"args": [[9, 10, 9, -7, -4, -8, 2, -6], 5]},
        {"args": [[-5, -3, -9, -1], 3]},         # all negative
        {"args": [[10, 1, 1, 1, 1, 1], 3]},
        {"args": [[1, 1, 1, 1, 1, 10], 5]},
    ]
    rng = random.Random(239)
    for _ in range(10):
        n = rng.randint(1, 40)
        nums = [rng.randint(-rng.choice([3, 50, V]), rng.choice([3, 50, V])) for _ in range(n)]
        out.append({"args": [nums, rng.randint(1, n)]})
    for _ in range(2):
        out.append({"args": [[rng.randint(-V, V) for _ in range(2000)], rng.randint(1, 500)]})
    # maximum size: k = n / 2 makes the O(n * k) approach about 2.5 * 10^9 steps
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)], N_MAX // 2], "large": True})
    dec = [V - (i * 2 * V) // N_MAX for i in range(N_MAX)]
    out.append({"args": [dec, 30000], "large": True})
    inc = dec[::-1]
    out.append({"args": [inc, 30000], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)], 1], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)], N_MAX], "large": True})

    for index, case in enumerate(out):
        nums, k = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums) and 1 <= k <= len(nums), index
    return out
