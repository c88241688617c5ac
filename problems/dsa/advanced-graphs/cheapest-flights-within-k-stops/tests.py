"""Cheapest Flights cases: n <= 100 airports, at most one flight per ordered pair, price 1..10^4, k < n."""
import random

N_MAX = 100
P_MAX = 10 ** 4


def _random(rng, n, m, pmax):
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v]
    m = min(m, len(pairs), n * (n - 1) // 2)
    chosen = rng.sample(pairs, m)
    return [[u, v, rng.randint(1, pmax)] for u, v in chosen]


def _layered_trap(n):
    """A cheap long chain 0 -> 1 -> ... -> n-1 (price 1 each) plus expensive direct hops i -> i+2,
    so the answer depends finely on k."""
    flights = [[i, i + 1, 1] for i in range(n - 1)]
    flights += [[i, i + 2, 3] for i in range(n - 2)]
    return flights


def _dense(rng, n, pmax):
    """n(n-1)/2 flights: the full quota, chosen at random among ordered pairs."""
    return _random(rng, n, n * (n - 1) // 2, pmax)


def cases():
    ex = [[0, 1, 50], [1, 3, 50], [0, 2, 20], [2, 1, 10], [0, 3, 200]]
    out = [
        {"args": [4, ex, 0, 3, 1], "expected": 100, "sample": True},
        {"args": [4, ex, 0, 3, 2], "expected": 80, "sample": True},
        {"args": [3, [[0, 1, 5], [1, 2, 5]], 0, 2, 0], "expected": -1, "sample": True},
        {"args": [2, [[0, 1, 7]], 0, 1, 0], "expected": 7},
        {"args": [2, [], 0, 1, 1], "expected": -1},
        {"args": [2, [[1, 0, 7]], 0, 1, 1], "expected": -1},                        # wrong direction
        {"args": [3, [[0, 1, 1], [1, 2, 1], [0, 2, 5]], 0, 2, 0], "expected": 5},
        {"args": [3, [[0, 1, 1], [1, 2, 1], [0, 2, 5]], 0, 2, 1], "expected": 2},
        {"args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 2, 10], [1, 3, 10]], 0, 3, 1], "expected": 11},
        {"args": [4, ex, 3, 0, 3], "expected": -1},
        {"args": [5, [[0, 1, 1], [1, 0, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 0, 4, 3], "expected": 4},
        {"args": [5, [[0, 1, 1], [1, 0, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 0, 4, 2], "expected": -1},
        {"args": [6, _layered_trap(6), 0, 5, 2], "expected": 7},  # 0-2-4-5 (3+3+1) vs 0-1-3-5 (1+3+3)
        {"args": [4, [[0, 1, 100], [1, 2, 100], [2, 3, 100], [0, 3, 500]], 0, 3, 3], "expected": 300},
    ]
    rng = random.Random(787)
    for n, m, pmax in ((5, 8, 10), (6, 12, 100), (7, 15, 5), (8, 20, 50), (9, 30, 1000), (10, 40, 20),
                       (12, 50, P_MAX), (15, 70, 10)):
        src, dst = rng.sample(range(n), 2)
        out.append({"args": [n, _random(rng, n, m, pmax), src, dst, rng.randrange(n)]})
    for k in (3, 8, 17):
        out.append({"args": [20, _layered_trap(20), 0, 19, k]})
    big = [
        [N_MAX, _dense(rng, N_MAX, P_MAX), 0, N_MAX - 1, N_MAX - 1],
        [N_MAX, _dense(rng, N_MAX, 10), 5, 77, N_MAX // 2],
        [N_MAX, _layered_trap(N_MAX), 0, N_MAX - 1, N_MAX - 1],
        [N_MAX, _layered_trap(N_MAX), 0, N_MAX - 1, 60],
        [N_MAX, _dense(rng, N_MAX, 3), 99, 0, 40],
        [N_MAX, _random(rng, N_MAX, 800, P_MAX), 3, 4, N_MAX - 1],
    ]
    out += [{"args": a, "large": True} for a in big]
    for case in out:
        n, flights, src, dst, k = case["args"]
        assert 1 <= n <= N_MAX and len(flights) <= n * (n - 1) // 2
        assert len({(u, v) for u, v, _ in flights}) == len(flights)
        assert all(0 <= u < n and 0 <= v < n and u != v and 1 <= w <= P_MAX for u, v, w in flights)
        assert 0 <= src < n and 0 <= dst < n and src != dst and 0 <= k < n
    return out
