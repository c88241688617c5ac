"""House Robber II cases: small ones are brute-checked over all subsets, large ones use n = 100."""
import random

N_MAX = 100
V_MAX = 1000


def cases():
    out = [
        {"args": [[4, 2, 5]], "expected": 5, "sample": True},
        {"args": [[5, 1, 2, 6]], "expected": 7, "sample": True},
        {"args": [[6, 1, 3, 8, 2]], "expected": 14, "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": 0},
        {"args": [[7]], "expected": 7},                       # a single house is not its own neighbour
        {"args": [[3, 9]], "expected": 9},
        {"args": [[9, 3]], "expected": 9},
        {"args": [[4, 4, 4]], "expected": 4},
        {"args": [[2, 3, 2]], "expected": 3},
        {"args": [[1, 2, 3, 1]], "expected": 4},
        {"args": [[1, 2, 3]], "expected": 3},
        {"args": [[8, 1, 1, 8]], "expected": 9},              # the ends are neighbours
        {"args": [[5, 1, 9, 1, 5, 1]], "expected": 19},       # uses an end house
        {"args": [[0, 0, 0, 0, 0]], "expected": 0},
        {"args": [[V_MAX] * 7], "expected": 3 * V_MAX},
    ]
    rng = random.Random(213)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(1, 16)
        hi = rng.choice([3, 30, V_MAX])
        out.append({"args": [[rng.randint(0, hi) for _ in range(n)]]})
    # maximum size
    out.append({"args": [[rng.randint(0, V_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(0, 4) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[V_MAX] * N_MAX], "large": True})
    out.append({"args": [[V_MAX] * 99], "large": True})     # odd circle: only 49 houses fit
    out.append({"args": [[V_MAX if i % 2 == 0 else 0 for i in range(99)]], "large": True})
    out.append({"args": [[rng.randint(0, V_MAX) for _ in range(97)]], "large": True})
    for case in out:
        nums = case["args"][0]
        assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V_MAX for x in nums)
        if not case.get("large"):
            assert len(nums) <= 16
    return out
