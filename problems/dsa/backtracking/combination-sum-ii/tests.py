"""Combination Sum II cases: each candidate used at most once; answers in any order at both levels.
Non-large cases keep len(candidates) <= 16 so that the brute force can enumerate every subset."""
import random

N_MAX = 100
C_MAX = 50
T_MAX = 30


def cases():
    out = [
        # statement examples
        {"args": [[4, 1, 3, 1, 2, 6], 6], "expected": [[1, 1, 4], [1, 2, 3], [2, 4], [6]], "sample": True},
        {"args": [[5, 5, 5, 2], 10], "expected": [[5, 5]], "sample": True},
        {"args": [[7, 8], 3], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[1], 1], "expected": [[1]]},                             # smallest input
        {"args": [[2], 1], "expected": []},
        {"args": [[C_MAX], T_MAX], "expected": []},                        # candidate above target
        {"args": [[T_MAX], T_MAX], "expected": [[T_MAX]]},
        {"args": [[1, 1, 1, 1], 2], "expected": [[1, 1]]},                 # all equal
        {"args": [[1, 1, 1, 1], 5], "expected": []},                       # not enough copies
        {"args": [[2, 2, 2, 3, 3], 7], "expected": [[2, 2, 3]]},
        {"args": [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 10]},                   # many answers
        {"args": [[1] * 16, T_MAX], "expected": []},
        {"args": [[1] * 16, 16], "expected": [[1] * 16]},
    ]
    rng = random.Random(40)
    for n, hi, t in ((3, 5, 5), (5, 10, 10), (8, 8, 12), (10, 15, 20), (12, 6, 15), (14, 30, 30),
                     (16, 5, 20), (16, 50, 30), (15, 3, 9)):
        out.append({"args": [[rng.randint(1, hi) for _ in range(n)], t]})
    # maximum size: 100 candidates
    out.append({"args": [[1] * N_MAX, T_MAX], "expected": [[1] * T_MAX], "large": True})
    out.append({"args": [[1] * 50 + [2] * 50, T_MAX], "large": True})
    out.append({"args": [[rng.randint(1, 4) for _ in range(N_MAX)], T_MAX], "large": True})
    out.append({"args": [[rng.randint(1, C_MAX) for _ in range(N_MAX)], T_MAX], "large": True})
    out.append({"args": [[(i % 10) + 1 for i in range(N_MAX)], 25], "large": True})
    for case in out:
        cands, t = case["args"]
        assert 1 <= len(cands) <= N_MAX and 1 <= t <= T_MAX
        assert all(1 <= x <= C_MAX for x in cands)
        assert case.get("large") or len(cands) <= 16
    return out
