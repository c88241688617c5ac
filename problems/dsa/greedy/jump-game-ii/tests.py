"""Jump Game II cases: brute-checked short rows, then 10^4-stone rows."""
import random

N_MAX = 10**4
V_MAX = 1000


def _reachable(nums):
    far = 0
    for i, x in enumerate(nums):
        if i > far:
            return False
        far = max(far, i + x)
    return True


def _row(rng, n, hi):
    while True:
        nums = [rng.randint(0, hi) for _ in range(n)]
        if _reachable(nums):
            return nums


def cases():
    out = [
        # statement examples
        {"args": [[3, 1, 4, 0, 1, 1, 2]], "expected": 2, "sample": True},
        {"args": [[4, 0, 0]], "expected": 1, "sample": True},
        {"args": [[0]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[5]], "expected": 0},
        {"args": [[1, 0]], "expected": 1},
        {"args": [[1, 1, 1, 1]], "expected": 3},
        {"args": [[2, 3, 1, 1, 4]], "expected": 2},
        {"args": [[2, 3, 0, 1, 4]], "expected": 2},
        {"args": [[1, 2, 1, 1, 1]], "expected": 3},
        {"args": [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]], "expected": 1},
        {"args": [[2, 1, 2, 1, 0]], "expected": 2},
        {"args": [[1000, 0]], "expected": 1},
    ]

    rng = random.Random(45)
    for _ in range(10):  # small, brute-checked
        n = rng.randint(1, 15)
        out.append({"args": [_row(rng, n, rng.choice([2, 3, 6]))]})
    # large
    out.append({"args": [[1] * N_MAX], "large": True})
    for _ in range(8):
        out.append({"args": [[rng.randint(700, V_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[V_MAX] * N_MAX], "large": True})
    out.append({"args": [[rng.randint(1, 3) for _ in range(N_MAX)]], "large": True})

    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V_MAX for x in nums) and _reachable(nums)
        assert case.get("large") or len(nums) <= 15
    return out
