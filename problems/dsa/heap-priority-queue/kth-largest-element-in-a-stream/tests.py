"""Kth Largest Element In a Stream cases: the constructor, then add calls; len(nums) >= k - 1."""
import random

V = 10**4
N_MAX = 10**4
ADDS_MAX = 10**4


def _case(k, nums, vals, expected=None, sample=False, large=False):
    case = {"ops": ["KthLargest"] + ["add"] * len(vals), "args": [[k, nums]] + [[v] for v in vals]}
    if expected is not None:
        case["expected"] = expected
    if sample:
        case["sample"] = True
    if large:
        case["large"] = True
    return case


def _random(rng, k, n, adds, lo=-V, hi=V, large=False):
    nums = [rng.randint(lo, hi) for _ in range(n)]
    vals = [rng.randint(lo, hi) for _ in range(adds)]
    return _case(k, nums, vals, large=large)


def cases():
    out = [
        # statement examples
        _case(2, [7, 1, 4], [3, 9, 8, 2], [None, 4, 7, 8, 8], sample=True),
        _case(3, [5, 5], [1, 6, -2], [None, 1, 5, 5], sample=True),
        _case(1, [], [-4, -7, 0], [None, -4, -4, 0], sample=True),
        # hand-picked edges
        _case(1, [], [V], [None, V]),                                  # smallest input
        _case(1, [-V], [-V, V, -V], [None, -V, V, V]),                 # extremes
        _case(3, [4, 1], [], [None]),                                  # no add at all
        _case(2, [9], [1, 1, 1], [None, 1, 1, 1]),                     # nums has exactly k - 1
        _case(4, [2, 2, 2, 2, 2], [2, 2], [None, 2, 2]),               # all equal
        _case(3, [10, 9, 8, 7, 6, 5], [1, 2, 3, 4], [None, 8, 8, 8, 8]),  # nums longer than k
        _case(3, [10, 9, 8, 7, 6, 5], [11, 12, 13, 14], [None, 9, 10, 11, 12]),
        _case(2, [1, 2, 3, 4, 5], [4, 5, 6], [None, 4, 5, 5]),         # duplicates enter the top k
        _case(5, [0, 0, 0, 0], [-1, 1, -1, 1, 1, 1, 1], [None, -1, 0, 0, 0, 0, 0, 1]),
        _case(2, [-3, -8], [-5, -1, -2], [None, -5, -3, -2]),          # negatives only
    ]
    rng = random.Random(703)
    for k, n, adds, lo, hi in ((1, 5, 10, -10, 10), (3, 2, 20, -5, 5), (5, 30, 30, -V, V),
                               (7, 6, 50, 0, 3), (10, 100, 100, -100, 100), (50, 300, 300, -V, V),
                               (200, 199, 500, -1000, 1000), (2, 1000, 1000, -V, V)):
        out.append(_random(rng, k, n, adds, lo, hi))
    out.append(_case(4, list(range(50)), list(range(-50, 0))))           # nothing new ever qualifies
    out.append(_case(4, list(range(-50, 0)), list(range(50))))           # every add qualifies

    # maximum size: 10^4 initial values and 10^4 adds
    out.append(_random(rng, 1, N_MAX, ADDS_MAX, large=True))
    out.append(_random(rng, 500, N_MAX, ADDS_MAX, large=True))
    out.append(_random(rng, N_MAX, N_MAX, ADDS_MAX, large=True))
    out.append(_random(rng, N_MAX, N_MAX - 1, ADDS_MAX, -50, 50, large=True))
    out.append(_case(3000, sorted(rng.randint(-V, V) for _ in range(N_MAX)),
                     list(range(-V, V + 1, 2))[:ADDS_MAX], large=True))  # increasing stream

    for case in out:
        k, nums = case["args"][0]
        vals = [a[0] for a in case["args"][1:]]
        assert 1 <= k <= 10**4 and len(nums) <= N_MAX and len(vals) <= ADDS_MAX
        assert len(nums) >= k - 1
        assert all(-V <= x <= V for x in nums + vals)
    return out
