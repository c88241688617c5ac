"""Climbing Stairs cases: the input space is tiny (n in 1..45), so every n is tested."""
import random

N_MAX = 45
LARGE_FROM = 26  # exponential recursion is only affordable below this (brute runs on the rest)


def cases():
    samples = [(4, 5), (1, 1), (6, 13)]
    out = [{"args": [n], "expected": e, "sample": True} for n, e in samples]
    # hand-picked edges with known answers
    out += [
        {"args": [2], "expected": 2},
        {"args": [3], "expected": 3},
        {"args": [5], "expected": 8},
        {"args": [10], "expected": 89},
        {"args": [44], "expected": 1134903170, "large": True},
        {"args": [45], "expected": 1836311903, "large": True},   # maximum: the answer still fits in 32 bits
    ]
    # every remaining n, in a seeded shuffled order
    used = {case["args"][0] for case in out}
    rest = [n for n in range(1, N_MAX + 1) if n not in used]
    rng = random.Random(70)
    rng.shuffle(rest)
    for n in rest:
        case = {"args": [n]}
        if n >= LARGE_FROM:
            case["large"] = True
        out.append(case)
    for case in out:
        assert 1 <= case["args"][0] <= N_MAX
    return out
