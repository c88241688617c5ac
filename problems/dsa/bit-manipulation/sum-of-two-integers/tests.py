"""Sum of Two Integers cases: two integers a and b."""
import random

V = 1000


def cases():
    out = [
        # statement examples
        {"args": [5, 9], "expected": 14, "sample": True},
        {"args": [-7, 3], "expected": -4, "sample": True},
        {"args": [-1000, -1000], "expected": -2000, "sample": True},
    ]
    for a, b in ((0, 0), (1, 1), (0, -1), (-1, 1), (1000, 1000), (1000, -1000), (-1, -1),
                 (7, 1), (511, 1), (-512, -512), (3, -3), (-5, 8), (999, -1000), (0, 1000)):
        out.append({"args": [a, b], "expected": a + b})
    rng = random.Random(371)
    for _ in range(20):
        out.append({"args": [rng.randint(-V, V), rng.randint(-V, V)]})
    for _ in range(4):
        out.append({"args": [rng.randint(0, V), rng.randint(0, V)]})
    for case in out:
        assert all(-V <= x <= V for x in case["args"])
    return out
