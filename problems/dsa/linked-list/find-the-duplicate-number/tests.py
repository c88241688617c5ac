"""Find The Duplicate Number cases: n + 1 values in [1, n], exactly one value repeated."""
import random
from collections import Counter

N_MAX = 10**5


def _make(rng, n, copies, shuffle=True):
    """n + 1 values in [1, n]: one value `copies` times, the others distinct."""
    dup = rng.randint(1, n)
    others = [v for v in range(1, n + 1) if v != dup]
    rng.shuffle(others)
    values = others[: n + 1 - copies] + [dup] * copies
    if shuffle:
        rng.shuffle(values)
    return values


def cases():
    out = [
        # statement examples
        {"args": [[3, 1, 4, 2, 4]], "expected": 4, "sample": True},
        {"args": [[2, 2, 2, 1]], "expected": 2, "sample": True},
        {"args": [[1, 1]], "expected": 1, "sample": True},
        # hand-picked edges
        {"args": [[2, 2, 2]], "expected": 2},
        {"args": [[1, 2, 1]], "expected": 1},
        {"args": [[1, 3, 4, 2, 2]], "expected": 2},
        {"args": [[5, 5, 5, 5, 5, 5]], "expected": 5},               # all equal
        {"args": [[1, 2, 3, 4, 5, 5]], "expected": 5},               # sorted, dup at the end
        {"args": [[4, 4, 1, 2, 3]], "expected": 4},                  # dup at the front
        {"args": [[2, 1, 3, 3, 3, 3, 3]], "expected": 3},
    ]
    rng = random.Random(287)
    for n, copies in ((5, 2), (10, 3), (50, 2), (100, 40), (1000, 2), (1000, 999), (5000, 7)):
        out.append({"args": [_make(rng, n, copies)]})
    # maximum size: the duplicate pair sits at the very end, so pairwise comparison does
    # about n^2 / 2 = 5 * 10^9 steps
    n = N_MAX
    dup = rng.randint(1, n)
    others = [v for v in range(1, n + 1) if v != dup]
    rng.shuffle(others)
    out.append({"args": [others + [dup, dup]], "large": True})
    out.append({"args": [list(range(1, n + 1)) + [n]], "large": True})
    out.append({"args": [_make(rng, n, 2)], "large": True})
    out.append({"args": [_make(rng, n, n // 2)], "large": True})
    for case in out:
        (nums,) = case["args"]
        n = len(nums) - 1
        assert 1 <= n <= N_MAX and all(1 <= v <= n for v in nums)
        assert sum(1 for c in Counter(nums).values() if c > 1) == 1
    return out
