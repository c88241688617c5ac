"""Linked List Cycle cases. Each argument is {"list": values from the head, "pos": index the tail
links back to, or -1}; the judge's "cycle" codec builds the nodes."""
import random

N_MAX = 10**4
V = 10**5


def _case(values, pos, expected=None, sample=False, large=False):
    case = {"args": [{"list": values, "pos": pos}]}
    if expected is not None:
        case["expected"] = expected
    if sample:
        case["sample"] = True
    if large:
        case["large"] = True
    return case


def cases():
    out = [
        # statement examples
        _case([12, 5, -7, 30, 8], 2, True, sample=True),
        _case([4, 4], -1, False, sample=True),
        _case([6], 0, True, sample=True),
        # hand-picked edges
        _case([], -1, False),                         # empty list
        _case([6], -1, False),                        # one node, no cycle
        _case([1, 2], 0, True),                       # two nodes looping
        _case([1, 2], 1, True),                       # tail points to itself
        _case([1, 2], -1, False),
        _case([0, 0, 0, 0, 0], -1, False),            # all equal, no cycle
        _case([0, 0, 0, 0, 0], 4, True),              # all equal, self loop at the tail
        _case([3, 2, 0, -4, 7, 9], 0, True),          # whole list is the cycle
        _case([-V, V, -V, V], 3, True),               # value extremes
        _case([-V, V, -V, V], -1, False),
        _case([1, 2, 3, 1, 2, 3], -1, False),         # repeating values, no cycle
    ]
    rng = random.Random(141)
    for n in (3, 7, 20, 75, 300, 1500):
        values = [rng.randint(-20, 20) for _ in range(n)]    # plenty of equal values
        out.append(_case(values, -1))
        out.append(_case(values, rng.randrange(n)))
    # maximum size: long tails, long cycles, and lists with no cycle at all
    values = [rng.randint(-V, V) for _ in range(N_MAX)]
    out.append(_case(values, -1, False, large=True))
    out.append(_case(values, 0, True, large=True))
    out.append(_case(values, N_MAX - 1, True, large=True))
    out.append(_case(values, N_MAX // 2, True, large=True))
    out.append(_case([7] * N_MAX, -1, False, large=True))
    out.append(_case(list(range(N_MAX)), 1, True, large=True))
    out.append(_case([rng.randint(-3, 3) for _ in range(N_MAX)], rng.randrange(N_MAX), True,
                     large=True))
    out.append(_case([rng.randint(-V, V) for _ in range(N_MAX)], -1, False, large=True))
    for case in out:
        (arg,) = case["args"]
        values, pos = arg["list"], arg["pos"]
        assert len(values) <= N_MAX and all(-V <= v <= V for v in values)
        assert pos == -1 or 0 <= pos < len(values)
    return out
