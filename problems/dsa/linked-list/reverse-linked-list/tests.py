"""Reverse Linked List cases: a linked list is given as the list of its values from the head."""
import random

N_MAX = 5000
V = 5000


def cases():
    out = [
        # statement examples
        {"args": [[9, 4, 6, 1]], "expected": [1, 6, 4, 9], "sample": True},
        {"args": [[-3, 8]], "expected": [8, -3], "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[42]], "expected": [42]},                   # one node
        {"args": [[0]], "expected": [0]},
        {"args": [[7, 7, 7]], "expected": [7, 7, 7]},         # all equal
        {"args": [[1, 2, 1]], "expected": [1, 2, 1]},         # palindrome
        {"args": [[-5000, 5000]], "expected": [5000, -5000]}, # value extremes
        {"args": [[3, 1, 2]], "expected": [2, 1, 3]},         # odd length
        {"args": [[1, 2, 3, 4, 5, 6]], "expected": [6, 5, 4, 3, 2, 1]},
    ]
    rng = random.Random(206)
    for n in (2, 5, 17, 64, 333):
        out.append({"args": [[rng.randint(-V, V) for _ in range(n)]]})
    out.append({"args": [[rng.randint(-3, 3) for _ in range(100)]]})  # many duplicates
    # maximum size (a recursive reversal recurses 5000 deep here)
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [list(range(N_MAX))], "large": True})
    out.append({"args": [[-V + (i % (2 * V + 1)) for i in range(N_MAX)]], "large": True})
    for case in out:
        (values,) = case["args"]
        assert 0 <= len(values) <= N_MAX and all(-V <= v <= V for v in values)
    return out
