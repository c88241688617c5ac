"""LRU Cache cases: operation sequences; the expected outputs come from the reference."""
import random

CAP_MAX = 3000
KEY_MAX = 10**4
VAL_MAX = 10**5
MAX_CALLS = 2 * 10**5


def _sequence(rng, capacity, calls, keys, p_get=0.5, val_max=VAL_MAX):
    """`calls` random gets/puts on keys drawn from `keys` (a range or list)."""
    ops, args = ["LRUCache"], [[capacity]]
    for _ in range(calls):
        key = rng.choice(keys)
        if rng.random() < p_get:
            ops.append("get")
            args.append([key])
        else:
            ops.append("put")
            args.append([key, rng.randint(0, val_max)])
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
        _case(["LRUCache", "put", "put", "get", "put", "get", "get", "put", "put", "get", "get"],
              [[2], [7, 70], [3, 30], [7], [5, 50], [3], [5], [7, 71], [9, 90], [5], [7]],
              [None, None, None, 70, None, -1, 50, None, None, -1, 71], sample=True),
        _case(["LRUCache", "put", "get", "put", "get", "get"],
              [[1], [4, 1], [4], [6, 2], [4], [6]],
              [None, None, 1, None, -1, 2], sample=True),
        _case(["LRUCache", "put", "put", "put", "get", "get"],
              [[2], [1, 5], [2, 6], [1, 8], [2], [1]],
              [None, None, None, None, 6, 8], sample=True),
        # hand-picked edges
        _case(["LRUCache", "get"], [[1], [0]], [None, -1]),                       # empty cache
        _case(["LRUCache", "put", "get", "put", "get"],                           # key 0, value 0
              [[1], [0, 0], [0], [0, 100000], [0]], [None, None, 0, None, 100000]),
        _case(["LRUCache", "put", "put", "get", "get"],                           # capacity 1 update
              [[1], [3, 1], [3, 2], [3], [4]], [None, None, None, 2, -1]),
        _case(["LRUCache", "put", "put", "get", "put", "get", "get"],             # get protects 1
              [[2], [1, 1], [2, 2], [1], [3, 3], [2], [1]],
              [None, None, None, 1, None, -1, 1]),
        _case(["LRUCache", "put", "put", "put", "put", "get", "get"],             # put protects 1
              [[2], [1, 1], [2, 2], [1, 10], [3, 3], [2], [1]],
              [None, None, None, None, None, -1, 10]),
        _case(["LRUCache", "get", "put", "get", "put", "put", "get", "get"],      # miss does not count
              [[2], [2], [2, 6], [1], [1, 5], [1, 2], [1], [2]],
              [None, -1, None, -1, None, None, 2, 6]),
        _case(["LRUCache", "put", "put", "put", "put", "get", "get", "get", "get"],  # pure FIFO fill
              [[3], [1, 1], [2, 2], [3, 3], [4, 4], [4], [3], [2], [1]],
              [None, None, None, None, None, 4, 3, 2, -1]),
        _case(["LRUCache", "put", "put", "get", "get", "put", "get"],             # keys at the bounds
              [[2], [10000, 7], [0, 9], [10000], [0], [5000, 1], [10000]],
              [None, None, None, 7, 9, None, -1]),
    ]
    rng = random.Random(146)
    for capacity, calls, nkeys, p_get in ((1, 20, 3, 0.5), (2, 40, 5, 0.5), (3, 60, 6, 0.4),
                                          (5, 200, 12, 0.5), (10, 500, 25, 0.6),
                                          (50, 2000, 80, 0.5), (100, 3000, 400, 0.3),
                                          (1000, 5000, 1500, 0.5)):
        out.append(_sequence(rng, capacity, calls, range(nkeys), p_get))
    out.append(_sequence(rng, 20, 1000, range(10), 0.5))                  # everything fits
    out.append(_sequence(rng, 4, 1000, range(KEY_MAX + 1), 0.5))          # almost every get misses
    out.append(_sequence(rng, CAP_MAX, 6000, range(4500), 0.5))           # full capacity, mixed
    # fill to capacity, then cycle through capacity + 1 keys: every put evicts, every get misses
    ops, args = ["LRUCache"], [[CAP_MAX]]
    for i in range(4500):
        ops.append("put")
        args.append([i % (CAP_MAX + 1), i % 1000])
        if i % 3 == 0:
            ops.append("get")
            args.append([(i + 1) % (CAP_MAX + 1)])
    out.append({"ops": ops, "args": args})

    # maximum size: 2 * 10^5 calls on a full cache of 3000 keys. Mostly re-reads of a few hot
    # keys, which sit at the most-recent end (list.remove scans the whole order list to find
    # them), plus puts that evict (a scan for the oldest timestamp reads all 3000 stamps).
    # Only one such case: the judge's own per-call preparation is costly at this size.
    ops, args = ["LRUCache"], [[CAP_MAX]]
    for key in rng.sample(range(KEY_MAX + 1), CAP_MAX):
        ops.append("put")
        args.append([key, rng.randint(0, 999)])
    hot = [a[0] for a in args[-8:]]
    while len(ops) <= MAX_CALLS:
        r = rng.random()
        if r < 0.75:
            ops.append("get")
            args.append([rng.choice(hot)])
        elif r < 0.8:
            ops.append("get")
            args.append([rng.randint(0, KEY_MAX)])
        else:
            ops.append("put")
            args.append([rng.randint(0, KEY_MAX), rng.randint(0, 999)])
    out.append({"ops": ops, "args": args, "large": True})

    for case in out:
        ops, args = case["ops"], case["args"]
        assert len(ops) == len(args) and ops[0] == "LRUCache" and 1 <= args[0][0] <= CAP_MAX
        assert len(ops) - 1 <= MAX_CALLS
        for op, a in zip(ops[1:], args[1:]):
            assert 0 <= a[0] <= KEY_MAX
            assert (op == "get" and len(a) == 1) or (op == "put" and 0 <= a[1] <= VAL_MAX)
    return out
