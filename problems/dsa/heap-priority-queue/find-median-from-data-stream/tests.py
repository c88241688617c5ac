"""Find Median From Data Stream cases: findMedian is only called after at least one addNum."""
import random

V = 10**5
MAX_CALLS = 5 * 10**4


def _case(ops, args, expected=None, sample=False, large=False):
    case = {"ops": ["MedianFinder"] + ops, "args": [[]] + args}
    if expected is not None:
        case["expected"] = [None] + expected
    if sample:
        case["sample"] = True
    if large:
        case["large"] = True
    return case


def _stream(values, query_every=1):
    """Add the values in order and ask for the median after every `query_every`-th one."""
    ops, args = [], []
    for i, v in enumerate(values, 1):
        ops.append("addNum")
        args.append([v])
        if i % query_every == 0:
            ops.append("findMedian")
            args.append([])
    return ops, args


def _random(rng, calls, lo, hi, p_query=0.5, large=False):
    ops, args, size = [], [], 0
    for _ in range(calls):
        if size and rng.random() < p_query:
            ops.append("findMedian")
            args.append([])
        else:
            ops.append("addNum")
            args.append([rng.randint(lo, hi)])
            size += 1
    return _case(ops, args, large=large)


def cases():
    out = [
        # statement examples
        _case(["addNum", "addNum", "findMedian", "addNum", "findMedian"], [[4], [9], [], [1], []],
              [None, None, 6.5, None, 4.0], sample=True),
        _case(["addNum", "findMedian", "addNum", "findMedian", "addNum", "addNum", "findMedian"],
              [[-3], [], [-3], [], [10], [-8], []], [None, -3.0, None, -3.0, None, None, -3.0], sample=True),
        _case(["addNum", "addNum", "addNum", "addNum", "findMedian"], [[7], [2], [5], [3], []],
              [None, None, None, None, 4.0], sample=True),
        # hand-picked edges
        _case(["addNum", "findMedian"], [[0], []], [None, 0.0]),                  # smallest input
        _case(["addNum", "findMedian"], [[-V], []], [None, -float(V)]),
        _case(["addNum", "addNum", "findMedian"], [[-V], [V], []], [None, None, 0.0]),
        _case(["addNum", "addNum", "findMedian"], [[-4], [-1], []], [None, None, -2.5]),  # negative half
        _case(["addNum", "addNum", "findMedian"], [[V], [V - 1], []], [None, None, V - 0.5]),
        _case(*_stream([5] * 10)),                                                # all equal
        _case(*_stream(list(range(1, 21)))),                                      # ascending
        _case(*_stream(list(range(20, 0, -1)))),                                  # descending
        _case(*_stream([1, 100, 2, 99, 3, 98, 4, 97, 5, 96])),                    # alternating ends
        _case(["addNum"] * 6 + ["findMedian"] * 3, [[3], [1], [4], [1], [5], [9], [], [], []]),
    ]
    rng = random.Random(295)
    for calls, lo, hi, p in ((10, -5, 5, 0.5), (20, -V, V, 0.3), (40, 0, 3, 0.5), (100, -100, 100, 0.5),
                             (300, -V, V, 0.2), (1000, -10, 10, 0.5), (2000, -V, V, 0.5)):
        out.append(_random(rng, calls, lo, hi, p))
    # maximum size: 5 * 10^4 calls
    out.append(_random(rng, MAX_CALLS, -V, V, 0.5, large=True))
    out.append(_random(rng, MAX_CALLS, -V, V, 0.5, large=True))
    out.append(_random(rng, MAX_CALLS, -3, 3, 0.5, large=True))
    out.append(_case(*_stream(list(range(-V, -V + MAX_CALLS // 2))), large=True))      # increasing
    out.append(_case(*_stream(list(range(V, V - MAX_CALLS // 2, -1))), large=True))    # decreasing
    for case in out:
        assert case["ops"][0] == "MedianFinder" and len(case["ops"]) - 1 <= MAX_CALLS
        size = 0
        for op, a in zip(case["ops"][1:], case["args"][1:]):
            if op == "addNum":
                assert -V <= a[0] <= V
                size += 1
            else:
                assert op == "findMedian" and a == [] and size > 0
    return out
