"""Find Minimum in Rotated Sorted Array cases: distinct sorted values, rotated 1..n times."""
import random

V = 5000
N_MAX = 5000


def _rotated(values, k):
    """values sorted ascending, rotated k times (the last k elements moved to the front)."""
    k %= len(values)
    return values[len(values) - k:] + values[:len(values) - k]


def _random(rng, n, k=None):
    values = sorted(rng.sample(range(-V, V + 1), n))
    if k is None:
        k = rng.randint(1, n)
    return {"args": [_rotated(values, k)]}


def cases():
    out = [
        # statement examples
        {"args": [[8, 10, 13, 1, 4, 6]], "expected": 1, "sample": True},
        {"args": [[-3, 0, 2, 9]], "expected": -3, "sample": True},
        {"args": [[7, -2]], "expected": -2, "sample": True},
        # hand-picked edges
        {"args": [[42]]},
        {"args": [[1, 2]]},
        {"args": [[2, 1]]},
        {"args": [[2, 3, 1]]},
        {"args": [[3, 1, 2]]},
        {"args": [[5, 1, 2, 3, 4]]},                   # minimum right after the first element
        {"args": [[2, 3, 4, 5, 1]]},                   # minimum last
        {"args": [list(range(-V, -V + 100))]},         # not rotated (rotated n times)
        {"args": [[V, -V]]},
        {"args": [_rotated(list(range(-10, 11)), 10)]},
    ]
    rng = random.Random(153)
    for n in (3, 4, 5, 7, 10, 16, 33, 100, 500, 1000):
        out.append(_random(rng, n))
    for k in (1, 2, N_MAX // 2, N_MAX - 1, N_MAX):
        out.append(_random(rng, N_MAX, k))
    for case in out:
        nums = case["args"][0]
        assert 1 <= len(nums) <= N_MAX and len(set(nums)) == len(nums)
        assert all(-V <= x <= V for x in nums)
        i = nums.index(min(nums))
        assert nums[i:] + nums[:i] == sorted(nums)
    return out
