"""Last Stone Weight cases: 1..30 stones of weight 1..1000."""
import random

N_MAX = 30
W = 1000


def cases():
    out = [
        # statement examples
        {"args": [[6, 3, 9, 2]], "expected": 2, "sample": True},
        {"args": [[4, 4]], "expected": 0, "sample": True},
        {"args": [[1, 8, 3]], "expected": 4, "sample": True},
        # hand-picked edges
        {"args": [[1]], "expected": 1},                       # a single stone survives untouched
        {"args": [[1000]], "expected": 1000},
        {"args": [[7, 7, 7]], "expected": 7},                 # odd count of equal stones
        {"args": [[5, 5, 5, 5]], "expected": 0},              # even count of equal stones
        {"args": [[1, 1000]], "expected": 999},
        {"args": [[2, 7, 4, 1, 8, 1]], "expected": 1},
        {"args": [[10, 4, 2, 10]], "expected": 2},            # the heaviest pair cancels first
        {"args": [[3, 7, 8]], "expected": 2},                 # the leftover is no longer the heaviest
        {"args": [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], "expected": 1},
        {"args": [[9, 3, 3]], "expected": 3},                 # 9 - 3 = 6, then 6 - 3 = 3
        {"args": [[1] * N_MAX], "expected": 0},
        {"args": [[W] * (N_MAX - 1)], "expected": W},
    ]
    rng = random.Random(1046)
    for n, hi in ((2, 10), (3, 20), (5, 100), (8, W), (12, 50), (17, W), (23, 5), (29, W)):
        out.append({"args": [[rng.randint(1, hi) for _ in range(n)]]})
    # maximum size
    out.append({"args": [[rng.randint(1, W) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [sorted(rng.randint(1, W) for _ in range(N_MAX))], "large": True})
    out.append({"args": [[2 ** (i % 10) for i in range(N_MAX)]], "large": True})
    for case in out:
        (stones,) = case["args"]
        assert 1 <= len(stones) <= N_MAX and all(1 <= s <= W for s in stones)
    return out
