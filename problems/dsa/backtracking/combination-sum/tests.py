"""Combination Sum cases: distinct candidates 2..40, target 1..40, fewer than 150 answers."""
import random

N_MAX = 30
C_LO, C_HI = 2, 40
T_MAX = 40
ANSWERS_MAX = 150


def _count(candidates, target):
    """Number of multisets of candidates summing to target (coin-change count)."""
    ways = [1] + [0] * target
    for c in candidates:
        for s in range(c, target + 1):
            ways[s] += ways[s - c]
    return ways[target]


def _random(rng, n, t_lo, t_hi, min_answers=0, large=False):
    while True:
        candidates = rng.sample(range(C_LO, C_HI + 1), n)
        target = rng.randint(t_lo, t_hi)
        if min_answers <= _count(candidates, target) < ANSWERS_MAX:
            case = {"args": [candidates, target]}
            if large:
                case["large"] = True
            return case


def cases():
    out = [
        # statement examples
        {"args": [[3, 5, 2], 8], "expected": [[3, 5], [2, 3, 3], [2, 2, 2, 2]], "sample": True},
        {"args": [[6], 4], "expected": [], "sample": True},
        {"args": [[10, 5], 20], "expected": [[5, 5, 5, 5], [5, 5, 10], [10, 10]], "sample": True},
        # hand-picked edges
        {"args": [[2], 1], "expected": []},                  # smallest target, nothing fits
        {"args": [[2], 2], "expected": [[2]]},               # one candidate used once
        {"args": [[2], 40], "expected": [[2] * 20]},         # one candidate used 20 times
        {"args": [[40], 40], "expected": [[40]]},
        {"args": [[7, 9], 5], "expected": []},               # every candidate too big
        {"args": [[4, 6], 13], "expected": []},              # parity makes it impossible
        {"args": [[9, 2, 7, 4], 11], "expected": [[9, 2], [7, 2, 2], [7, 4]]},  # unsorted input
        {"args": [[39, 38, 37, 3], 40], "expected": [[37, 3]]},
        {"args": [[2, 3], 7], "expected": [[2, 2, 3]]},
        {"args": [[3, 4, 5], 12], "expected": [[3, 3, 3, 3], [3, 4, 5], [4, 4, 4]]},
    ]
    rng = random.Random(39)
    for n, t_lo, t_hi in ((1, 1, 40), (2, 10, 40), (3, 1, 20), (4, 20, 40), (5, 25, 40), (6, 10, 30),
                          (8, 15, 40), (10, 5, 25), (15, 10, 20), (20, 1, 15)):
        out.append(_random(rng, n, t_lo, t_hi))
    out.append(_random(rng, 4, 30, 40, min_answers=40))   # many answers
    # maximum size: 30 candidates (many answers), and inputs whose ORDERED sums explode
    # (millions of sequences for fewer than 150 answers)
    out.append(_random(rng, N_MAX, 1, 40, large=True))
    out.append(_random(rng, N_MAX, 15, 40, min_answers=100, large=True))
    out.append({"args": [[2, 3, 4, 5, 23, 31, 38], 38], "large": True})
    out.append({"args": [[27, 5, 4, 32, 3, 2], 38], "large": True})
    out.append({"args": [[40, 2, 38, 19, 7, 4, 29, 3], 40], "large": True})
    out.append({"args": [[2, 3, 4, 6, 18, 33], 39], "large": True})
    for case in out:
        candidates, target = case["args"]
        assert 1 <= len(candidates) <= N_MAX and len(set(candidates)) == len(candidates)
        assert all(C_LO <= c <= C_HI for c in candidates) and 1 <= target <= T_MAX
        assert _count(candidates, target) < ANSWERS_MAX
        if "expected" in case:
            assert len(case["expected"]) == _count(candidates, target)
    return out
