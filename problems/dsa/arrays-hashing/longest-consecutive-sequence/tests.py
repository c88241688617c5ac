"""Longest Consecutive Sequence cases; expected values are recomputed by sorting below."""
import random

LIMIT = 10**9
N_MAX = 10**5


def _answer(nums):
    v = sorted(set(nums))
    best = cur = 0
    for i, x in enumerate(v):
        cur = cur + 1 if i and x == v[i - 1] + 1 else 1
        best = max(best, cur)
    return best


def cases():
    out = [
        {"args": [[10, 4, 20, 1, 3, 2]], "expected": 4, "sample": True},
        {"args": [[5, 5, 6, -1, 0, 7, 6]], "expected": 3, "sample": True},
        {"args": [[]], "expected": 0, "sample": True},
        {"args": [[7]]},
        {"args": [[3, 3, 3]]},
        {"args": [[1, 3, 5, 7]]},                        # no two consecutive
        {"args": [[-2, -1, 0, 1, 2]]},                   # crosses zero
        {"args": [[LIMIT, LIMIT - 1, -LIMIT]]},          # extremes
        {"args": [[9, 8, 7, 6, 5, 4]]},                  # descending
        {"args": [[1, 2, 2, 3, 3, 3, 4]]},               # duplicates inside the run
        {"args": [[0, -1]]},
        {"args": [[100, 1, 101, 2, 102, 3, 103]]},       # two interleaved runs, tie
        {"args": [[1, 2, 3, 10, 11, 12, 13, 14]]},       # second run longer
        {"args": [[-LIMIT, -LIMIT + 1, LIMIT - 1, LIMIT]]},
    ]
    rng = random.Random(128)
    for _ in range(8):
        n = rng.randint(1, 40)
        out.append({"args": [[rng.randint(-25, 25) for _ in range(n)]]})
    for _ in range(2):
        out.append({"args": [[rng.randint(-3000, 3000) for _ in range(2000)]]})

    # maximum size: one huge run (shuffled) makes "walk from every value" quadratic
    run = list(range(-N_MAX // 2, N_MAX // 2))
    rng.shuffle(run)
    out.append({"args": [run], "large": True})
    run = list(range(LIMIT - N_MAX + 1, LIMIT + 1))[::-1]
    out.append({"args": [run], "large": True})
    nums = list(range(N_MAX // 2)) * 2                   # every value twice, one long run
    rng.shuffle(nums)
    out.append({"args": [nums], "large": True})
    out.append({"args": [[rng.randint(-LIMIT, LIMIT) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[rng.randint(-N_MAX, N_MAX) for _ in range(N_MAX)]], "large": True})

    for index, case in enumerate(out):
        (nums,) = case["args"]
        assert len(nums) <= N_MAX and all(-LIMIT <= x <= LIMIT for x in nums), index
        answer = _answer(nums)
        if "expected" in case:
            assert case["expected"] == answer, index
        else:
            case["expected"] = answer
    return out
