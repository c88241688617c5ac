"""Subsets II cases: values may repeat; subsets in any order, numbers inside a subset in any order."""
import random

N_MAX = 10
V = 10


def cases():
    out = [
        # statement examples
        {"args": [[3, 1, 3]], "expected": [[], [1], [3], [1, 3], [3, 3], [1, 3, 3]], "sample": True},
        {"args": [[-4, -4]], "expected": [[], [-4], [-4, -4]], "sample": True},
        {"args": [[6]], "expected": [[], [6]], "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": [[], [0]]},
        {"args": [[V] * N_MAX]},                              # all equal, maximum length
        {"args": [[-V, V]], "expected": [[], [-V], [V], [-V, V]]},
        {"args": [[2, 1, 2, 1]]},
        {"args": [[1, 2, 2]]},
        {"args": [[2, 2, 1]]},                                # repeats before the smaller value
        {"args": [[5, 4, 3, 2, 1]]},                          # distinct, descending
        {"args": [[0, 0, 0, -1, -1, 1]]},
        {"args": [[-3, -3, -3, -3, 7]]},
    ]
    rng = random.Random(90)
    for n, lo, hi in ((2, -1, 1), (3, -2, 2), (4, -2, 2), (5, -V, V), (6, 0, 2), (7, -3, 3), (8, -V, V),
                      (9, 0, 1)):
        out.append({"args": [[rng.randint(lo, hi) for _ in range(n)]]})
    # maximum size
    out.append({"args": [rng.sample(range(-V, V + 1), N_MAX)], "large": True})
    out.append({"args": [[rng.randint(-2, 2) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})
    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
    return out
