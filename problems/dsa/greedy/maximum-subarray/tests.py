"""Maximum Subarray cases: brute-checked small arrays, then arrays of 10^5 values."""
import random

V = 10**4
N_MAX = 10**5


def _arr(rng, n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


def cases():
    out = [
        # statement examples
        {"args": [[3, -5, 4, -1, 2, 6, -9, 1]], "expected": 11, "sample": True},
        {"args": [[-8, -3, -6]], "expected": -3, "sample": True},
        {"args": [[7]], "expected": 7, "sample": True},
        # hand-picked edges
        {"args": [[-1]], "expected": -1},
        {"args": [[0]], "expected": 0},
        {"args": [[-10000]], "expected": -10000},
        {"args": [[-4, -4, -4]], "expected": -4},                  # all equal negatives
        {"args": [[0, -1, 0, -2]], "expected": 0},
        {"args": [[1, 2, 3, 4]], "expected": 10},                  # the whole array
        {"args": [[5, -6, 5]], "expected": 5},                     # bridging a deep loss does not pay
        {"args": [[5, -4, 5]], "expected": 6},                     # bridging a shallow loss does
        {"args": [[-2, -3, 4, -1, -2, 1, 5, -3]], "expected": 7},
        {"args": [[-5, 1, -5, -5]], "expected": 1},
        {"args": [[10000, -10000, 10000]], "expected": 10000},
        {"args": [[-3, -2, -9, -1, -7]], "expected": -1},           # best single day in the middle
        {"args": [[2, -1, 2, -1, 2, -1]], "expected": 4},
    ]

    rng = random.Random(53)
    for _ in range(8):  # small, brute-checked
        n = rng.randint(1, 60)
        out.append({"args": [_arr(rng, n, *rng.choice([(-V, V), (-20, 20), (-50, 10), (-V, -1)]))]})
    out.append({"args": [_arr(rng, 300)]})
    out.append({"args": [_arr(rng, 400, -10, 3)]})

    # maximum size
    out.append({"args": [_arr(rng, N_MAX)], "large": True})
    out.append({"args": [_arr(rng, N_MAX, -V, -1)], "large": True})          # all negative
    out.append({"args": [_arr(rng, N_MAX, -100, 101)], "large": True})       # a long positive drift
    big = _arr(rng, N_MAX, -V, V // 2)                                       # negative drift, one planted run
    big[60000:60050] = [V] * 50
    out.append({"args": [big], "large": True})
    out.append({"args": [[V] * N_MAX], "large": True})                       # sum 10^9

    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        assert case.get("large") or len(nums) <= 400
    return out
