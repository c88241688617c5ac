"""Product of Array Except Self cases. Values are mostly +-1 so every prefix/suffix product stays
within 32 bits (checked below); expected values come from the reference."""
import random

N_MAX = 10**5
LIM = 2**31


def _safe(rng, n, zeros=0, bigs=12):
    """n values, mostly +-1, with a few larger factors and `zeros` zeros at random positions."""
    nums = [rng.choice([1, -1]) for _ in range(n)]
    for p in rng.sample(range(n), min(n, bigs)):
        nums[p] = rng.choice([2, 3, -2, -3, 5, -5])
    for p in rng.sample(range(n), min(n, zeros)):
        nums[p] = 0
    return nums


def _ok(nums):
    p = 1
    for x in nums:
        p *= x
        if not -LIM <= p < LIM:
            return False
    p = 1
    for x in reversed(nums):
        p *= x
        if not -LIM <= p < LIM:
            return False
    return True


def cases():
    out = [
        {"args": [[2, 3, 5, 4]], "expected": [60, 40, 24, 30], "sample": True},
        {"args": [[-2, 0, 3, 1]], "expected": [0, -6, 0, 0], "sample": True},
        {"args": [[7, -1]], "expected": [-1, 7], "sample": True},
        {"args": [[0, 0]]},                       # two zeros: everything is 0
        {"args": [[0, 5]]},
        {"args": [[5, 0, 0, 3]]},
        {"args": [[1, 1, 1, 1]]},
        {"args": [[-1, -1, -1]]},
        {"args": [[30, 30, 30, 30, 30]]},         # 30^4 fits in 32 bits
        {"args": [[-30, 30, -30, 30, 2]]},
        {"args": [[0, 1, 2, 3, 4]]},              # zero at the start
        {"args": [[4, 3, 2, 1, 0]]},              # zero at the end
        {"args": [[2, 2, 2, 2, 2, 2, 2, 2, 2, 2]]},
        {"args": [[1, -1]]},
        {"args": [[-3, 7, -11, 13, 0, 1]]},
    ]
    rng = random.Random(238)
    for _ in range(8):
        n = rng.randint(2, 30)
        out.append({"args": [_safe(rng, n, zeros=rng.choice([0, 0, 1, 2]), bigs=rng.randint(0, 8))]})
    for _ in range(2):
        out.append({"args": [_safe(rng, rng.randint(500, 3000), zeros=rng.choice([0, 1]))]})
    # maximum size: O(n^2) is hopeless
    out.append({"args": [_safe(rng, N_MAX)], "large": True})
    out.append({"args": [_safe(rng, N_MAX, zeros=1)], "large": True})
    out.append({"args": [_safe(rng, N_MAX, zeros=3)], "large": True})
    out.append({"args": [[1] * N_MAX], "large": True})

    for index, case in enumerate(out):
        (nums,) = case["args"]
        assert 2 <= len(nums) <= N_MAX and all(-30 <= x <= 30 for x in nums), index
        assert _ok(nums), index
    return out
