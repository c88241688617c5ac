"""Burst Balloons cases: brute-checked rows of up to 7 balloons, then rows of up to 300."""
import random

N_MAX = 300
V_MAX = 100


def cases():
    out = [
        # statement examples
        {"args": [[2, 4, 3]], "expected": 33, "sample": True},
        {"args": [[7]], "expected": 7, "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": 0},
        {"args": [[100]], "expected": 100},
        {"args": [[3, 1, 5, 8]], "expected": 167},
        {"args": [[1, 5]], "expected": 10},
        {"args": [[0, 0, 0]], "expected": 0},
        {"args": [[5, 5, 5, 5]]},
        {"args": [[9, 0, 9]]},
        {"args": [[1, 2, 3, 4, 5]]},
    ]

    rng = random.Random(312)
    for _ in range(10):  # small, brute-checked
        n = rng.randint(1, 7)
        out.append({"args": [[rng.randint(0, rng.choice([3, 10, V_MAX])) for _ in range(n)]]})
    # large
    out.append({"args": [[rng.randint(0, V_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[V_MAX] * 200], "large": True})
    out.append({"args": [[rng.randint(0, V_MAX) for _ in range(150)]], "large": True})
    out.append({"args": [[0] * 100], "large": True})
    out.append({"args": [list(range(1, 101))], "large": True})
    out.append({"args": [[rng.randint(0, 5) for _ in range(12)]], "large": True})

    for case in out:
        (nums,) = case["args"]
        assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V_MAX for x in nums)
        assert case.get("large") or len(nums) <= 7
    return out
