"""3Sum cases: triplets in any order, values inside a triplet in any order. Small cases are
cross-checked against the O(n^3) brute by `bank check`."""
import random

V = 10**5
N_MAX = 3000


def cases():
    out = [
        # statement examples
        {"args": [[-3, 1, 2, -1, 0, 4]], "expected": [[-3, -1, 4], [-3, 1, 2], [-1, 0, 1]],
         "sample": True},
        {"args": [[5, -5, 5, 0]], "expected": [[-5, 0, 5]], "sample": True},
        {"args": [[2, 3, -1]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[0, 0, 0]], "expected": [[0, 0, 0]]},               # smallest, all zero
        {"args": [[0, 0, 0, 0, 0]], "expected": [[0, 0, 0]]},         # reported once
        {"args": [[1, 2, 3]], "expected": []},                        # all positive
        {"args": [[-1, -1, -1]], "expected": []},                     # all negative
        {"args": [[-4, -4, 8, 0, 4]], "expected": [[-4, -4, 8], [-4, 0, 4]]},  # repeated first value
        {"args": [[-2, 0, 1, 1, 2]], "expected": [[-2, 0, 2], [-2, 1, 1]]},    # two with the same first
        {"args": [[V, -V, 0, V // 2, -V // 2]], "expected": [[-V, 0, V], [-V // 2, 0, V // 2]]},
        {"args": [[3, -6, 3, 3]], "expected": [[-6, 3, 3]]},
        {"args": [[0, 1, -1, 0]], "expected": [[-1, 0, 1]]},
        {"args": [[1, 1, -2]], "expected": [[-2, 1, 1]]},
        {"args": [[2, -1, -1, -1, 2]], "expected": [[-1, -1, 2]]},
        {"args": [[0, 0, 1]], "expected": []},                        # zero needs three zeros
        {"args": [[-5, 1, 4, -3, 2, 1, 2, 0, -1, 3]]},
    ]
    rng = random.Random(15)
    for _ in range(6):  # small and dense: many repeated values
        n = rng.randint(3, 14)
        out.append({"args": [[rng.randint(-6, 6) for _ in range(n)]]})
    for lo, hi in ((-50, 50), (-200, 100), (-V, V), (-30, 30)):
        n = rng.randint(50, 150)
        out.append({"args": [[rng.randint(lo, hi) for _ in range(n)]]})

    # maximum size: O(n^3) is about 4.5 * 10^9 triples
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(-V, V // 10) for _ in range(N_MAX)]], "large": True})
    # only odd values: three odd numbers never sum to 0, yet every pair range must be scanned
    out.append({"args": [[2 * rng.randint(-V // 2, V // 2 - 1) + 1 for _ in range(N_MAX)]],
                "large": True})
    out.append({"args": [[rng.randint(-300, 300) for _ in range(1000)]], "large": True})  # dense
    out.append({"args": [[0] * N_MAX], "large": True})
    out.append({"args": [[rng.randint(-3, 3) for _ in range(N_MAX)]], "large": True})

    for index, case in enumerate(out):
        (nums,) = case["args"]
        assert 3 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums), index
        for t in case.get("expected", []):
            assert len(t) == 3 and sum(t) == 0, index
    return out
