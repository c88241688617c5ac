"""Add Two Numbers cases: numbers as digit lists, least significant digit first."""
import random

N_MAX = 100


def _digits(x):
    return [int(c) for c in reversed(str(x))]


def _rand_number(rng, n):
    if n == 1:
        return [rng.randint(0, 9)]
    return [rng.randint(0, 9) for _ in range(n - 1)] + [rng.randint(1, 9)]


def _value(d):
    return int("".join(map(str, reversed(d))))


def cases():
    out = [
        # statement examples
        {"args": [[4, 0, 8, 5], [7, 3, 1]], "expected": [1, 4, 9, 5], "sample": True},
        {"args": [[9, 9], [1]], "expected": [0, 0, 1], "sample": True},
        {"args": [[0], [6, 2]], "expected": [6, 2], "sample": True},
    ]
    hand = [(0, 0), (5, 5), (1, 999999), (999999, 1), (10**99 - 1, 10**99 - 1), (10**99, 0),
            (123, 877), (7, 8), (10**99 - 1, 1)]
    for a, b in hand:
        out.append({"args": [_digits(a), _digits(b)], "expected": _digits(a + b)})
    rng = random.Random(2)
    for n1, n2 in ((1, 1), (2, 5), (10, 3), (30, 30), (50, 99), (100, 1), (100, 100), (77, 100)):
        out.append({"args": [_rand_number(rng, n1), _rand_number(rng, n2)]})
    # a long carry chain that stops in the middle of the longer list
    out.append({"args": [[9] * 60 + [3] * 40, [1]]})
    for case in out:
        for d in case["args"]:
            assert 1 <= len(d) <= N_MAX and all(0 <= x <= 9 for x in d)
            assert len(d) == 1 or d[-1] != 0
        if "expected" in case:
            assert _value(case["expected"]) == _value(case["args"][0]) + _value(case["args"][1])
    return out
