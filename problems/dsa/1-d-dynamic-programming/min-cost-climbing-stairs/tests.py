"""Min Cost Climbing Stairs cases: small ones are brute-checked (exponential), large ones use n = 1000."""
import random

N_MAX = 1000
C_MAX = 999


def cases():
    out = [
        {"args": [[4, 9, 3]], "expected": 7, "sample": True},
        {"args": [[3, 0, 8, 1, 8, 0, 3]], "expected": 1, "sample": True},
        {"args": [[6, 2]], "expected": 2, "sample": True},
        # hand-picked edges
        {"args": [[0, 0]], "expected": 0},
        {"args": [[5, 5]], "expected": 5},
        {"args": [[1, 7]], "expected": 1},
        {"args": [[999, 999, 999]], "expected": 999},
        {"args": [[1, 100, 1, 1, 1, 100, 1, 1, 100, 1]], "expected": 6},
        {"args": [[0, 5, 1, 0, 9]], "expected": 1},             # greedy towards the cheaper next step loses
        {"args": [[2, 1, 1, 9, 1]], "expected": 3},
        {"args": [[1, 2, 3, 4, 5, 6, 7, 8]], "expected": 16},
        {"args": [[8, 7, 6, 5, 4, 3, 2, 1]], "expected": 16},
    ]
    rng = random.Random(746)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(2, 18)
        out.append({"args": [[rng.randint(0, rng.choice([3, 20, C_MAX])) for _ in range(n)]]})
    # maximum size
    out.append({"args": [[rng.randint(0, C_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(0, 3) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[C_MAX] * N_MAX], "large": True})
    out.append({"args": [[0] * N_MAX], "large": True})
    out.append({"args": [[C_MAX if i % 2 else 0 for i in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(0, C_MAX) for _ in range(rng.randint(500, N_MAX))]], "large": True})
    for case in out:
        cost = case["args"][0]
        assert 2 <= len(cost) <= N_MAX and all(0 <= c <= C_MAX for c in cost)
        if not case.get("large"):
            assert len(cost) <= 18
    return out
