"""Reverse Bits cases: one unsigned 32-bit integer."""
import random

TOP = 2**32 - 1


def _rev(n):
    return int(format(n, "032b")[::-1], 2)


def cases():
    out = [
        # statement examples
        {"args": [6], "expected": 1610612736, "sample": True},
        {"args": [2**31], "expected": 1, "sample": True},
        {"args": [TOP], "expected": TOP, "sample": True},
    ]
    for n in (0, 1, 2, 3, 0x80000001, 0xF0000000, 0x0000FFFF, 0xAAAAAAAA, 0x55555555, 43261596,
              2**31 - 1, 0x12345678):
        out.append({"args": [n], "expected": _rev(n)})
    rng = random.Random(190)
    for _ in range(10):
        out.append({"args": [rng.randint(0, TOP)]})
    for bits in (4, 12, 20):
        out.append({"args": [rng.randint(0, 2**bits - 1)]})  # many leading zeros
    for case in out:
        assert 0 <= case["args"][0] <= TOP
    return out
