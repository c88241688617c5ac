"""Cooldown stock cases: brute-checked short price lists, then 5000-day series."""
import random

N_MAX = 5000
P_MAX = 1000


def cases():
    out = [
        # statement examples
        {"args": [[3, 5, 1, 4, 6, 2, 8]], "expected": 9, "sample": True},
        {"args": [[9, 7, 4, 2]], "expected": 0, "sample": True},
        {"args": [[2, 6, 6, 10]], "expected": 8, "sample": True},
        # hand-picked edges
        {"args": [[5]], "expected": 0},
        {"args": [[0]], "expected": 0},
        {"args": [[1, 2]], "expected": 1},
        {"args": [[2, 1]], "expected": 0},
        {"args": [[1, 2, 3, 0, 2]], "expected": 3},
        {"args": [[4, 4, 4, 4, 4]], "expected": 0},
        {"args": [[1, 3, 1, 3, 1, 3]], "expected": 4},      # cooldown forces skipping one swing
        {"args": [[1, 2, 3, 4, 5, 6]], "expected": 5},
        {"args": [[0, 1000, 0, 1000]], "expected": 1000},
        {"args": [[0, 1000, 500, 0, 1000]], "expected": 2000},
        {"args": [[6, 1, 3, 2, 4, 7]], "expected": 6},
        {"args": [[2, 1, 4]], "expected": 3},
    ]

    rng = random.Random(309)
    for _ in range(10):  # small, brute-checked
        n = rng.randint(1, 12)
        hi = rng.choice([3, 10, P_MAX])
        out.append({"args": [[rng.randint(0, hi) for _ in range(n)]]})
    # maximum size
    out.append({"args": [[rng.randint(0, P_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(0, 5) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[i % 2 * P_MAX for i in range(N_MAX)]], "large": True})
    out.append({"args": [list(range(P_MAX, -1, -1)) * 4 + [0] * (N_MAX - 4 * (P_MAX + 1))], "large": True})
    out.append({"args": [[P_MAX] * N_MAX], "large": True})
    walk, p = [], 500
    for _ in range(N_MAX):
        p = min(P_MAX, max(0, p + rng.randint(-20, 20)))
        walk.append(p)
    out.append({"args": [walk], "large": True})
    out.append({"args": [[rng.randint(0, P_MAX) for _ in range(60)]], "large": True})

    for case in out:
        (prices,) = case["args"]
        assert 1 <= len(prices) <= N_MAX and all(0 <= x <= P_MAX for x in prices)
        assert case.get("large") or len(prices) <= 14
    return out
