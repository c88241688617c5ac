"""House Robber cases: small ones are brute-checked over all subsets, large ones use n = 100."""
import random

N_MAX = 100
V_MAX = 400


def cases():
    out = [
        {"args": [[3, 8, 4, 1, 6]], "expected": 14, "sample": True},
        {"args": [[7, 1, 1, 7]], "expected": 14, "sample": True},
        {"args": [[0]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[5]], "expected": 5},
        {"args": [[2, 9]], "expected": 9},
        {"args": [[9, 2]], "expected": 9},
        {"args": [[4, 4]], "expected": 4},
        {"args": [[0, 0, 0, 0]], "expected": 0},
        {"args": [[2, 1, 1, 2]], "expected": 4},              # neither parity class alone
        {"args": [[1, 2, 3, 1]], "expected": 4},
        {"args": [[2, 7, 9, 3, 1]], "expected": 12},
        {"args": [[6, 7, 6]], "expected": 12},                # greedy takes the 7
        {"args": [[V_MAX] * 5], "expected": 3 * V_MAX},
        {"args": [[1, 3, 1, 3, 100]], "expected": 103},
    ]
    rng = random.Random(198)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(1, 16)
        hi = rng.choice([3, 20, V_MAX])
        out.append({"args": [[rng.randint(0, hi) for _ in range(n)]]})
    # maximum size
    out.append({"args": [[rng.randint(0, V_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(0, 5) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[V_MAX] * N_MAX], "large": True})
    out.append({"args": [[0] * N_MAX], "large": True})
    out.append({"args": [[V_MAX if i % 3 == 0 else 1 for i in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(0, V_MAX) for _ in range(99)]], "large": True})
    for case in out:
        nums = case["args"][0]
        assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V_MAX for x in nums)
        if not case.get("large"):
            assert len(nums) <= 16
    return out
