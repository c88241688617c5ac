"""Multiply Strings cases: two decimal strings."""
import random

L_MAX = 200


def _num(rng, length):
    if length == 1:
        return str(rng.randint(0, 9))
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))


def cases():
    out = [
        # statement examples
        {"args": ["25", "41"], "expected": "1025", "sample": True},
        {"args": ["999", "99"], "expected": "98901", "sample": True},
        {"args": ["0", "417"], "expected": "0", "sample": True},
    ]
    for a, b in (("0", "0"), ("1", "1"), ("9", "9"), ("417", "0"), ("1", "123456789"),
                 ("10", "10"), ("2", "5"), ("100", "1000"), ("9" * 200, "9" * 200),
                 ("1" + "0" * 199, "1" + "0" * 199), ("9" * 200, "0"), ("123", "456")):
        out.append({"args": [a, b], "expected": str(int(a) * int(b))})
    rng = random.Random(43)
    for la, lb in ((1, 5), (3, 3), (10, 20), (50, 1), (77, 123), (100, 100)):
        out.append({"args": [_num(rng, la), _num(rng, lb)]})
    for _ in range(3):
        out.append({"args": [_num(rng, L_MAX), _num(rng, L_MAX)], "large": True})
    out.append({"args": [_num(rng, L_MAX), _num(rng, 1)], "large": True})
    for case in out:
        for s in case["args"]:
            assert 1 <= len(s) <= L_MAX and s.isdigit() and (s == "0" or s[0] != "0")
    return out
