"""Plus One cases: 1..100 digits, no leading zero unless the number is 0 itself."""
import random

N_MAX = 100


def _random(rng, n, nines_tail=0):
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(n - 1)]
    for k in range(1, min(nines_tail, n) + 1):
        digits[-k] = 9
    return {"args": [digits]}


def cases():
    out = [
        # statement examples
        {"args": [[4, 0, 7]], "expected": [4, 0, 8], "sample": True},
        {"args": [[2, 9, 9]], "expected": [3, 0, 0], "sample": True},
        {"args": [[9, 9]], "expected": [1, 0, 0], "sample": True},
        # hand-picked edges
        {"args": [[0]]},
        {"args": [[9]]},
        {"args": [[1]]},
        {"args": [[8]]},
        {"args": [[1, 0]]},
        {"args": [[1, 9]]},
        {"args": [[9, 8, 9]]},                 # carry stops at the 8
        {"args": [[9] * N_MAX]},               # grows to 101 digits
        {"args": [[1] + [0] * (N_MAX - 1)]},
        {"args": [[8] + [9] * (N_MAX - 1)]},
        {"args": [[5, 0, 0, 9]]},
    ]
    rng = random.Random(66)
    for n, tail in ((2, 0), (3, 1), (5, 2), (10, 0), (20, 5), (50, 49), (99, 3), (100, 0), (100, 10)):
        out.append(_random(rng, n, tail))
    for case in out:
        digits = case["args"][0]
        assert 1 <= len(digits) <= N_MAX and all(0 <= d <= 9 for d in digits)
        assert digits[0] != 0 or len(digits) == 1
    return out
