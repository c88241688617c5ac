"""Reorder List cases: the judged output is the list read from the original head after the call."""
import random

N_MAX = 5 * 10**4
V = 1000


def _reorder(values):
    out, i, j = [], 0, len(values) - 1
    while i <= j:
        out.append(values[i])
        if i != j:
            out.append(values[j])
        i += 1
        j -= 1
    return out


def cases():
    out = [
        # statement examples
        {"args": [[10, 20, 30, 40, 50, 60]], "expected": [10, 60, 20, 50, 30, 40], "sample": True},
        {"args": [[3, 8, 1, 9, 4]], "expected": [3, 4, 8, 9, 1], "sample": True},
        {"args": [[7]], "expected": [7], "sample": True},
    ]
    hand = [[1, 2], [1, 2, 3], [1, 2, 3, 4], [5, 5, 5, 5, 5], [1000, 1], [1, 1000, 1, 1000],
            [9, 8, 7, 6, 5, 4, 3], [1, 2, 3, 4, 5, 6, 7, 8]]
    for values in hand:
        out.append({"args": [values], "expected": _reorder(values)})
    rng = random.Random(143)
    for n in (9, 10, 31, 100, 257, 1000, 4999):
        out.append({"args": [[rng.randint(1, V) for _ in range(n)]]})
    out.append({"args": [[rng.randint(1, 3) for _ in range(200)]]})
    # maximum size: the quadratic tail search walks ~n^2/4 = 6 * 10^8 links
    out.append({"args": [[rng.randint(1, V) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [[1 + i % V for i in range(N_MAX - 1)]], "large": True})
    for case in out:
        (values,) = case["args"]
        assert 1 <= len(values) <= N_MAX and all(1 <= v <= V for v in values)
    return out
