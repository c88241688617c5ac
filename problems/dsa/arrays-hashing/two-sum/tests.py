"""Two Sum cases. Every case has exactly one pair of indices summing to target (checked below)."""
import random
from collections import Counter

LIMIT = 10**9
N_MAX = 10**5


def _pairs(nums, target):
    """How many index pairs i < j have nums[i] + nums[j] == target (O(n))."""
    count = Counter(nums)
    total = 0
    for v, c in count.items():
        w = target - v
        if v < w:
            total += c * count.get(w, 0)
        elif v == w:
            total += c * (c - 1) // 2
    return total


def _build(rng, n, lo, hi, target, a, pos, decoy=False):
    """n values in [lo, hi] with the single pair (a, target - a) at positions pos; optionally one
    'decoy' value target/2 that would pair with itself if an index could be used twice."""
    b = target - a
    used = {a, b}
    fill = []
    if decoy and target % 2 == 0 and target // 2 not in used and lo <= target // 2 <= hi:
        fill.append(target // 2)
        used.add(target // 2)
    fill_set = set()  # values that may repeat freely: their partner never appears
    while len(fill) < n - 2:
        v = rng.randint(lo, hi)
        if v in fill_set:
            fill.append(v)
            continue
        if target - v in used or 2 * v == target:
            continue
        used.add(v)
        fill_set.add(v)
        fill.append(v)
        # repeat some values: duplicates that are not part of the answer
        while len(fill) < n - 2 and rng.random() < 0.2:
            fill.append(v)
    rng.shuffle(fill)
    i, j = pos
    nums = fill[:]
    for p, v in sorted([(i, a), (j, b)]):
        nums.insert(p, v)
    return nums


def _random_case(rng, n, lo, hi, pos=None, decoy=False, large=False):
    while True:
        target = rng.randint(max(-LIMIT, 2 * lo), min(LIMIT, 2 * hi))
        a_lo, a_hi = max(lo, target - hi), min(hi, target - lo)
        if a_lo <= a_hi:
            break
    a = rng.randint(a_lo, a_hi)
    if pos is None:
        i, j = sorted(rng.sample(range(n), 2))
    else:
        i, j = pos
    nums = _build(rng, n, lo, hi, target, a, (i, j), decoy)
    case = {"args": [nums, target], "expected": [i, j]}
    if large:
        case["large"] = True
    return case


def cases():
    out = [
        # statement examples
        {"args": [[4, 11, 7, 15], 22], "expected": [2, 3], "sample": True},
        {"args": [[-6, 10, 5, -6], -12], "expected": [0, 3], "sample": True},
        {"args": [[8, 1], 9], "expected": [1, 0], "sample": True},
        # hand-picked edges
        {"args": [[3, 2, 4], 6], "expected": [1, 2]},            # 3 must not pair with itself
        {"args": [[-4, 1, -9, 6], -8], "expected": [1, 2]},      # same trap, negative target
        {"args": [[0, 4, 3, 0], 0], "expected": [0, 3]},         # zeros
        {"args": [[5, 5], 10], "expected": [0, 1]},              # equal values, smallest input
        {"args": [[-1, -2, -3, -4, -5], -8], "expected": [2, 4]},
        {"args": [[10**9, -10**9], 0], "expected": [0, 1]},      # extreme values
        {"args": [[10**9, 3, 10**9 - 3, -10**9 + 1], 10**9], "expected": [1, 2]},
        {"args": [[2, 2, 2, 9, 5], 14], "expected": [3, 4]},     # duplicates outside the answer
        {"args": [[7, 1, 1, 1, 1, 13], 20], "expected": [0, 5]}, # answer at both ends
        {"args": [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 19], "expected": [8, 9]},
        {"args": [[6, 3, 8, 2], 9], "expected": [0, 1]},         # answer at the start
    ]

    rng = random.Random(20240101)
    for _ in range(8):  # small, brute-checked
        n = rng.randint(2, 30)
        out.append(_random_case(rng, n, -20, 20, decoy=rng.random() < 0.5))
    for _ in range(3):
        out.append(_random_case(rng, rng.randint(200, 2000), -LIMIT, LIMIT, decoy=True))

    # maximum size: O(n^2) pair checks are hopeless at n = 10^5
    n = N_MAX
    out.append(_random_case(rng, n, -LIMIT, LIMIT, pos=(n - 2, n - 1), decoy=True, large=True))
    out.append(_random_case(rng, n, -LIMIT, LIMIT, pos=(n // 2, n - 1), large=True))
    out.append(_random_case(rng, n, -LIMIT, LIMIT, large=True))
    # many duplicates: small values that can never reach the target, plus one pair of 500s
    fill = [rng.randint(-50, 50) for _ in range(n - 2)]
    fill[n - 3:n - 3] = [500]
    fill.append(500)
    out.append({"args": [fill, 1000], "expected": [n - 3, n - 1], "large": True})
    # the extremes pair up; everything else is positive
    fill = [rng.randint(1, LIMIT - 1) for _ in range(n - 2)]
    fill.insert(n - 2, -LIMIT)
    fill.append(LIMIT)
    out.append({"args": [fill, 0], "expected": [n - 2, n - 1], "large": True})

    for index, case in enumerate(out):
        nums, target = case["args"]
        assert 2 <= len(nums) <= N_MAX, index
        assert all(-LIMIT <= v <= LIMIT for v in nums) and -LIMIT <= target <= LIMIT, index
        assert _pairs(nums, target) == 1, f"case {index} does not have exactly one answer"
        i, j = case["expected"]
        assert i != j and nums[i] + nums[j] == target, index
    return out
