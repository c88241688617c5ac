"""Car Fleet cases: distinct positions in [0, target), speeds in [1, 10^6]."""
import random

T_MAX = 10**6
S_MAX = 10**6
N_MAX = 10**5


def _random(rng, n, target, smax):
    pos = rng.sample(range(target), n)
    return {"args": [target, pos, [rng.randint(1, smax) for _ in range(n)]]}


def _ties(rng, n, target):
    """Groups of cars that all arrive at the same integer time: exact-at-the-target merges."""
    pos, spd, used = [], [], set()
    while len(pos) < n:
        t = rng.randint(1, 20)
        for _ in range(rng.randint(1, 4)):
            s = rng.randint(1, target // t)
            p = target - s * t
            if 0 <= p < target and p not in used and len(pos) < n:
                used.add(p)
                pos.append(p)
                spd.append(s)
    return {"args": [target, pos, spd]}


def cases():
    out = [
        # statement examples
        {"args": [20, [14, 8, 2, 17], [2, 4, 1, 1]], "expected": 2, "sample": True},
        {"args": [50, [0], [7]], "expected": 1, "sample": True},
        {"args": [12, [0, 6, 9], [1, 2, 3]], "expected": 3, "sample": True},
        # hand-picked edges
        {"args": [1, [0], [1]]},
        {"args": [10, [0, 5], [2, 1]]},            # catches exactly at the target: one fleet
        {"args": [10, [0, 5], [1, 2]]},            # the front one pulls away: two fleets
        {"args": [10, [4, 0], [1, 1]]},            # same speed never merge
        {"args": [10, [9, 0], [1, 1000000]]},      # fast car from the back catches a slow leader
        {"args": [100, [0, 10, 20, 30], [4, 3, 2, 1]]},  # everyone merges
        {"args": [100, [30, 20, 10, 0], [4, 3, 2, 1]]},  # nobody merges
        {"args": [12, [10, 8, 0, 5, 3], [2, 4, 1, 1, 3]]},
        {"args": [10, [6, 8], [3, 2]]},            # arrives 4/3 vs 1: separate
        {"args": [1000000, [0, 999999], [1000000, 1]]},  # 1 vs 1: tie at the extremes
        {"args": [7, [0, 1, 2, 3], [7, 6, 5, 4]]},       # all arrive at time 1 exactly
    ]
    rng = random.Random(853)
    for n, target, smax in ((2, 5, 3), (5, 10, 5), (8, 20, 10), (20, 100, 10), (50, 1000, 1000),
                            (200, 500, 20)):
        out.append(_random(rng, n, target, smax))
    out.append(_ties(rng, 60, 720720))
    out.append(_ties(rng, 300, 720720))
    # maximum size
    n = N_MAX
    out.append(dict(_random(rng, n, T_MAX, S_MAX), large=True))
    out.append(dict(_ties(rng, n, 720720), large=True))
    # slowest at the back, every car its own fleet: comparing each car with all cars ahead is n^2/2
    out.append({"args": [T_MAX, list(range(n)), [1] * n], "large": True})
    pos = rng.sample(range(T_MAX), n)
    order = sorted(range(n), key=lambda i: -pos[i])
    spd = [0] * n
    for rank, i in enumerate(order):  # closer cars are faster: strictly increasing times backwards
        spd[i] = S_MAX - rank
    out.append({"args": [T_MAX, pos, spd], "large": True})
    for case in out:
        target, pos, spd = case["args"]
        assert 1 <= len(pos) == len(spd) <= N_MAX and 0 < target <= T_MAX
        assert len(set(pos)) == len(pos) and all(0 <= p < target for p in pos)
        assert all(0 < s <= S_MAX for s in spd)
    return out
