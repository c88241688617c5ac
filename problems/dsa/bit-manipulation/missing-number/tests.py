"""Missing Number cases: n distinct values from [0, n], exactly one of them absent."""
import random

N_MAX = 10**4


def _make(rng, n, missing=None, order="shuffle"):
    if missing is None:
        missing = rng.randint(0, n)
    values = [x for x in range(n + 1) if x != missing]
    if order == "shuffle":
        rng.shuffle(values)
    elif order == "desc":
        values.reverse()
    return values


def cases():
    out = [
        # statement examples
        {"args": [[4, 0, 1, 3]], "expected": 2, "sample": True},
        {"args": [[1, 0]], "expected": 2, "sample": True},
        {"args": [[3, 2, 1]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": 1},
        {"args": [[1]], "expected": 0},
        {"args": [[0, 1, 2, 3, 4, 5]], "expected": 6},      # sorted, missing n
        {"args": [[1, 2, 3, 4, 5, 6]], "expected": 0},      # sorted, missing 0
        {"args": [[0, 1, 2, 4, 5, 6]], "expected": 3},
        {"args": [[6, 5, 4, 2, 1, 0]], "expected": 3},      # descending
        {"args": [[2, 0]], "expected": 1},
    ]
    rng = random.Random(268)
    for n in (3, 10, 57, 200, 1000, 5000):
        out.append({"args": [_make(rng, n)]})
    out.append({"args": [_make(rng, 500, missing=0)]})
    out.append({"args": [_make(rng, 500, missing=500)]})
    # maximum size: with the missing number near the top, searching the list for each candidate
    # costs about n^2 / 2 = 5 * 10^7 comparisons per case
    for missing, order in ((N_MAX, "shuffle"), (N_MAX, "desc"), (N_MAX - 3, "shuffle"),
                           (N_MAX - 100, "desc"), (N_MAX, "shuffle"), (rng.randint(0, N_MAX), "shuffle")):
        out.append({"args": [_make(rng, N_MAX, missing, order)], "large": True})
    for case in out:
        (nums,) = case["args"]
        n = len(nums)
        assert 1 <= n <= N_MAX and len(set(nums)) == n and all(0 <= x <= n for x in nums)
    return out
