"""Redundant Connection cases: a tree on n (3..1000) nodes plus one extra edge, each [a, b] with a < b."""
import random

N_MAX = 1000


def _make(rng, n, cycle_len=None):
    """Random tree on 1..n plus one extra edge; optionally force the cycle length via a path."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    if cycle_len is None:
        tree = [(perm[i], perm[rng.randrange(i)]) for i in range(1, n)]
    else:
        # a path of cycle_len nodes first, then the rest hang off random earlier nodes
        tree = [(perm[i], perm[i - 1]) for i in range(1, cycle_len)]
        tree += [(perm[i], perm[rng.randrange(i)]) for i in range(cycle_len, n)]
    have = {(min(a, b), max(a, b)) for a, b in tree}
    if cycle_len is None:
        while True:
            a, b = rng.sample(range(1, n + 1), 2)
            if (min(a, b), max(a, b)) not in have:
                break
    else:
        a, b = perm[0], perm[cycle_len - 1]
    edges = [[min(x, y), max(x, y)] for x, y in tree] + [[min(a, b), max(a, b)]]
    rng.shuffle(edges)
    return edges


def _chain_ring(n):
    return [[i, i + 1] for i in range(1, n)] + [[1, n]]


def cases():
    out = [
        {"args": [[[1, 2], [2, 3], [1, 3], [3, 4]]], "expected": [1, 3], "sample": True},
        {"args": [[[1, 4], [3, 4], [1, 3], [1, 2], [4, 5]]], "expected": [1, 3], "sample": True},
        {"args": [[[2, 3], [1, 3], [1, 2]]], "expected": [1, 2], "sample": True},
        {"args": [[[1, 2], [1, 3], [2, 3]]], "expected": [2, 3]},
        {"args": [[[1, 3], [2, 3], [1, 2]]], "expected": [1, 2]},
        {"args": [[[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]]], "expected": [1, 4]},  # extra edge after the cycle
        {"args": [[[3, 4], [1, 2], [2, 4], [3, 5], [2, 5]]], "expected": [2, 5]},
        {"args": [[[1, 5], [1, 2], [2, 3], [3, 4], [4, 5]]], "expected": [4, 5]},   # big cycle, all edges
        {"args": [[[1, 2], [1, 3], [1, 4], [1, 5], [4, 5]]], "expected": [4, 5]},   # star plus one
        {"args": [[[4, 5], [1, 5], [1, 4], [2, 3], [3, 5]]], "expected": [1, 4]},   # cycle edge not last overall
        {"args": [_chain_ring(6)], "expected": [1, 6]},
        {"args": [[[1, 6], [5, 6], [4, 5], [3, 4], [2, 3], [1, 2]]], "expected": [1, 2]},
    ]
    rng = random.Random(684)
    for n in (5, 8, 12, 20, 35, 60, 100, 200):
        out.append({"args": [_make(rng, n)]})
    for n, k in ((10, 3), (50, 50), (120, 7)):
        out.append({"args": [_make(rng, n, k)]})
    big = [
        _make(rng, N_MAX),
        _make(rng, N_MAX, N_MAX),
        _make(rng, N_MAX, 3),
        _chain_ring(N_MAX),
        _make(rng, N_MAX, 500),
    ]
    out += [{"args": [e], "large": True} for e in big]
    for case in out:
        (edges,) = case["args"]
        n = len(edges)
        assert 3 <= n <= N_MAX
        assert all(1 <= a < b <= n for a, b in edges)
        assert len({(min(a, b), max(a, b)) for a, b in edges}) == n
    return out
