"""Min Stack cases: operation sequences; the expected outputs come from the reference."""
import random

LO, HI = -2**31, 2**31 - 1
MAX_CALLS = 3 * 10**4


def _sequence(rng, calls, lo, hi, weights=(4, 3, 2, 3)):
    """`calls` random operations; pop/top/getMin only on a non-empty stack."""
    ops, args, size = ["MinStack"], [[]], 0
    for _ in range(calls):
        op = "push" if size == 0 else rng.choices(("push", "pop", "top", "getMin"), weights)[0]
        ops.append(op)
        if op == "push":
            args.append([rng.randint(lo, hi)])
            size += 1
        else:
            args.append([])
            size -= op == "pop"
    return {"ops": ops, "args": args}


def _pushes_then(values, tail_ops):
    ops = ["MinStack"] + ["push"] * len(values) + tail_ops
    args = [[]] + [[v] for v in values] + [[] for _ in tail_ops]
    return {"ops": ops, "args": args}


def _case(ops, args, expected=None, sample=False):
    case = {"ops": ops, "args": args}
    if expected is not None:
        case["expected"] = expected
    if sample:
        case["sample"] = True
    return case


def cases():
    out = [
        # statement examples
        _case(["MinStack", "push", "push", "push", "getMin", "pop", "pop", "getMin", "top"],
              [[], [6], [2], [9], [], [], [], [], []],
              [None, None, None, None, 2, None, None, 6, 6], sample=True),
        _case(["MinStack", "push", "push", "push", "getMin", "pop", "getMin", "pop", "getMin"],
              [[], [5], [3], [3], [], [], [], [], []],
              [None, None, None, None, 3, None, 3, None, 5], sample=True),
        _case(["MinStack", "push", "push", "top", "getMin"],
              [[], [LO], [HI], [], []],
              [None, None, None, HI, LO], sample=True),
        # hand-picked edges
        _case(["MinStack", "push", "getMin", "top"], [[], [0], [], []], [None, None, 0, 0]),
        _case(["MinStack", "push", "pop", "push", "getMin"],               # empty, then refilled
              [[], [-7], [], [12], []], [None, None, None, None, 12]),
        _case(["MinStack", "push", "push", "pop", "getMin"],                # min equal to bottom
              [[], [4], [4], [], []], [None, None, None, None, 4]),
        _case(["MinStack", "push", "push", "push", "getMin", "pop", "getMin", "pop", "getMin"],
              [[], [1], [2], [3], [], [], [], [], []],                     # increasing: min stays
              [None, None, None, None, 1, None, 1, None, 1]),
        _case(["MinStack", "push", "push", "push", "getMin", "pop", "getMin", "pop", "getMin"],
              [[], [3], [2], [1], [], [], [], [], []],                     # decreasing: min rises
              [None, None, None, None, 1, None, 2, None, 3]),
        _case(["MinStack", "push", "push", "push", "push", "getMin", "top", "pop", "getMin", "top"],
              [[], [-1], [-1], [-1], [-1], [], [], [], [], []],            # all equal
              [None, None, None, None, None, -1, -1, None, -1, -1]),
        _case(["MinStack", "push", "push", "getMin", "push", "getMin", "pop", "pop", "getMin", "top"],
              [[], [HI], [LO], [], [LO], [], [], [], [], []],              # extremes, repeated
              [None, None, None, LO, None, LO, None, None, HI, HI]),
    ]
    rng = random.Random(155)
    for calls, lo, hi in ((10, -5, 5), (20, -3, 3), (40, LO, HI), (60, -10, 10), (100, 0, 2),
                          (300, -1000, 1000), (1000, LO, HI)):
        out.append(_sequence(rng, calls, lo, hi))
    out.append(_sequence(rng, 500, -50, 50, weights=(5, 5, 1, 4)))  # hovers near empty

    # maximum size: 3 * 10^4 calls
    big = []
    big.append(_sequence(rng, MAX_CALLS, LO, HI))
    big.append(_sequence(rng, MAX_CALLS, -20, 20))  # many repeated minimums
    # a deep stack queried over and over: O(n) getMin is 10^4 * 2 * 10^4 steps
    n = 10**4
    big.append(_pushes_then([rng.randint(LO, HI) for _ in range(n)], ["getMin"] * (MAX_CALLS - n)))
    big.append(_pushes_then(list(range(n, 0, -1)), ["getMin", "top"] * ((MAX_CALLS - n) // 2)))
    # decreasing pushes, then pop everything checking the minimum each time
    n = MAX_CALLS // 3
    big.append(_pushes_then(list(range(HI, HI - n, -1)), ["getMin", "pop"] * (n - 1) + ["getMin", "top"]))
    for case in big:
        case["large"] = True
    out += big

    for case in out:
        assert len(case["ops"]) - 1 <= MAX_CALLS and len(case["ops"]) == len(case["args"])
        size = 0
        for op, a in zip(case["ops"][1:], case["args"][1:]):
            if op == "push":
                assert LO <= a[0] <= HI
                size += 1
            else:
                assert size > 0 and a == []
                size -= op == "pop"
    return out
