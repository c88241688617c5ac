"""Largest Rectangle in Histogram cases."""
import random

H_MAX = 10**4
N_MAX = 10**5


def cases():
    out = [
        # statement examples
        {"args": [[3, 6, 5, 1, 4]], "expected": 10, "sample": True},
        {"args": [[7]], "expected": 7, "sample": True},
        {"args": [[2, 3, 3, 3, 2]], "expected": 10, "sample": True},
        # hand-picked edges
        {"args": [[0]]},
        {"args": [[0, 0, 0]]},
        {"args": [[1, 1]]},
        {"args": [[2, 1, 2]]},                         # the short bar spans everything
        {"args": [[1, 2, 3, 4, 5]]},                   # rising: answer touches the right edge
        {"args": [[5, 4, 3, 2, 1]]},
        {"args": [[4, 0, 4, 0, 4]]},                   # zeros split the histogram
        {"args": [[H_MAX, H_MAX]]},
        {"args": [[6, 2, 5, 4, 5, 1, 6]]},
        {"args": [[1, 3, 2, 3, 1]]},
        {"args": [[3, 3, 1, 3, 3, 3]]},
    ]
    rng = random.Random(84)
    for n, hmax in ((3, 3), (6, 5), (10, 10), (30, 100), (100, 5), (500, H_MAX), (2000, 50)):
        out.append({"args": [[rng.randint(0, hmax) for _ in range(n)]]})
    # maximum size
    n = N_MAX
    big = [
        [rng.randint(0, H_MAX) for _ in range(n)],
        [H_MAX] * n,                                               # all equal: area 10^9
        [rng.randint(H_MAX - 3, H_MAX) for _ in range(n)],         # long runs of tall bars
        [i // 10 for i in range(n)],                               # slowly rising
        [(n - i) // 10 for i in range(n)],                         # slowly falling
    ]
    for heights in big:
        out.append({"args": [heights], "large": True})
    for case in out:
        heights = case["args"][0]
        assert 1 <= len(heights) <= N_MAX and all(0 <= h <= H_MAX for h in heights)
    return out
