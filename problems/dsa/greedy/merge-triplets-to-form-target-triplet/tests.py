"""Merge Triplets cases: brute-checked lists of up to 10 triplets, then lists of 10^5 and 2 * 10^4
triplets (few at full size: generator-heavy accepted solutions spend a few microseconds per
triplet). Many cases hide a target value only inside triplets that overshoot target elsewhere."""
import random

N_MAX = 10**5
V_MAX = 1000


def _fitting(rng, target):
    """A triplet with every entry at or below target's."""
    return [rng.randint(1, t) for t in target]


def _below(rng, target):
    """A triplet with every entry strictly below target's (entries of 1 stay 1)."""
    return [rng.randint(1, max(1, t - 1)) for t in target]


def _overshoot(rng, target):
    """A triplet that matches target in one position but is too big in another."""
    t = _fitting(rng, target)
    hit = rng.randrange(3)
    t[hit] = target[hit]
    over = rng.choice([k for k in range(3) if k != hit and target[k] < V_MAX] or [hit])
    if target[over] < V_MAX:
        t[over] = rng.randint(target[over] + 1, V_MAX)
    return t


def _small(rng):
    hi = rng.choice([3, 4, 6])
    n = rng.randint(1, 10)
    target = [rng.randint(1, hi) for _ in range(3)]
    kind = rng.random()
    if kind < 0.3:  # anything goes
        triplets = [[rng.randint(1, hi) for _ in range(3)] for _ in range(n)]
    else:  # a mix built around target: often true, sometimes one piece spoiled
        triplets = []
        for _ in range(n):
            roll = rng.random()
            if roll < 0.4:
                t = _fitting(rng, target)
                k = rng.randrange(3)
                t[k] = target[k]
            elif roll < 0.7:
                t = _overshoot(rng, target)
            else:
                t = [rng.randint(1, hi) for _ in range(3)]
            triplets.append(t)
    return [triplets, target]


def _large(rng, target, n, hits, overshoots, late=False):
    """n triplets within target (none reaching it), plus one exact hit per position in hits and
    some overshooting decoys; late=True puts the hits at the very end."""
    triplets = [_below(rng, target) for _ in range(n - len(hits) - overshoots)]
    triplets += [_overshoot(rng, target) for _ in range(overshoots)]
    rng.shuffle(triplets)
    exact = []
    for k in hits:
        t = _fitting(rng, target)
        t[k] = target[k]
        exact.append(t)
    if late:
        return [triplets + exact, target]
    for t in exact:
        triplets.insert(rng.randrange(len(triplets) + 1), t)
    return [triplets, target]


def cases():
    out = [
        # statement examples
        {"args": [[[4, 1, 6], [2, 5, 3], [3, 7, 2], [1, 2, 5]], [4, 5, 6]], "expected": True,
         "sample": True},
        {"args": [[[3, 2, 8], [1, 4, 2], [2, 1, 5]], [3, 4, 5]], "expected": False, "sample": True},
        {"args": [[[7, 2, 2], [2, 2, 7]], [2, 7, 2]], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[[1, 1, 1]], [1, 1, 1]], "expected": True},                   # no merge needed
        {"args": [[[1, 1, 1]], [2, 2, 2]], "expected": False},
        {"args": [[[3, 3, 4]], [3, 3, 3]], "expected": False},
        {"args": [[[3, 3, 4], [1, 1, 3]], [3, 3, 3]], "expected": False},       # x, y only in a bad one
        {"args": [[[2, 1, 1], [1, 2, 1], [1, 1, 2]], [2, 2, 2]], "expected": True},
        {"args": [[[2, 5, 1], [1, 2, 1], [1, 1, 2]], [2, 2, 2]], "expected": False},
        {"args": [[[5, 5, 5], [3, 1, 2], [1, 3, 1], [2, 2, 3]], [3, 3, 3]], "expected": True},
        {"args": [[[9, 9, 9], [4, 4, 4], [1, 1, 1]], [4, 4, 4]], "expected": True},
        {"args": [[[1, 3, 1]], [3, 1, 1]], "expected": False},                  # wrong position
        {"args": [[[2, 3, 1], [1, 1, 3]], [2, 3, 3]], "expected": True},        # one gives two values
        {"args": [[[1000, 1000, 1000]], [1000, 1000, 1000]], "expected": True},
        {"args": [[[1000, 1, 1], [1, 1000, 1], [1, 1, 999]], [1000, 1000, 1000]], "expected": False},
        {"args": [[[1, 1, 1], [1, 1, 1]], [1, 1, 2]], "expected": False},
        {"args": [[[4, 2, 4], [2, 4, 5], [2, 4, 4]], [4, 4, 4]], "expected": True},
    ]

    rng = random.Random(1899)
    for _ in range(14):  # small, brute-checked
        out.append({"args": _small(rng)})

    # maximum size
    n = N_MAX
    t = [rng.randint(400, V_MAX) for _ in range(3)]
    # true, the exact hits come last; false, no triplet that fits has target's y
    out.append({"args": _large(rng, t, n, [0, 1, 2], n // 2, late=True), "large": True})
    out.append({"args": _large(rng, t, n, [0, 2], n // 3), "large": True})
    # false: every target value appears only in triplets that overshoot
    out.append({"args": _large(rng, [500, 500, 500], n, [], n - 3), "large": True})
    out.append({"args": [[[rng.randint(1, V_MAX) for _ in range(3)] for _ in range(n)],
                         [rng.randint(1, V_MAX) for _ in range(3)]], "large": True})
    out.append({"args": [[[V_MAX, V_MAX, V_MAX]] * (n - 1) + [[1, 2, 3]], [1, 2, 3]], "large": True})
    # mid-size (too big for the brute force): true; false (no fitting z); true (all [1, 1, 1]);
    # false (no 3 anywhere)
    m = 2 * 10**4
    out.append({"args": _large(rng, [V_MAX] * 3, m, [1, 0, 2], 0), "large": True})
    out.append({"args": _large(rng, [V_MAX] * 3, m, [0, 1], 0), "large": True})
    out.append({"args": _large(rng, [1, 1, 1], m, [0], 0), "large": True})
    out.append({"args": [[[2, 2, 2]] * m, [2, 2, 3]], "large": True})

    for case in out:
        triplets, target = case["args"]
        assert 1 <= len(triplets) <= N_MAX and len(target) == 3 and all(len(t) == 3 for t in triplets)
        assert all(1 <= v <= V_MAX for t in triplets + [target] for v in t)
        assert case.get("large") or len(triplets) <= 10
    return out
