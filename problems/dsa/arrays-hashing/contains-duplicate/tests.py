"""Contains Duplicate cases; every expected value is recomputed with a set below."""
import random

LIMIT = 10**9
N_MAX = 10**5


def _distinct(rng, n, lo, hi):
    return rng.sample(range(lo, hi + 1), n)


def _with_repeat(rng, n, lo, hi, i=None, j=None):
    """n values in [lo, hi], all distinct except one value placed at positions i and j."""
    nums = _distinct(rng, n - 1, lo, hi)
    if i is None:
        i, j = sorted(rng.sample(range(n), 2))
    value = nums[rng.randrange(len(nums))]
    nums.remove(value)
    rest = iter(nums)
    return [value if p in (i, j) else next(rest) for p in range(n)]


def cases():
    out = [
        # statement examples
        {"args": [[12, 7, 30, 7, 5]], "expected": True, "sample": True},
        {"args": [[-4, 9, 0, 16]], "expected": False, "sample": True},
        {"args": [[42]], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[1, 1]]},                               # smallest repeat
        {"args": [[5, -5]]},                              # same magnitude, different sign
        {"args": [[0, 0, 0, 0]]},                         # all equal
        {"args": [[LIMIT, -LIMIT, LIMIT]]},               # extremes, repeat not adjacent
        {"args": [[3, 1, 2, 3]]},                         # repeat at both ends
        {"args": [[9, 1, 9]]},                            # after sorting, the two largest are equal
        {"args": [[2, 4, 6, 8, 10, 12]]},                 # sorted, distinct
        {"args": [[50, 40, 30, 20, 10, 10]]},             # descending, repeat at the very end
        {"args": [[-1, -2, -3, -1]]},                     # negatives
        {"args": [[0]]},
        {"args": [[7, 8, 9, 10, 11, 7, 12]]},
    ]
    rng = random.Random(217)
    for _ in range(5):  # small, brute-checked
        n = rng.randint(2, 40)
        out.append({"args": [_distinct(rng, n, -60, 60)]})
        out.append({"args": [_with_repeat(rng, n, -60, 60)]})
    for _ in range(2):
        out.append({"args": [[rng.randint(-5, 5) for _ in range(rng.randint(10, 200))]]})
    out.append({"args": [_distinct(rng, 2000, -LIMIT, LIMIT)]})
    out.append({"args": [_with_repeat(rng, 2000, -LIMIT, LIMIT)]})

    # maximum size: checking every pair is hopeless here
    out.append({"args": [_distinct(rng, N_MAX, -LIMIT, LIMIT)], "large": True})
    out.append({"args": [sorted(_distinct(rng, N_MAX, -LIMIT, LIMIT))], "large": True})
    out.append({"args": [_with_repeat(rng, N_MAX, -N_MAX, N_MAX, 3, N_MAX - 1)], "large": True})
    out.append({"args": [_with_repeat(rng, N_MAX, 0, 10**6, N_MAX - 2, N_MAX - 1)], "large": True})
    out.append({"args": [[rng.randint(-3, 3)] * N_MAX], "large": True})

    for index, case in enumerate(out):
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(-LIMIT <= x <= LIMIT for x in nums), index
        answer = len(set(nums)) < len(nums)
        if "expected" in case:
            assert case["expected"] == answer, index
        else:
            case["expected"] = answer
    return out
