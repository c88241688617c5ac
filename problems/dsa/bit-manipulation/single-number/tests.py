"""Single Number cases. Every case: exactly one value once, all others exactly twice (checked)."""
import random
from collections import Counter

V = 3 * 10**4
N_MAX = 3 * 10**4


def _build(rng, pairs, lo=-V, hi=V, single=None, single_last=False):
    values = rng.sample(range(lo, hi + 1), pairs + 1)
    if single is not None and single not in values[1:]:
        values[0] = single
    elif single is not None:
        values.remove(single)
        values.insert(0, single)
    lone, twins = values[0], values[1:]
    nums = twins * 2
    rng.shuffle(nums)
    if single_last:
        nums.append(lone)
    else:
        nums.insert(rng.randint(0, len(nums)), lone)
    return {"args": [nums], "expected": lone}


def cases():
    out = [
        # statement examples
        {"args": [[6, 9, 6]], "expected": 9, "sample": True},
        {"args": [[-3, 12, 5, 12, -3]], "expected": 5, "sample": True},
        {"args": [[0]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[-30000]], "expected": -30000},
        {"args": [[30000]], "expected": 30000},
        {"args": [[7, 7, -1]], "expected": -1},                     # unmatched value last
        {"args": [[-1, 7, 7]], "expected": -1},                     # unmatched value first
        {"args": [[0, 4, 4]], "expected": 0},                       # the lonely value is 0
        {"args": [[1, -1, 1]], "expected": -1},                     # a value and its negation
        {"args": [[2, 3, 2, 3, 1]], "expected": 1},
        {"args": [[30000, -30000, 30000]], "expected": -30000},
        {"args": [[5, 4, 3, 2, 1, 1, 2, 3, 4]], "expected": 5},     # mirrored pairs
        {"args": [[8, 8, 9, 9, 10, 10, 11]], "expected": 11},       # sorted, lone value largest
    ]

    rng = random.Random(136)
    for _ in range(8):  # small, brute-checked
        out.append(_build(rng, rng.randint(1, 40), *rng.choice([(-V, V), (-50, 50), (0, 100)])))
    out.append(_build(rng, 500, single=0))

    # maximum size: nums.length is odd, so 2 * 14999 + 1 = 29999
    pairs = (N_MAX - 1) // 2
    for case in (_build(rng, pairs, single_last=True), _build(rng, pairs, single_last=True),
                 _build(rng, pairs, single=-V, single_last=True), _build(rng, pairs),
                 _build(rng, pairs, lo=-pairs, hi=pairs, single_last=True)):
        case["large"] = True
        out.append(case)

    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        counts = Counter(nums)
        assert sorted(counts.values()).count(1) == 1 and all(c in (1, 2) for c in counts.values())
        assert counts[case["expected"]] == 1
    return out
