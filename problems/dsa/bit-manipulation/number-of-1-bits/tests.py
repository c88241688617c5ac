"""Number of 1 Bits cases: n in [1, 2^31 - 1]."""
import random

HI = 2**31 - 1


def cases():
    out = [
        # statement examples
        {"args": [13], "expected": 3, "sample": True},
        {"args": [256], "expected": 1, "sample": True},
        {"args": [2147483646], "expected": 30, "sample": True},
        # hand-picked edges
        {"args": [1], "expected": 1},                  # smallest input, only bit 0
        {"args": [2], "expected": 1},
        {"args": [3], "expected": 2},
        {"args": [HI], "expected": 31},                # every bit set
        {"args": [2**30], "expected": 1},              # only the highest bit
        {"args": [2**30 + 1], "expected": 2},          # highest and lowest
        {"args": [0x55555555], "expected": 16},        # 0101...01
        {"args": [0x2AAAAAAA], "expected": 15},        # 1010...10
        {"args": [0xFFFF], "expected": 16},            # low half only
        {"args": [0x7FFF0000], "expected": 15},        # high half only
        {"args": [1 << 16], "expected": 1},
        {"args": [11], "expected": 3},
        {"args": [128], "expected": 1},
        {"args": [2**31 - 2**16], "expected": 15},
    ]
    rng = random.Random(191)
    for k in rng.sample(range(31), 8):  # single bits
        out.append({"args": [1 << k]})
    for _ in range(12):  # 2^k - 1: k low bits
        out.append({"args": [(1 << rng.randint(1, 31)) - 1]})
    for _ in range(40):
        out.append({"args": [rng.randint(1, HI)]})
    for _ in range(10):  # sparse and dense bit patterns
        bits = rng.sample(range(31), rng.choice([2, 3, 28, 29]))
        out.append({"args": [sum(1 << b for b in bits)]})
    for case in out:
        assert 1 <= case["args"][0] <= HI
    return out
