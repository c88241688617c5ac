"""Task Scheduler cases: uppercase letters, 0 <= n <= 100."""
import random
import string

T_MAX = 10**4
N_MAX = 100
L = string.ascii_uppercase


def _random(rng, size, letters, n, weights=None, large=False):
    pool = L[:letters]
    tasks = rng.choices(pool, weights=weights, k=size)
    case = {"args": [tasks, n]}
    if large:
        case["large"] = True
    return case


def cases():
    out = [
        # statement examples
        {"args": [list("XXXYY"), 2], "expected": 7, "sample": True},
        {"args": [list("PQRPQR"), 1], "expected": 6, "sample": True},
        {"args": [list("KKKKAB"), 3], "expected": 13, "sample": True},
        # hand-picked edges
        {"args": [["A"], 0], "expected": 1},                         # smallest input
        {"args": [["Z"], N_MAX], "expected": 1},                     # one task, huge cooldown
        {"args": [list("AAAA"), 0], "expected": 4},                  # no cooldown
        {"args": [list("AAAA"), 1], "expected": 7},                  # one letter only
        {"args": [list("AAABBB"), 2], "expected": 8},                # two letters tied at the top
        {"args": [list("AAABBBCCC"), 2], "expected": 9},             # ties fill every gap
        {"args": [list("AAABBBCCCDD"), 2], "expected": 11},          # more tasks than slots
        {"args": [list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), N_MAX], "expected": 26},
        {"args": [list("AAAB"), 5], "expected": 13},
        {"args": [["A"] * 100 + ["B"] * 100, N_MAX], "expected": 99 * 101 + 2},
        {"args": [list("AABBCCDDEE"), 1], "expected": 10},
    ]
    rng = random.Random(621)
    for size, letters, n in ((5, 2, 1), (8, 3, 0), (12, 4, 3), (20, 5, 2), (30, 26, 5), (50, 3, 10),
                             (100, 6, 4), (200, 26, 30), (500, 2, 100), (1000, 10, 7)):
        out.append(_random(rng, size, letters, n))
    out.append(_random(rng, 300, 8, 6, weights=[10, 10, 10, 1, 1, 1, 1, 1]))  # several tied-ish tops
    # maximum size
    out.append(_random(rng, T_MAX, 26, N_MAX, large=True))
    out.append(_random(rng, T_MAX, 26, 3, large=True))
    out.append(_random(rng, T_MAX, 4, 50, weights=[20, 1, 1, 1], large=True))
    out.append({"args": [["Q"] * T_MAX, N_MAX], "large": True})
    out.append({"args": [[L[i % 26] for i in range(T_MAX)], 25], "large": True})
    for case in out:
        tasks, n = case["args"]
        assert 1 <= len(tasks) <= T_MAX and 0 <= n <= N_MAX
        assert all(len(t) == 1 and t in L for t in tasks)
    return out
