"""Decode Ways cases. The answer must fit in 32 bits, so the large cases mix long branching runs
(1s and 2s) with separators; the branching runs make a memo-less recursion explode."""
import random

N_MAX = 100
LIMIT = 2**31 - 1


def _ways(s):
    prev2, prev1 = 0, 1
    for i, ch in enumerate(s):
        cur = prev1 if ch != "0" else 0
        if i > 0 and 10 <= int(s[i - 1:i + 1]) <= 26:
            cur += prev2
        prev2, prev1 = prev1, cur
    return prev1


def _bounded(rng, n, pool):
    """A length-n digit string drawn mostly from pool, steered so that 0 < answer <= LIMIT."""
    s = ""
    for _ in range(n):
        options = list(pool)
        rng.shuffle(options)
        options += list("0123456789")
        for d in options:
            if 0 < _ways(s + d) <= LIMIT:
                s += d
                break
        else:
            raise AssertionError("no digit keeps the answer in range")
    return s


def cases():
    out = [
        {"args": ["224"], "expected": 3, "sample": True},
        {"args": ["2101"], "expected": 1, "sample": True},
        {"args": ["370"], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": ["0"], "expected": 0},
        {"args": ["7"], "expected": 1},
        {"args": ["06"], "expected": 0},                 # leading zero
        {"args": ["10"], "expected": 1},
        {"args": ["20"], "expected": 1},
        {"args": ["100"], "expected": 0},                # a zero after a zero
        {"args": ["26"], "expected": 2},
        {"args": ["27"], "expected": 1},
        {"args": ["1201234"], "expected": 3},
        {"args": ["11106"], "expected": 2},
        {"args": ["230"], "expected": 0},
        {"args": ["2611055971756562"], "expected": 4},
        {"args": ["9" * 100], "expected": 1, "large": True},
        {"args": ["1" * 45], "expected": 1836311903, "large": True},
    ]
    rng = random.Random(91)
    for _ in range(10):  # small random, brute-checked
        n = rng.randint(1, 25)
        out.append({"args": ["".join(rng.choice(rng.choice(["0123456789", "120", "1226", "12"]))
                                     for _ in range(n))]})
    # maximum size, all with answers near the 32-bit bound
    out.append({"args": ["1" * 44 + "3" * 56], "large": True})
    out.append({"args": ["2" * 45 + "7" + "9" * 54], "large": True})
    out.append({"args": ["12" * 22 + "0" + "5" * 55], "large": True})    # "20" forced after the run
    out.append({"args": [_bounded(rng, N_MAX, "1111122222334567890")], "large": True})
    out.append({"args": [_bounded(rng, N_MAX, "1111112222227789")], "large": True})
    out.append({"args": ["1" * 30 + "0" + "1" * 15 + "4" * 54], "large": True})  # the 0 splits the runs
    for case in out:
        s = case["args"][0]
        assert 1 <= len(s) <= N_MAX and s.isdigit() and _ways(s) <= LIMIT
        if not case.get("large"):
            assert len(s) <= 25
    return out
