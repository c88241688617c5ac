"""Detect Squares cases: operation sequences; the expected outputs come from the reference."""
import random

C = 1000          # coordinates are in [0, C]
MAX_CALLS = 3000


def _case(ops, args, expected=None, sample=False):
    case = {"ops": ["DetectSquares"] + ops, "args": [[]] + [[[x, y]] for x, y in args]}
    if expected is not None:
        case["expected"] = [None] + expected
    if sample:
        case["sample"] = True
    return case


def _random(rng, calls, xs, ys, p_count=0.3):
    ops, pts = [], []
    for _ in range(calls):
        ops.append("count" if rng.random() < p_count else "add")
        pts.append((rng.choice(xs), rng.choice(ys)))
    return _case(ops, pts)


def _scaled_grid(rng, calls_add, calls_count, side, step, origin=0):
    coords = [origin + i * step for i in range(side)]
    ops, pts = [], []
    for _ in range(calls_add):
        ops.append("add")
        pts.append((rng.choice(coords), rng.choice(coords)))
    for _ in range(calls_count):
        ops.append("count")
        pts.append((rng.choice(coords), rng.choice(coords)))
    return _case(ops, pts)


def cases():
    out = [
        # statement examples
        _case(["add", "add", "add", "count", "count", "add", "count"],
              [(2, 2), (5, 2), (2, 5), (5, 5), (6, 6), (2, 2), (5, 5)],
              [None, None, None, 1, 0, None, 2], sample=True),
        _case(["add", "add", "add", "add", "add", "count", "add", "add", "count"],
              [(1, 1), (1, 3), (3, 1), (4, 1), (4, 3), (3, 3), (5, 3), (5, 1), (3, 3)],
              [None, None, None, None, None, 1, None, None, 2], sample=True),
        _case(["count", "add", "count", "add", "add", "add", "count"],
              [(0, 0), (0, 0), (0, 0), (0, 1000), (1000, 0), (1000, 1000), (0, 0)],
              [0, None, 0, None, None, None, 1], sample=True),
        # hand-picked edges
        _case(["count"], [(500, 500)], [0]),                                          # empty
        _case(["add", "add", "add", "count"], [(3, 3), (3, 3), (3, 3), (3, 3)],     # zero area only
              [None, None, None, 0]),
        # four squares of side 1 around (1, 1), one in each quadrant
        _case(["add"] * 8 + ["count"],
              [(0, 0), (0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1), (2, 2), (1, 1)],
              [None] * 8 + [4]),
        # multiplicities multiply: 2 * 3 * 1 = 6
        _case(["add", "add", "add", "add", "add", "add", "count"],
              [(0, 4), (0, 4), (4, 0), (4, 0), (4, 0), (4, 4), (0, 0)],
              [None] * 6 + [6]),
        # a rectangle is not a square
        _case(["add", "add", "add", "count"], [(0, 0), (0, 2), (3, 2), (3, 0)], [None, None, None, 0]),
        # the query point itself being stored changes nothing
        _case(["add", "add", "add", "add", "count"], [(7, 7), (7, 9), (9, 7), (9, 9), (7, 7)],
              [None, None, None, None, 1]),
        # only two of the three corners present
        _case(["add", "add", "count", "add", "count"], [(10, 10), (10, 20), (20, 20), (20, 10), (20, 20)],
              [None, None, 0, None, 1]),
    ]
    rng = random.Random(2013)
    out.append(_random(rng, 30, range(3), range(3)))
    out.append(_random(rng, 60, range(4), range(4), 0.4))
    out.append(_random(rng, 100, [0, 1000], [0, 1000]))
    out.append(_random(rng, 200, range(6), range(6), 0.5))
    out.append(_random(rng, 300, range(0, 1001, 250), range(0, 1001, 250)))
    out.append(_random(rng, 500, range(C + 1), range(C + 1)))          # sparse: mostly zeros
    out.append(_random(rng, 800, range(10), range(20, 30), 0.3))
    out.append(_scaled_grid(rng, 400, 400, 5, 200))

    # maximum size (3000 calls). Points piled on a small grid: almost every stored point is a
    # diagonal candidate, so scanning all points (with list.count for the other corners) is
    # O(n^2) per count.
    big = [_scaled_grid(rng, 1500, 1500, 6, 37, origin=100),
           _scaled_grid(rng, 2000, 1000, 4, 1)]
    # one full column of distinct y's (the reference walks it on every count)
    ops, pts = [], []
    for y in range(C + 1):
        ops.append("add")
        pts.append((500, y))
    for _ in range(MAX_CALLS - (C + 1) - 1000):
        ops.append("add")
        pts.append((rng.choice((500 - 7, 500 + 7)), rng.randint(0, C)))
    for _ in range(1000):
        ops.append("count")
        pts.append((500, rng.randint(0, C)))
    big.append(_case(ops, pts))
    big.append(_random(rng, MAX_CALLS, range(C + 1), range(C + 1), 0.5))
    for case in big:
        case["large"] = True
    out += big

    for case in out:
        ops, args = case["ops"], case["args"]
        assert ops[0] == "DetectSquares" and args[0] == [] and len(ops) == len(args)
        assert len(ops) - 1 <= MAX_CALLS
        for a in args[1:]:
            (x, y), = a
            assert 0 <= x <= C and 0 <= y <= C
    return out
