"""Search in Rotated Sorted Array cases: a strictly increasing array rotated left by k, and a target."""
import random

LIMIT = 10**4
N_MAX = 5000


def _rotated(rng, n, k=None, lo=-LIMIT, hi=LIMIT):
    base = sorted(rng.sample(range(lo, hi + 1), n))
    k = rng.randrange(n) if k is None else k
    return base[k:] + base[:k]


def _missing(rng, nums, lo=-LIMIT, hi=LIMIT):
    present = set(nums)
    while True:
        v = rng.randint(lo, hi)
        if v not in present:
            return v


def cases():
    out = [
        # statement examples
        {"args": [[15, 18, 22, 3, 7, 9], 7], "expected": 4, "sample": True},
        {"args": [[15, 18, 22, 3, 7, 9], 10], "expected": -1, "sample": True},
        {"args": [[-6, -1, 4, 12], -6], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[5], 5], "expected": 0},                          # one element
        {"args": [[5], -5], "expected": -1},
        {"args": [[3, 1], 1], "expected": 1},                       # two elements, rotated
        {"args": [[3, 1], 3], "expected": 0},
        {"args": [[1, 3], 3], "expected": 1},                       # two elements, not rotated
        {"args": [[3, 1], 2], "expected": -1},
        {"args": [[9, 1, 2, 3, 4, 5, 6], 9], "expected": 0},        # target is the lone big one
        {"args": [[9, 1, 2, 3, 4, 5, 6], 6], "expected": 6},
        {"args": [[2, 3, 4, 5, 6, 7, 1], 1], "expected": 6},        # rotated by n - 1
        {"args": [[2, 3, 4, 5, 6, 7, 1], 8], "expected": -1},       # above everything
        {"args": [[2, 3, 4, 5, 6, 7, 1], 0], "expected": -1},       # below everything
        {"args": [[10, 20, 30, -30, -20, -10], -20], "expected": 4},
        {"args": [[10, 20, 30, -30, -20, -10], 25], "expected": -1},  # gap in the left run
        {"args": [[10, 20, 30, -30, -20, -10], -15], "expected": -1}, # gap in the right run
        {"args": [[10000, -10000], -10000], "expected": 1},           # value extremes
    ]
    rng = random.Random(33)
    # every rotation of one small array, every element and a gap as target
    base = [-7, -2, 0, 4, 9, 13, 21]
    for k in range(len(base)):
        nums = base[k:] + base[:k]
        for t in (nums[rng.randrange(7)], 5):
            out.append({"args": [nums, t]})
    for n in (3, 8, 15, 40, 120, 600, 2000):
        nums = _rotated(rng, n, lo=-50 if n < 40 else -LIMIT, hi=50 if n < 40 else LIMIT)
        out.append({"args": [nums, nums[rng.randrange(n)]]})
        out.append({"args": [nums, _missing(rng, nums)]})
    # maximum size, assorted rotations, present and missing targets
    for k in (0, 1, N_MAX // 2, N_MAX - 1, None):
        nums = _rotated(rng, N_MAX, k)
        out.append({"args": [nums, nums[rng.randrange(N_MAX)]], "large": True})
        out.append({"args": [nums, _missing(rng, nums)], "large": True})
    nums = _rotated(rng, N_MAX, 1234)
    for t in (nums[0], nums[-1], nums[N_MAX - 1234], nums[N_MAX - 1235]):  # ends and the seam
        out.append({"args": [nums, t], "large": True})
    for case in out:
        nums, target = case["args"]
        assert 1 <= len(nums) <= N_MAX and len(set(nums)) == len(nums)
        assert all(-LIMIT <= v <= LIMIT for v in nums) and -LIMIT <= target <= LIMIT
        drops = sum(a > b for a, b in zip(nums, nums[1:]))
        assert drops == 0 or (drops == 1 and nums[-1] < nums[0])
    return out
