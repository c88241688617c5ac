"""Container With Most Water cases; expected values come from the reference (brute agrees)."""
import random

N_MAX = 10**5
H_MAX = 10**4


def cases():
    out = [
        {"args": [[2, 6, 3, 1, 5, 4]], "expected": 16, "sample": True},
        {"args": [[3, 3]], "expected": 3, "sample": True},
        {"args": [[0, 9, 9, 0]], "expected": 9, "sample": True},
        {"args": [[0, 0]]},
        {"args": [[0, 7]]},
        {"args": [[5, 5, 5, 5, 5]]},                 # all equal: outermost pair
        {"args": [[1, 2, 3, 4, 5, 6, 7, 8]]},        # increasing
        {"args": [[8, 7, 6, 5, 4, 3, 2, 1]]},        # decreasing
        {"args": [[1, 10000, 1, 1, 10000, 1]]},      # two tall walls in the middle
        {"args": [[10000, 1, 1, 1, 1, 10000]]},
        {"args": [[1, 8, 6, 2, 5, 4, 8, 3, 7]]},
        {"args": [[2, 1]]},
        {"args": [[1, 3, 2, 5, 25, 24, 5]]},         # moving the taller side would miss 24 * 1
        {"args": [[6, 1, 1, 1, 1, 1, 1, 6, 100, 100]]},
        {"args": [[4, 0, 0, 0, 0, 0, 3]]},
    ]
    rng = random.Random(11)
    for _ in range(8):
        n = rng.randint(2, 40)
        out.append({"args": [[rng.randint(0, rng.choice([5, 50, H_MAX])) for _ in range(n)]]})
    for _ in range(2):
        out.append({"args": [[rng.randint(0, H_MAX) for _ in range(1500)]]})
    # maximum size: O(n^2) is about 5 * 10^9 pairs
    out.append({"args": [[rng.randint(0, H_MAX) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[H_MAX] * N_MAX], "large": True})
    out.append({"args": [[i % (H_MAX + 1) for i in range(N_MAX)]], "large": True})
    mountain = [min(i, N_MAX - 1 - i) // 5 for i in range(N_MAX)]
    out.append({"args": [mountain], "large": True})

    for index, case in enumerate(out):
        (h,) = case["args"]
        assert 2 <= len(h) <= N_MAX and all(0 <= x <= H_MAX for x in h), index
    return out
