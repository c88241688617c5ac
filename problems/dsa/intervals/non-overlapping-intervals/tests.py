"""Non Overlapping Intervals cases; the O(n^2) DP brute runs on the small cases. Only a few cases
are at n = 10^5 to keep the total input size moderate."""
import random

N_MAX = 10**5
V = 5 * 10**4


def _rand(rng, n, lo, hi, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(lo, hi - 1)
        out.append([s, min(hi, s + rng.randint(1, max_len))])
    return out


def cases():
    out = [
        {"args": [[[1, 4], [2, 3], [3, 6], [5, 7]]], "expected": 2, "sample": True},
        {"args": [[[0, 5], [0, 5], [0, 5]]], "expected": 2, "sample": True},
        {"args": [[[4, 8], [-2, 4], [8, 9]]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[[0, 1]]], "expected": 0},
        {"args": [[[1, 2], [2, 3]]], "expected": 0},              # touching is fine
        {"args": [[[1, 3], [2, 4]]], "expected": 1},
        {"args": [[[1, 100], [11, 22], [1, 11], [2, 12]]], "expected": 2},
        {"args": [[[0, 10], [1, 2], [3, 4], [5, 6]]], "expected": 1},   # the long one goes
        {"args": [[[1, 2], [1, 2], [1, 2]]], "expected": 2},
        {"args": [[[-V, V], [-V, 0], [0, V]]], "expected": 1},
        {"args": [[[5, 6], [1, 2], [3, 4]]], "expected": 0},       # unsorted input
        {"args": [[[1, 5], [2, 3], [3, 4], [4, 6]]], "expected": 1},
        {"args": [[[-3, -1], [-2, 0], [-1, 1], [0, 2]]], "expected": 2},
    ]
    rng = random.Random(435)
    for _ in range(12):  # small random, brute-checked
        n = rng.randint(1, 40)
        out.append({"args": [_rand(rng, n, -20, 20, rng.choice([2, 6, 40]))]})
    # maximum size
    out.append({"args": [_rand(rng, N_MAX, -V, V, 50)], "large": True})
    out.append({"args": [_rand(rng, N_MAX // 2, -V, V, 2 * V)], "large": True})
    out.append({"args": [[[i, i + 1] for i in range(-V, V, 3)]], "expected": 0, "large": True})
    out.append({"args": [[[-V, V]] * 30000], "expected": 29999, "large": True})
    nested = [[-V + i // 2, V - i // 2] for i in range(N_MAX)]
    out.append({"args": [nested], "expected": N_MAX - 1, "large": True})
    out.append({"args": [_rand(rng, 30000, -100, 100, 3)], "large": True})
    for case in out:
        ivs = case["args"][0]
        assert 1 <= len(ivs) <= N_MAX and all(-V <= s < e <= V for s, e in ivs)
        if not case.get("large"):
            assert len(ivs) <= 40
    return out
