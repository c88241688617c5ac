"""Merge K Sorted Lists cases: lists is an array of linked lists, each given as its values."""
import random

K_MAX = 10**4
LEN_MAX = 500
TOTAL_MAX = 10**4
V = 10**4


def _random_lists(rng, k, total, lo=-V, hi=V):
    """k sorted lists with `total` values spread at random (each at most LEN_MAX long)."""
    sizes = [0] * k
    for _ in range(total):
        i = rng.randrange(k)
        while sizes[i] >= LEN_MAX:
            i = rng.randrange(k)
        sizes[i] += 1
    return [sorted(rng.randint(lo, hi) for _ in range(s)) for s in sizes]


def cases():
    out = [
        # statement examples
        {"args": [[[2, 6, 9], [1, 6], [3, 4, 10]]], "expected": [1, 2, 3, 4, 6, 6, 9, 10], "sample": True},
        {"args": [[[], [-5, 0], []]], "expected": [-5, 0], "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[[]]], "expected": []},
        {"args": [[[7]]], "expected": [7]},
        {"args": [[[1, 2, 3]]], "expected": [1, 2, 3]},                          # k = 1
        {"args": [[[1], [1], [1]]], "expected": [1, 1, 1]},                       # all equal (ties)
        {"args": [[[4, 5], [1, 2], [3]]], "expected": [1, 2, 3, 4, 5]},           # odd k, disjoint ranges
        {"args": [[[-10000, 10000], [0]]], "expected": [-10000, 0, 10000]},
        {"args": [[[], [], [], [2]]], "expected": [2]},
        {"args": [[[1, 1, 1], [1, 1]]], "expected": [1, 1, 1, 1, 1]},
    ]
    rng = random.Random(23)
    for k, total, lo, hi in ((3, 10, -20, 20), (5, 40, -5, 5), (7, 100, -V, V), (20, 300, -100, 100),
                             (101, 1000, -V, V), (500, 2000, 0, 50)):
        out.append({"args": [_random_lists(rng, k, total, lo, hi)]})
    # maximum size. Many tiny lists: merging one list at a time into the growing result walks
    # about k * N / 4 = 2.5 * 10^7 nodes.
    lists = [[rng.randint(-V, V)] for _ in range(K_MAX)]
    out.append({"args": [lists], "large": True})
    # increasing heads: every list lands at the end of the growing result (N^2 / 2 steps)
    out.append({"args": [[[-V + 2 * i] for i in range(K_MAX)]], "large": True})
    out.append({"args": [[[i // 3] for i in range(K_MAX)]], "large": True})
    out.append({"args": [_random_lists(rng, 20, TOTAL_MAX)], "large": True})   # 20 lists of ~500
    out.append({"args": [_random_lists(rng, 3333, TOTAL_MAX, -3, 3)], "large": True})
    for case in out:
        (lists,) = case["args"]
        assert 0 <= len(lists) <= K_MAX and sum(map(len, lists)) <= TOTAL_MAX
        for values in lists:
            assert len(values) <= LEN_MAX and values == sorted(values) and all(-V <= v <= V for v in values)
    return out
