"""Happy Number cases; expected values come from the reference (the set-based brute agrees)."""
import random

N_MAX = 2**31 - 1


def cases():
    out = [
        {"args": [23], "expected": True, "sample": True},
        {"args": [4], "expected": False, "sample": True},
        {"args": [1], "expected": True, "sample": True},
        {"args": [2]},
        {"args": [7]},                  # happy single digit other than 1
        {"args": [10]},
        {"args": [19]},
        {"args": [89]},                 # inside the unhappy cycle
        {"args": [145]},
        {"args": [100]},
        {"args": [3]},
        {"args": [78999]},              # happy, needs several steps
        {"args": [356]},
        {"args": [N_MAX]},
        {"args": [1111111]},            # 7 ones -> 7 -> ... -> 1
        {"args": [2**31 - 2]},
        {"args": [999999999]},
        {"args": [1000000000]},
    ]
    rng = random.Random(202)
    for _ in range(12):
        out.append({"args": [rng.randint(1, N_MAX)]})
    for _ in range(6):
        out.append({"args": [rng.randint(1, 1000)]})

    for index, case in enumerate(out):
        (n,) = case["args"]
        assert 1 <= n <= N_MAX, index
    return out
