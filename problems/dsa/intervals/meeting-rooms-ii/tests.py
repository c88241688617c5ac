"""Meeting Rooms II cases; the brute counts the running meetings at every start (O(n^2))."""
import random

N_MAX = 10**4
T_MAX = 10**6


def _rand(rng, n, horizon, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(0, horizon - 1)
        out.append([s, min(horizon, s + rng.randint(1, max_len))])
    return out


def cases():
    out = [
        {"args": [[[1, 6], [2, 4], [5, 8], [7, 9]]], "expected": 2, "sample": True},
        {"args": [[[3, 5], [5, 9], [0, 3]]], "expected": 1, "sample": True},
        {"args": [[[0, 10], [1, 10], [2, 10]]], "expected": 3, "sample": True},
        # hand-picked edges
        {"args": [[[0, 1]]], "expected": 1},
        {"args": [[[0, T_MAX], [0, T_MAX]]], "expected": 2},
        {"args": [[[1, 2], [2, 3], [3, 4]]], "expected": 1},          # back to back
        {"args": [[[0, 30], [5, 10], [15, 20]]], "expected": 2},
        {"args": [[[7, 10], [2, 4]]], "expected": 1},
        {"args": [[[0, 10], [1, 3], [4, 6], [7, 9]]], "expected": 2},  # all overlap the long one only
        {"args": [[[1, 5], [2, 6], [3, 7], [4, 8]]], "expected": 4},
        {"args": [[[5, 8], [6, 8], [1, 5], [2, 6]]], "expected": 2},
        {"args": [[[1, 3], [1, 3], [3, 5], [3, 5]]], "expected": 2},
        {"args": [[[9, 10], [4, 9], [4, 17]]], "expected": 2},
    ]
    rng = random.Random(253)
    for _ in range(10):  # small random
        n = rng.randint(1, 30)
        out.append({"args": [_rand(rng, n, rng.choice([10, 50, 200]), rng.choice([3, 20, 100]))]})
    # maximum size
    out.append({"args": [_rand(rng, N_MAX, T_MAX, 1000)], "large": True})
    out.append({"args": [_rand(rng, N_MAX, T_MAX, T_MAX)], "large": True})
    out.append({"args": [_rand(rng, N_MAX, 1000, 20)], "large": True})
    chain = [[100 * k, 100 * (k + 1)] for k in range(N_MAX)]
    rng.shuffle(chain)
    out.append({"args": [chain], "expected": 1, "large": True})
    out.append({"args": [[[k, T_MAX] for k in range(N_MAX)]], "expected": N_MAX, "large": True})
    out.append({"args": [[[0, T_MAX]] * N_MAX], "expected": N_MAX, "large": True})
    for case in out:
        ivs = case["args"][0]
        assert 1 <= len(ivs) <= N_MAX and all(0 <= s < e <= T_MAX for s, e in ivs)
        if not case.get("large"):
            assert len(ivs) <= 30
    return out
