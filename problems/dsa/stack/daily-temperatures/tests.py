"""Daily Temperatures cases."""
import random

LO, HI = 30, 100
N_MAX = 10**5


def cases():
    out = [
        # statement examples
        {"args": [[55, 52, 58, 51, 60]], "expected": [2, 1, 2, 1, 0], "sample": True},
        {"args": [[90, 80, 70]], "expected": [0, 0, 0], "sample": True},
        {"args": [[40, 40, 41, 39, 45]], "expected": [2, 1, 2, 1, 0], "sample": True},
        # hand-picked edges
        {"args": [[30]]},                                   # a single day
        {"args": [[100]]},
        {"args": [[30, 100]]},
        {"args": [[100, 30]]},
        {"args": [[65, 65, 65, 65]]},                       # equal is not warmer
        {"args": [list(range(30, 101))]},                   # strictly rising
        {"args": [list(range(100, 29, -1))]},               # strictly falling
        {"args": [[70, 31, 32, 33, 34, 35, 71]]},           # long wait for the first day
        {"args": [[50, 40, 50, 40, 60, 30, 60]]},
        {"args": [[30, 100, 30, 100, 30, 100]]},
    ]
    rng = random.Random(739)
    for n in (2, 5, 10, 30, 100, 1000):
        out.append({"args": [[rng.randint(LO, HI) for _ in range(n)]]})
    out.append({"args": [[rng.randint(60, 63) for _ in range(200)]]})     # narrow range, many ties
    # maximum size
    big = [
        [rng.randint(LO, HI) for _ in range(N_MAX)],
        [HI] * N_MAX,                                                    # never warmer: O(n^2) scans
        [LO + 40] * (N_MAX - 1) + [HI],                                  # everyone waits to the end
        [HI - (i * 71 // N_MAX) for i in range(N_MAX)],                  # slowly cooling plateaus
    ]
    for temps in big:
        out.append({"args": [temps], "large": True})
    for case in out:
        temps = case["args"][0]
        assert 1 <= len(temps) <= N_MAX and all(LO <= t <= HI for t in temps)
    return out
