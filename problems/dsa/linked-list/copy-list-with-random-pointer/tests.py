"""Copy List With Random Pointer cases: one [val, random_index or None] pair per node, from the head
(the judge's "random_list" codec builds the nodes and checks the answer shares none of them)."""
import random

N_MAX = 1000
V = 10**4


def _random_list(rng, n, lo=-V, hi=V, p_none=0.2):
    return [[rng.randint(lo, hi), None if rng.random() < p_none else rng.randrange(n)]
            for _ in range(n)]


def cases():
    out = [
        # statement examples
        {"args": [[[5, 2], [-3, None], [8, 0]]], "expected": [[5, 2], [-3, None], [8, 0]],
         "sample": True},
        {"args": [[[4, 1], [4, 1]]], "expected": [[4, 1], [4, 1]], "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[[9, None]]], "expected": [[9, None]]},                 # one node, no random
        {"args": [[[9, 0]]], "expected": [[9, 0]]},                       # one node, random to itself
        {"args": [[[1, None], [2, None], [3, None]]]},                    # no randoms at all
        {"args": [[[1, 2], [2, 2], [3, 2]]]},                             # all to the tail
        {"args": [[[1, 0], [2, 0], [3, 0]]]},                             # all to the head
        {"args": [[[1, 1], [2, 0], [3, 3], [4, 2]]]},                     # swapped pairs
        {"args": [[[7, 1], [7, 0], [7, 3], [7, 2], [7, None]]]},          # all values equal
        {"args": [[[0, 3], [0, 2], [0, 1], [0, 0]]]},                     # reversed randoms
        {"args": [[[-V, 1], [V, 0]]]},                                    # value extremes
        {"args": [[[3, None], [3, 0], [3, 1], [5, 0], [5, 3]]]},          # duplicates, distinct targets
    ]
    rng = random.Random(138)
    for n in (2, 4, 10, 30, 100, 400):
        out.append({"args": [_random_list(rng, n)]})
        out.append({"args": [_random_list(rng, n, -2, 2, p_none=0.1)]})   # heavy value repeats
    # maximum size
    out.append({"args": [_random_list(rng, N_MAX)], "large": True})
    out.append({"args": [_random_list(rng, N_MAX, 0, 3, p_none=0.0)], "large": True})
    out.append({"args": [[[i % 50, N_MAX - 1 - i] for i in range(N_MAX)]], "large": True})
    out.append({"args": [[[V - i, None] for i in range(N_MAX)]], "large": True})
    out.append({"args": [[[1, i] for i in range(N_MAX)]], "large": True})    # every node to itself
    for case in out:
        (nodes,) = case["args"]
        assert len(nodes) <= N_MAX
        for val, r in nodes:
            assert -V <= val <= V and (r is None or 0 <= r < len(nodes))
        case.setdefault("expected", [list(pair) for pair in nodes])  # a copy prints like the input
    return out
