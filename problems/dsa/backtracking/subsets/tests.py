"""Subsets cases: distinct values; any order of subsets and of the numbers inside them."""
import random

N_MAX = 10
V = 10


def cases():
    out = [
        # statement examples
        {"args": [[4, 9]], "expected": [[], [4], [9], [4, 9]], "sample": True},
        {"args": [[-3]], "expected": [[], [-3]], "sample": True},
        {"args": [[0, 5, -2]],
         "expected": [[], [0], [5], [-2], [0, 5], [0, -2], [5, -2], [0, 5, -2]], "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": [[], [0]]},
        {"args": [[10]], "expected": [[], [10]]},
        {"args": [[-10, 10]], "expected": [[], [-10], [10], [-10, 10]]},
        {"args": [[3, 1, 2]], "expected": [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]},
        {"args": [[-1, -2, -3, -4]]},                     # all negative
        {"args": [[5, 4, 3, 2, 1]]},                      # descending
    ]
    rng = random.Random(78)
    for n in (2, 3, 4, 5, 6, 7, 8, 9):
        out.append({"args": [rng.sample(range(-V, V + 1), n)]})
    # maximum size: 2^10 = 1024 subsets
    out.append({"args": [rng.sample(range(-V, V + 1), N_MAX)], "large": True})
    out.append({"args": [list(range(N_MAX))], "large": True})
    out.append({"args": [list(range(-V, -V + N_MAX))], "large": True})
    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and len(set(nums)) == len(nums)
        assert all(-V <= x <= V for x in nums)
    return out
