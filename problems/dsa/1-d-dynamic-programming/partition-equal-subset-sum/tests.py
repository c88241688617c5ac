"""Partition Equal Subset Sum cases. Large "false" cases with an even total (e.g. all multiples of a
common step except one) force a memo-less search through exponentially many subsets."""
import random

N_MAX = 200
V_MAX = 100


def cases():
    out = [
        {"args": [[3, 8, 2, 7]], "expected": True, "sample": True},
        {"args": [[4, 4, 6]], "expected": False, "sample": True},
        {"args": [[5, 6, 2]], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[1]], "expected": False},
        {"args": [[2]], "expected": False},
        {"args": [[7, 7]], "expected": True},
        {"args": [[1, 2]], "expected": False},
        {"args": [[1, 5, 11, 5]], "expected": True},
        {"args": [[1, 2, 3, 5]], "expected": False},
        {"args": [[3, 3, 2, 2, 2]], "expected": True},          # greedy by weight fails
        {"args": [[2, 4]], "expected": False},                  # using 2 twice would give 4
        {"args": [[100] * 3], "expected": False},
        {"args": [[100] * 4], "expected": True},
        {"args": [[1, 1, 1, 1, 1, 1, 100]], "expected": False},
        {"args": [[99, 1, 50, 50]], "expected": True},
    ]
    rng = random.Random(416)
    for _ in range(10):  # small random
        n = rng.randint(1, 20)
        hi = rng.choice([5, 30, V_MAX])
        out.append({"args": [[rng.randint(1, hi) for _ in range(n)]]})
    # maximum size
    out.append({"args": [[rng.randint(1, V_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[2 * rng.randint(1, 50) for _ in range(N_MAX - 2)] + [1, 1]], "large": True})
    out.append({"args": [[4] * 198 + [2, 6]], "expected": True, "large": True})
    out.append({"args": [[V_MAX] * 198 + [99, 97]], "large": True})
    out.append({"args": [[2] * 199 + [4]], "expected": False, "large": True})   # total 402, half 201 odd
    out.append({"args": [[3 * rng.randint(1, 33) for _ in range(199)] + [3]], "large": True})
    out.append({"args": [[V_MAX] * 199 + [98]], "expected": False, "large": True})  # all even, half odd
    out.append({"args": [[2 * k + 1 for k in range(50)] * 4], "large": True})
    for case in out:
        nums = case["args"][0]
        assert 1 <= len(nums) <= N_MAX and all(1 <= x <= V_MAX for x in nums)
        if not case.get("large"):
            assert len(nums) <= 20
    return out
