"""Target Sum cases: brute-checked lists of up to 12 numbers, then 20-number lists (2^20 patterns)."""
import random

N_MAX = 20
SUM_MAX = 1000


def _nums(rng, n, total):
    """n non-negative numbers with sum at most total."""
    cuts = sorted(rng.randint(0, total) for _ in range(n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    rng.shuffle(parts)
    return parts


def cases():
    out = [
        # statement examples
        {"args": [[3, 1, 2], 0], "expected": 2, "sample": True},
        {"args": [[2, 2, 2, 2], 4], "expected": 4, "sample": True},
        {"args": [[5, 0], -5], "expected": 2, "sample": True},
        # hand-picked edges
        {"args": [[1], 1], "expected": 1},
        {"args": [[1], -1], "expected": 1},
        {"args": [[1], 0], "expected": 0},
        {"args": [[0], 0], "expected": 2},
        {"args": [[0, 0, 0], 0], "expected": 8},
        {"args": [[1, 1, 1, 1, 1], 3], "expected": 5},
        {"args": [[1000], -1000], "expected": 1},
        {"args": [[7, 9], 1000], "expected": 0},           # out of reach
        {"args": [[2, 3], 0], "expected": 0},              # odd gap
        {"args": [[1, 2, 3], 1], "expected": 0},           # parity: all sums are even
        {"args": [[4, 4], 0], "expected": 2},
    ]

    rng = random.Random(494)
    for _ in range(10):  # small, brute-checked
        n = rng.randint(1, 12)
        nums = _nums(rng, n, rng.choice([n, 3 * n, 60]))
        s = sum(nums)
        out.append({"args": [nums, rng.randint(-s, s) if rng.random() < 0.8 else rng.randint(-1000, 1000)]})
    # 20 numbers each: 2^20 sign patterns
    out.append({"args": [[0] * N_MAX, 0], "large": True})
    out.append({"args": [[1] * N_MAX, 0], "large": True})
    out.append({"args": [[1] * N_MAX, 2], "large": True})
    out.append({"args": [[50] * N_MAX, 100], "large": True})
    out.append({"args": [[0] * 10 + [1] * 10, 0], "large": True})
    for _ in range(9):
        nums = _nums(rng, N_MAX, rng.choice([40, 200, SUM_MAX]))
        s = sum(nums)
        t = rng.randint(-s // 4, s // 4)
        out.append({"args": [nums, t], "large": True})

    for case in out:
        nums, target = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(0 <= x for x in nums) and sum(nums) <= SUM_MAX
        assert -1000 <= target <= 1000
        assert case.get("large") or len(nums) <= 12
    return out
