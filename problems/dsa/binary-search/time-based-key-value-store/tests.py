"""Time Based Key Value Store cases. set timestamps are strictly increasing across all calls."""
import random
import string

T_MAX = 10**7
MAX_CALLS = 2 * 10**5
ALPHABET = string.ascii_lowercase + string.digits


def _word(rng, lo=1, hi=6):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(lo, hi)))


def _sequence(rng, calls, keys, p_set=0.5, max_step=5):
    ops, args, now = ["TimeMap"], [[]], 0
    for _ in range(calls):
        key = rng.choice(keys)
        if rng.random() < p_set:
            now += rng.randint(1, max_step)
            ops.append("set")
            args.append([key, _word(rng), now])
        else:
            ops.append("get")
            args.append([key, rng.randint(1, now + max_step + 1)])
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
        _case(["TimeMap", "set", "get", "get", "set", "get", "get", "get"],
              [[], ["door", "open", 3], ["door", 3], ["door", 5], ["door", "shut", 8], ["door", 7],
               ["door", 8], ["door", 2]],
              [None, None, "open", "open", None, "open", "shut", ""], sample=True),
        _case(["TimeMap", "set", "set", "get", "get", "get"],
              [[], ["a", "x1", 10], ["b", "y1", 20], ["b", 15], ["a", 25], ["c", 30]],
              [None, None, None, "", "x1", ""], sample=True),
        # hand-picked edges
        _case(["TimeMap", "get"], [[], ["k", 1]]),                                    # empty store
        _case(["TimeMap", "set", "get"], [[], ["k", "v", 1], ["k", 1]]),              # exact time
        _case(["TimeMap", "set", "get"], [[], ["k", "v", 5], ["k", 4]]),              # too early
        _case(["TimeMap", "set", "get", "get"],
              [[], ["k", "v", T_MAX], ["k", T_MAX], ["k", 1]]),                      # bounds
        _case(["TimeMap", "set", "set", "set", "get", "get", "get", "get"],
              [[], ["k", "a", 2], ["k", "b", 4], ["k", "c", 6], ["k", 3], ["k", 4], ["k", 5], ["k", 100]]),
        _case(["TimeMap", "set", "set", "get", "get"],                                # same value twice
              [[], ["k", "same", 1], ["k", "same", 2], ["k", 1], ["k", 2]]),
        _case(["TimeMap", "set", "set", "get", "get"],                                # keys do not mix
              [[], ["x", "1", 1], ["y", "2", 2], ["x", 2], ["y", 1]]),
        _case(["TimeMap", "set", "get"],
              [[], ["k" * 100, "v" * 100, 7], ["k" * 100, 9]]),                        # longest strings
    ]
    rng = random.Random(981)
    for calls, nkeys, p_set in ((10, 1, 0.5), (20, 2, 0.5), (40, 3, 0.4), (100, 5, 0.5),
                                (300, 10, 0.3), (1000, 20, 0.5), (3000, 50, 0.5), (5000, 3, 0.6)):
        keys = list({_word(rng, 1, 4) for _ in range(nkeys)})
        out.append(_sequence(rng, calls, keys, p_set))

    # maximum size: a single key with a long history, then lookups of OLD moments: scanning the
    # history from its newest end reads nearly all of it per get.
    n_set = 50000
    ops, args = ["TimeMap"], [[]]
    times = sorted(rng.sample(range(1, T_MAX + 1), n_set))
    for t in times:
        ops.append("set")
        args.append(["hist", _word(rng, 1, 3), t])
    for _ in range(50000):
        ops.append("get")
        args.append(["hist", rng.randint(1, times[100])])
    out.append({"ops": ops, "args": args, "large": True})
    # many keys, mixed operations
    keys = list({_word(rng, 2, 5) for _ in range(1000)})
    big = _sequence(rng, 100000, keys, 0.5, max_step=50)
    big["large"] = True
    out.append(big)

    for case in out:
        ops, args = case["ops"], case["args"]
        assert ops[0] == "TimeMap" and len(ops) == len(args) and len(ops) - 1 <= MAX_CALLS
        last = 0
        for op, a in zip(ops[1:], args[1:]):
            assert 1 <= len(a[0]) <= 100 and 1 <= a[-1] <= T_MAX
            if op == "set":
                assert 1 <= len(a[1]) <= 100 and a[2] > last
                last = a[2]
    return out
