"""Sigmoid cases: zero, both signs, the overflow zone below -709.78, subnormal outputs, saturation
to exactly 0 and 1, and seeded random vectors at several spreads."""
import random


def cases():
    out = [
        {"args": [[0.0, 2.0, -2.0]], "sample": True},
        {"args": [[-40.0, 40.0, -720.0, -1000.0]], "sample": True},
        {"args": [[0.0]]},
        {"args": [[-709.0, -710.0, -711.5, -730.0]]},
        {"args": [[-600.0, -550.0, -501.0, 501.0, 600.0]]},
        {"args": [[-1000.0, 1000.0]]},
        {"args": [[-745.0, -744.0, -746.0]]},
        {"args": [[1e-12, -1e-12, 1e-300, -1e-300]]},
        {"args": [[36.0, 37.0, 38.0, -36.0, -37.0, -38.0]]},
        {"args": [[-30.0, -35.5, -40.25, -50.0, -100.0]]},
    ]
    rng = random.Random(1207)
    for spread in (1, 5, 50, 300, 1000, 1000, 800):
        n = rng.randint(1, 40)
        out.append({"args": [[round(rng.uniform(-spread, spread), 4) for _ in range(n)]]})
    for size, spread in ((100_000, 10), (50_000, 1000)):
        out.append({"args": [[round(rng.uniform(-spread, spread), 6) for _ in range(size)]],
                    "large": True})
    for case in out:
        (z,) = case["args"]
        assert 1 <= len(z) <= 10**5 and all(-1000 <= x <= 1000 for x in z)
    return out
