"""Insert Interval cases: 0..10^4 sorted, pairwise disjoint intervals in [0, 10^5] plus a new one."""
import random

N_MAX = 10**4
V = 10**5


def _intervals(rng, n, lo=0, hi=V):
    """n sorted intervals with a gap of at least one between neighbours (no shared point)."""
    cuts = sorted(rng.sample(range(lo, hi + 1), 2 * n))
    out = []
    for i in range(n):
        s, e = cuts[2 * i], cuts[2 * i + 1]
        if rng.random() < 0.15:
            e = s  # a one-day booking
        out.append([s, e])
    return out


def _new(rng, intervals, how, hi=V):
    """A new interval positioned relative to the existing ones."""
    if how == "random" or not intervals:
        a, b = sorted((rng.randint(0, hi), rng.randint(0, hi)))
        return [a, b]
    i, j = sorted(rng.sample(range(len(intervals)), 2)) if len(intervals) > 1 else (0, 0)
    if how == "touch":        # starts exactly at an end and ends exactly at a start
        return [intervals[i][1], intervals[j][0]] if i < j else [intervals[i][1], intervals[i][1]]
    if how == "span":         # from inside interval i to inside interval j
        return [rng.randint(*intervals[i]), rng.randint(*intervals[j])]
    if how == "gap":          # strictly between two neighbours, overlapping nothing
        for _ in range(100):
            k = rng.randrange(len(intervals) - 1) if len(intervals) > 1 else 0
            lo = intervals[k][1] + 1
            hi_ = intervals[k + 1][0] - 1 if k + 1 < len(intervals) else V
            if lo <= hi_:
                a, b = sorted((rng.randint(lo, hi_), rng.randint(lo, hi_)))
                return [a, b]
        return [intervals[0][0], intervals[0][0]]
    raise ValueError(how)


def cases():
    out = [
        # statement examples
        {"args": [[[1, 2], [4, 6], [9, 12]], [5, 10]], "expected": [[1, 2], [4, 12]], "sample": True},
        {"args": [[[1, 3], [6, 8]], [3, 6]], "expected": [[1, 8]], "sample": True},
        {"args": [[], [7, 7]], "expected": [[7, 7]], "sample": True},
        # hand-picked edges
        {"args": [[], [0, V]], "expected": [[0, V]]},
        {"args": [[[5, 7]], [1, 2]], "expected": [[1, 2], [5, 7]]},                 # before everything
        {"args": [[[5, 7]], [9, 9]], "expected": [[5, 7], [9, 9]]},                 # after everything
        {"args": [[[5, 7]], [6, 6]], "expected": [[5, 7]]},                         # inside one
        {"args": [[[5, 7]], [0, 5]], "expected": [[0, 7]]},                         # touches the start
        {"args": [[[5, 7]], [7, 20]], "expected": [[5, 20]]},                       # touches the end
        {"args": [[[2, 3], [7, 8]], [4, 5]], "expected": [[2, 3], [4, 5], [7, 8]]},  # in a gap
        {"args": [[[1, 2], [4, 5], [7, 8], [10, 11]], [0, 12]], "expected": [[0, 12]]},  # swallows all
        {"args": [[[1, 2], [4, 5], [7, 8], [10, 11]], [3, 9]], "expected": [[1, 2], [3, 9], [10, 11]]},
        {"args": [[[0, 0], [2, 2], [4, 4]], [2, 2]], "expected": [[0, 0], [2, 2], [4, 4]]},  # points
        {"args": [[[0, 0], [2, 2], [4, 4]], [1, 3]], "expected": [[0, 0], [1, 3], [4, 4]]},
        {"args": [[[1, 5], [10, V]], [3, 12]], "expected": [[1, V]]},
        {"args": [[[3, 4], [6, 9]], [1, 3]], "expected": [[1, 4], [6, 9]]},          # new start smaller
    ]
    rng = random.Random(57)
    for n, how, hi in ((1, "random", 20), (2, "touch", 30), (3, "span", 50), (5, "gap", 100),
                       (8, "random", 40), (10, "touch", 1000), (20, "span", 500), (50, "gap", 1000),
                       (100, "random", V), (300, "span", V), (1000, "touch", V)):
        intervals = _intervals(rng, n, 0, hi)
        out.append({"args": [intervals, _new(rng, intervals, how, hi)]})

    # maximum size: 10^4 intervals
    for how in ("random", "span", "touch", "gap"):
        intervals = _intervals(rng, N_MAX)
        out.append({"args": [intervals, _new(rng, intervals, how)], "large": True})
    intervals = _intervals(rng, N_MAX, 1, V - 1)
    out.append({"args": [intervals, [0, V]], "large": True})                      # swallows all
    intervals = _intervals(rng, N_MAX, 0, V - 1)
    out.append({"args": [intervals, [V, V]], "large": True})                      # goes last

    for case in out:
        intervals, new = case["args"]
        assert 0 <= len(intervals) <= N_MAX and len(new) == 2 and 0 <= new[0] <= new[1] <= V
        assert all(len(iv) == 2 and 0 <= iv[0] <= iv[1] <= V for iv in intervals)
        assert all(a[1] < b[0] for a, b in zip(intervals, intervals[1:]))
    return out
