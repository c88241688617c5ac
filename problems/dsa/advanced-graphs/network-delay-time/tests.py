"""Network Delay Time cases: directed edges [u, v, w], 1 <= k <= n <= 100, at most 6000 edges."""
import random

N_MAX = 100
E_MAX = 6000
W_MAX = 100


def _random(rng, n, m, w_lo=0, w_hi=W_MAX, k=None, reachable=None, large=False):
    """m distinct directed edges on n nodes. reachable=True first lays a path from k through
    every node (so the answer is not -1); False removes every edge into one node."""
    k = k if k is not None else rng.randint(1, n)
    pairs = set()
    if reachable:
        order = [k] + rng.sample([v for v in range(1, n + 1) if v != k], n - 1)
        for i in range(1, n):
            pairs.add((order[rng.randrange(i)], order[i]))  # a random tree rooted at k
    cut = None
    if reachable is False:
        cut = rng.choice([v for v in range(1, n + 1) if v != k])
    m = min(m, n * (n - 1) - (n - 1 if cut else 0))
    while len(pairs) < m:
        u, v = rng.sample(range(1, n + 1), 2)
        if v != cut:
            pairs.add((u, v))
    pairs = list(pairs)
    rng.shuffle(pairs)
    times = [[u, v, rng.randint(w_lo, w_hi)] for u, v in pairs]
    case = {"args": [times, n, k]}
    if large:
        case["large"] = True
    return case


def _chain_with_shortcuts(n, k_first=True):
    """1 -> 2 -> ... -> n with weight 1 each, plus direct shortcuts 1 -> j that are SLOWER than
    the chain (weight 2 * (j - 1), capped): many hops beat one hop."""
    times = [[i, i + 1, 1] for i in range(1, n)]
    times += [[1, j, min(W_MAX, 2 * (j - 1))] for j in range(3, n + 1)]
    return times


def cases():
    out = [
        # statement examples
        {"args": [[[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1]], 4, 1], "expected": 4, "sample": True},
        {"args": [[[2, 1, 5]], 2, 1], "expected": -1, "sample": True},
        {"args": [[[3, 1, 0], [3, 2, 7], [1, 2, 2]], 3, 3], "expected": 2, "sample": True},
        # hand-picked edges
        {"args": [[[1, 2, 1]], 2, 1], "expected": 1},                     # smallest input
        {"args": [[[1, 2, 1]], 2, 2], "expected": -1},                    # source with no way out
        {"args": [[[1, 2, 0], [2, 3, 0], [3, 1, 0]], 3, 2], "expected": 0},  # all zero weights
        {"args": [[[1, 2, 100], [2, 3, 100], [3, 4, 100]], 4, 1], "expected": 300},
        {"args": [[[1, 2, 1], [2, 1, 1], [3, 4, 1], [4, 3, 1]], 4, 1], "expected": -1},  # two parts
        {"args": [[[1, 2, 10], [1, 3, 1], [3, 4, 1], [4, 5, 1], [5, 2, 1]], 5, 1], "expected": 4},
        {"args": [[[1, 2, 5], [2, 3, 5], [1, 3, 7], [3, 4, 1], [2, 4, 9]], 4, 1], "expected": 8},
        {"args": [[[2, 1, 3], [2, 3, 3], [2, 4, 3]], 4, 2], "expected": 3},     # a star: all at once
        {"args": [[[1, 2, 50], [2, 3, 1], [1, 3, 52], [3, 1, 1]], 3, 1], "expected": 51},
        {"args": [_chain_with_shortcuts(12), 12, 1], "expected": 11},
    ]
    rng = random.Random(743)
    for n, m, reach in ((2, 2, True), (3, 4, None), (5, 8, True), (6, 10, False), (8, 20, True),
                        (10, 15, None), (15, 60, True), (20, 100, False), (30, 200, True),
                        (50, 400, None)):
        out.append(_random(rng, n, m, reachable=reach))
    out.append(_random(rng, 40, 300, 0, 2, reachable=True))               # small weights, many ties

    # maximum size: 100 servers, up to 6000 links
    out.append(_random(rng, N_MAX, E_MAX, reachable=True, large=True))
    out.append(_random(rng, N_MAX, E_MAX, reachable=False, large=True))
    out.append(_random(rng, N_MAX, E_MAX, 0, 0, reachable=True, large=True))
    out.append(_random(rng, N_MAX, 2500, 90, W_MAX, k=1, reachable=True, large=True))
    out.append({"args": [_chain_with_shortcuts(N_MAX), N_MAX, 1], "large": True})
    # a complete DAG on 1..100 where every later hop is cheap: each node is relaxed many times
    dag = [[i, j, min(W_MAX, (j - i) ** 2)] for i in range(1, N_MAX + 1)
           for j in range(i + 1, N_MAX + 1)][:E_MAX]
    out.append({"args": [dag, N_MAX, 1], "large": True})

    for case in out:
        times, n, k = case["args"]
        assert 1 <= k <= n <= N_MAX and 1 <= len(times) <= E_MAX
        assert all(len(t) == 3 and 1 <= t[0] <= n and 1 <= t[1] <= n and t[0] != t[1]
                   and 0 <= t[2] <= W_MAX for t in times)
        assert len({(u, v) for u, v, _ in times}) == len(times)
    return out
