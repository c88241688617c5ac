"""Reverse Integer cases: one signed 32-bit integer."""
import random

LO, HI = -2**31, 2**31 - 1


def _rev(x):
    r = int(str(abs(x))[::-1])
    r = -r if x < 0 else r
    return r if LO <= r <= HI else 0


def cases():
    out = [
        # statement examples
        {"args": [5072], "expected": 2705, "sample": True},
        {"args": [-860], "expected": -68, "sample": True},
        {"args": [1999999999], "expected": 0, "sample": True},
    ]
    for x in (0, 7, -7, 10, -100, 120, LO, HI, 1463847412, -1463847412, 1563847412, -1563847412,
              -2147483412, 2147483412, 1000000003, -1000000009, 8463847412 // 10, 1234567899):
        out.append({"args": [x], "expected": _rev(x)})
    rng = random.Random(7)
    for _ in range(8):
        out.append({"args": [rng.randint(LO, HI)]})
    for _ in range(4):
        out.append({"args": [rng.randint(-99999, 99999)]})
    for case in out:
        assert LO <= case["args"][0] <= HI
    return out
