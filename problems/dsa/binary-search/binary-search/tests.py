"""Binary Search cases: a strictly increasing array and a target that may or may not be in it."""
import random

LIMIT = 10**4 - 1   # values and target lie strictly between -10^4 and 10^4
N_MAX = 10**4


def _sorted_distinct(rng, n, lo=-LIMIT, hi=LIMIT):
    return sorted(rng.sample(range(lo, hi + 1), n))


def _missing(rng, nums, lo=-LIMIT, hi=LIMIT):
    """A value in [lo, hi] that is not in nums (nums never fills the whole range here)."""
    present = set(nums)
    while True:
        v = rng.randint(lo, hi)
        if v not in present:
            return v


def cases():
    out = [
        # statement examples
        {"args": [[-8, -3, 0, 6, 14, 21], 6], "expected": 3, "sample": True},
        {"args": [[-8, -3, 0, 6, 14, 21], 7], "expected": -1, "sample": True},
        {"args": [[40], 40], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[40], 39], "expected": -1},                      # one element, missing below
        {"args": [[40], 41], "expected": -1},                      # one element, missing above
        {"args": [[2, 9], 2], "expected": 0},                      # two elements, both ends
        {"args": [[2, 9], 9], "expected": 1},
        {"args": [[2, 9], 5], "expected": -1},                     # two elements, gap between
        {"args": [[1, 3, 5, 7, 9], 1], "expected": 0},             # first
        {"args": [[1, 3, 5, 7, 9], 9], "expected": 4},             # last
        {"args": [[1, 3, 5, 7, 9], 0], "expected": -1},            # below everything
        {"args": [[1, 3, 5, 7, 9], 10], "expected": -1},           # above everything
        {"args": [[1, 3, 5, 7, 9], 6], "expected": -1},            # in a gap
        {"args": [[-9999, 0, 9999], -9999], "expected": 0},        # value extremes
        {"args": [[-9999, 0, 9999], 9999], "expected": 2},
        {"args": [[-5, -4, -3, -2, -1], -2], "expected": 3},       # all negative
        {"args": [[0, 1, 2, 3, 4, 5, 6, 7], 7], "expected": 7},    # even length, last
        {"args": [[0, 1, 2, 3, 4, 5, 6, 7], 8], "expected": -1},
    ]
    rng = random.Random(704)
    for n in (3, 4, 6, 9, 16, 33, 100, 257, 1000):
        nums = _sorted_distinct(rng, n, -60 if n < 50 else -LIMIT, 60 if n < 50 else LIMIT)
        out.append({"args": [nums, nums[rng.randrange(n)]]})
        out.append({"args": [nums, _missing(rng, nums, nums[0] - 2, nums[-1] + 2)]})
    # maximum size
    nums = _sorted_distinct(rng, N_MAX)
    extreme = LIMIT if nums[-1] != LIMIT else -LIMIT  # missing, outside (or at the edge of) nums
    assert extreme not in nums
    for target in (nums[0], nums[-1], nums[N_MAX // 2], nums[rng.randrange(N_MAX)],
                   _missing(rng, nums), extreme):
        out.append({"args": [nums, target], "large": True})
    dense = list(range(-5000, 5000))                                 # consecutive values
    out.append({"args": [dense, 4999], "expected": N_MAX - 1, "large": True})
    out.append({"args": [dense, -5001], "expected": -1, "large": True})
    out.append({"args": [dense, 5000], "expected": -1, "large": True})
    for case in out:
        nums, target = case["args"]
        assert 1 <= len(nums) <= N_MAX
        assert all(a < b for a, b in zip(nums, nums[1:]))
        assert all(-LIMIT <= v <= LIMIT for v in nums) and -LIMIT <= target <= LIMIT
    return out
