"""Permutations cases: distinct values; permutations in any order (each one's order matters)."""
import random

N_MAX = 6
V = 10


def cases():
    out = [
        # statement examples
        {"args": [[7, -2, 0]],
         "expected": [[7, -2, 0], [7, 0, -2], [-2, 7, 0], [-2, 0, 7], [0, 7, -2], [0, -2, 7]], "sample": True},
        {"args": [[4, 9]], "expected": [[4, 9], [9, 4]], "sample": True},
        {"args": [[5]], "expected": [[5]], "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": [[0]]},
        {"args": [[-V]], "expected": [[-V]]},
        {"args": [[-V, V]], "expected": [[-V, V], [V, -V]]},
        {"args": [[1, 2, 3]]},
        {"args": [[3, 2, 1]]},
        {"args": [[-1, -2, -3, -4]]},
        {"args": [[0, 1, 2, 3, 4]]},
        {"args": [[10, -10, 0, 5, -5]]},
    ]
    rng = random.Random(46)
    for n in (2, 3, 3, 4, 4, 5, 5, 6):
        out.append({"args": [rng.sample(range(-V, V + 1), n)]})
    # maximum size: 6! = 720 permutations
    out.append({"args": [rng.sample(range(-V, V + 1), N_MAX)], "large": True})
    out.append({"args": [[1, 2, 3, 4, 5, 6]], "large": True})
    out.append({"args": [[V, 9, 8, -8, -9, -V]], "large": True})
    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and len(set(nums)) == len(nums)
        assert all(-V <= x <= V for x in nums)
    return out
