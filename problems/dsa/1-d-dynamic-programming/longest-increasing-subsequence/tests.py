"""Longest Increasing Subsequence cases; the brute is the O(n^2) DP and runs on the small cases."""
import random

N_MAX = 2500
V = 10**4


def cases():
    out = [
        {"args": [[5, 1, 6, 2, 7, 3, 4]], "expected": 4, "sample": True},
        {"args": [[8, 8, 8]], "expected": 1, "sample": True},
        {"args": [[-3, 10, -1, 0, 12, 11, 12]], "expected": 5, "sample": True},
        # hand-picked edges
        {"args": [[42]], "expected": 1},
        {"args": [[1, 2]], "expected": 2},
        {"args": [[2, 1]], "expected": 1},
        {"args": [[1, 1, 2, 2, 3, 3]], "expected": 3},
        {"args": [[9, 1, 2, 3]], "expected": 3},                   # greedy from the first element fails
        {"args": [[1, 5, 2, 3, 4]], "expected": 4},                # not a contiguous run
        {"args": [[10, 9, 2, 5, 3, 7, 101, 18]], "expected": 4},
        {"args": [[0, 1, 0, 3, 2, 3]], "expected": 4},
        {"args": [[V, -V]], "expected": 1},
        {"args": [[-V, 0, V]], "expected": 3},
        {"args": [[4, 10, 4, 3, 8, 9]], "expected": 3},
    ]
    rng = random.Random(300)
    for _ in range(10):  # small random
        n = rng.randint(1, 40)
        hi = rng.choice([3, 20, V])
        out.append({"args": [[rng.randint(-hi, hi) for _ in range(n)]]})
    # maximum size
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [list(range(-1250, 1250))], "expected": N_MAX, "large": True})
    out.append({"args": [list(range(1250, -1250, -1))], "expected": 1, "large": True})
    out.append({"args": [[7] * N_MAX], "expected": 1, "large": True})
    out.append({"args": [[rng.randint(0, 5) for _ in range(N_MAX)]], "large": True})
    noisy = [max(-V, min(V, i * 8 - V + rng.randint(-30, 30))) for i in range(N_MAX)]  # nearly sorted
    out.append({"args": [noisy], "large": True})
    zigzag = [i if i % 2 == 0 else i - 3 for i in range(N_MAX)]
    out.append({"args": [zigzag], "large": True})
    for case in out:
        nums = case["args"][0]
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        if not case.get("large"):
            assert len(nums) <= 40
    return out
