"""Trapping Rain Water cases; expected values come from the reference (brute agrees)."""
import random

N_MAX = 2 * 10**4
H_MAX = 10**5


def cases():
    out = [
        {"args": [[3, 0, 1, 0, 4, 1, 2]], "expected": 9, "sample": True},
        {"args": [[1, 2, 3, 2, 1]], "expected": 0, "sample": True},
        {"args": [[5, 1, 5, 1, 5]], "expected": 8, "sample": True},
        {"args": [[0]]},
        {"args": [[7]]},
        {"args": [[4, 2]]},
        {"args": [[2, 0, 2]]},
        {"args": [[0, 0, 0, 0]]},
        {"args": [[1, 2, 3, 4, 5]]},                     # increasing: nothing trapped
        {"args": [[5, 4, 3, 2, 1]]},                     # decreasing
        {"args": [[5, 1, 1, 1, 1, 1, 1, 2]]},            # right wall lower than left
        {"args": [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]]},
        {"args": [[4, 2, 0, 3, 2, 5]]},
        {"args": [[100000, 0, 100000]]},
        {"args": [[3, 1, 2, 1, 3]]},                     # neighbours-only misses the inner level
        {"args": [[2, 2, 2, 2]]},
    ]
    rng = random.Random(42)
    for _ in range(8):
        n = rng.randint(1, 40)
        out.append({"args": [[rng.randint(0, rng.choice([3, 10, H_MAX])) for _ in range(n)]]})
    for _ in range(2):
        out.append({"args": [[rng.randint(0, H_MAX) for _ in range(1000)]]})
    # maximum size: scanning both sides for every column is about 4 * 10^8 steps
    out.append({"args": [[rng.randint(0, H_MAX) for _ in range(N_MAX)]], "large": True})
    valley = [abs(i - N_MAX // 2) * 10 for i in range(N_MAX)]
    out.append({"args": [valley], "large": True})
    out.append({"args": [[H_MAX] + [0] * (N_MAX - 2) + [H_MAX]], "large": True})
    out.append({"args": [[rng.randint(0, 3) for _ in range(N_MAX)]], "large": True})

    for index, case in enumerate(out):
        (h,) = case["args"]
        assert 1 <= len(h) <= N_MAX and all(0 <= x <= H_MAX for x in h), index
    return out
