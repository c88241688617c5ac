"""Counting Bits cases: a single integer n."""
import random

N_MAX = 10**5


def cases():
    out = [
        # statement examples
        {"args": [4], "expected": [0, 1, 1, 2, 1], "sample": True},
        {"args": [7], "expected": [0, 1, 1, 2, 1, 2, 2, 3], "sample": True},
        {"args": [0], "expected": [0], "sample": True},
        # hand-picked edges
        {"args": [1], "expected": [0, 1]},
        {"args": [2], "expected": [0, 1, 1]},
        {"args": [3], "expected": [0, 1, 1, 2]},
        {"args": [8], "expected": [0, 1, 1, 2, 1, 2, 2, 3, 1]},
        {"args": [15]},
        {"args": [16]},
        {"args": [255]},
        {"args": [1024]},
        {"args": [1023]},
    ]
    rng = random.Random(338)
    for _ in range(5):
        out.append({"args": [rng.randint(2, 5000)]})
    # maximum size
    out.append({"args": [N_MAX], "large": True})
    out.append({"args": [2**16 - 1], "large": True})
    out.append({"args": [rng.randint(N_MAX // 2, N_MAX)], "large": True})
    for case in out:
        assert 0 <= case["args"][0] <= N_MAX
    return out
