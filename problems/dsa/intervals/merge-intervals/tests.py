"""Merge Intervals cases: 1..10^4 intervals [s, e], 0 <= s <= e <= 10^4; any order of the result."""
import random

N_MAX = 10**4
V = 10**4


def _random(rng, n, max_len, hi=V, large=False):
    out = []
    for _ in range(n):
        s = rng.randint(0, hi)
        out.append([s, min(hi, s + rng.randint(0, max_len))])
    case = {"args": [out]}
    if large:
        case["large"] = True
    return case


def cases():
    out = [
        # statement examples
        {"args": [[[8, 10], [1, 4], [2, 6], [15, 18]]], "expected": [[1, 6], [8, 10], [15, 18]],
         "sample": True},
        {"args": [[[3, 5], [5, 9]]], "expected": [[3, 9]], "sample": True},
        {"args": [[[2, 7], [3, 4], [0, 0]]], "expected": [[0, 0], [2, 7]], "sample": True},
        # hand-picked edges
        {"args": [[[0, 0]]], "expected": [[0, 0]]},                           # smallest input
        {"args": [[[1, 2], [3, 4]]], "expected": [[1, 2], [3, 4]]},           # adjacent, not touching
        {"args": [[[4, 4], [4, 4], [4, 4]]], "expected": [[4, 4]]},           # duplicates
        {"args": [[[1, 10], [2, 3], [4, 5], [6, 7]]], "expected": [[1, 10]]},  # nested
        {"args": [[[6, 7], [4, 5], [2, 3], [1, 10]]], "expected": [[1, 10]]},  # container comes last
        {"args": [[[1, 3], [3, 5], [5, 7], [7, 9]]], "expected": [[1, 9]]},   # chain of touches
        {"args": [[[5, 6], [1, 2], [9, 9]]], "expected": [[1, 2], [5, 6], [9, 9]]},  # nothing merges
        {"args": [[[0, V], [0, 0], [V, V]]], "expected": [[0, V]]},          # extremes
        {"args": [[[2, 3], [1, 5], [1, 4]]], "expected": [[1, 5]]},           # equal starts
        {"args": [[[1, 4], [0, 4]]], "expected": [[0, 4]]},
        {"args": [[[1, 4], [5, 5], [0, 0], [6, 8], [2, 3]]], "expected": [[0, 0], [1, 4], [5, 5], [6, 8]]},
    ]
    rng = random.Random(56)
    for n, max_len, hi in ((2, 3, 10), (5, 2, 20), (8, 5, 30), (20, 3, 100), (50, 10, 300),
                           (100, 0, 150), (200, 30, 5000), (500, 5, V), (1000, 50, V)):
        out.append(_random(rng, n, max_len, hi))

    # maximum size: 10^4 intervals. Disjoint ones are the worst case for pairwise merging.
    points = [[i, i] for i in range(N_MAX)]
    rng.shuffle(points)
    out.append({"args": [points], "large": True})                              # 10^4 separate points
    out.append({"args": [[[i, i] for i in range(N_MAX, 0, -1)]], "large": True})  # same, descending
    out.append(_random(rng, N_MAX, 0, large=True))                             # random points
    pairs = [[2 * i, 2 * i + 1] for i in range(N_MAX // 2)] * 2
    rng.shuffle(pairs)
    out.append({"args": [pairs], "large": True})                               # each block twice
    out.append(_random(rng, N_MAX, 3, large=True))
    out.append(_random(rng, N_MAX, 1000, large=True))                          # one big block
    out.append({"args": [[[i, V - i] for i in range(N_MAX // 2 + 1)][::-1]], "large": True})  # nested
    out.append({"args": [[[i, i + 1] for i in range(N_MAX)]], "large": True})  # one long chain

    for case in out:
        (intervals,) = case["args"]
        assert 1 <= len(intervals) <= N_MAX
        assert all(len(iv) == 2 and 0 <= iv[0] <= iv[1] <= V for iv in intervals)
    return out
