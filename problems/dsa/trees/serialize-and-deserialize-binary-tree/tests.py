"""Serialize/Deserialize cases: trees in level order, None for a missing child. The judged output
is Codec().deserialize(Codec().serialize(root)), which must print exactly like the input."""
import random
from collections import deque

N_MAX = 10**4
V = 1000


def _level_order(root):
    """Node dicts {"val", "left", "right"} -> level-order list with trailing Nones trimmed."""
    out, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node["val"])
        queue.append(node["left"])
        queue.append(node["right"])
    while out and out[-1] is None:
        out.pop()
    return out


def _node(rng, lo, hi):
    return {"val": rng.randint(lo, hi), "left": None, "right": None}


def _random_tree(rng, n, lo=-V, hi=V, spine=0):
    """A path of `spine` nodes, then each remaining node hung on a random free child slot."""
    if n == 0:
        return None
    root = _node(rng, lo, hi)
    slots, node = [], root
    for _ in range(spine - 1):
        child = _node(rng, lo, hi)
        side = "left" if rng.random() < 0.5 else "right"
        node[side] = child
        slots.append((node, "right" if side == "left" else "left"))
        node = child
    slots += [(node, "left"), (node, "right")]
    for _ in range(n - max(spine, 1)):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = _node(rng, lo, hi)
        parent[side] = child
        slots += [(child, "left"), (child, "right")]
    return root


def _chain(n, side, value):
    """A single path of n nodes going always `side` ("left", "right" or "zigzag")."""
    out = [value(0)]
    for i in range(1, n):
        s = side if side != "zigzag" else ("left" if i % 2 else "right")
        out += [value(i), None] if s == "left" else [None, value(i)]
    while out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[8, 3, 10, None, 6, None, 14, 4]], "sample": True},
        {"args": [[-5, -5, None, -5]], "sample": True},
        {"args": [[]], "sample": True},
        # hand-picked edges
        {"args": [[0]]},                                   # one node
        {"args": [[-1]]},                                  # a value that looks like a marker
        {"args": [[1, 2]]},                                # left child only
        {"args": [[1, None, 2]]},                          # right child only: differs from the above
        {"args": [[2, 1, 3]]},                             # a BST
        {"args": [[1, 2, 3, None, None, 4, 5]]},
        {"args": [[-1, -1, -1, None, -1, -1]]},            # -1 everywhere
        {"args": [[1000, -1000, 1000, -1000]]},            # value extremes
        {"args": [[5, 4, 7, 3, None, 2, None, -1, None, 9]]},
        {"args": [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]},   # perfect tree
        {"args": [[0, 0, 0, 0, None, None, 0, 0, None, None, 0]]},          # all zeros, gaps
        {"args": [[3, None, 4, None, 5, None, 6]]},        # right chain
        {"args": [[10, 5, 15, 3, 7, None, 18]]},           # a BST with gaps
    ]
    rng = random.Random(297)
    for n in (3, 6, 12, 30, 100, 500, 2000):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    out.append({"args": [_level_order(_random_tree(rng, 300, -2, 2))]})    # many -1s and repeats
    out.append({"args": [_level_order(_random_tree(rng, 200, spine=150))]})  # deep and thin
    # maximum size
    value = lambda i: (i * 37) % (2 * V + 1) - V  # noqa: E731
    big = [
        _level_order(_random_tree(rng, N_MAX)),
        _level_order(_random_tree(rng, N_MAX, spine=6000)),          # deep and bushy
        [rng.randint(-V, V) for _ in range(N_MAX)],                  # complete tree
        _chain(N_MAX, "left", value),                                # degenerate chains
        _chain(N_MAX, "right", value),
        _chain(N_MAX, "zigzag", value),
    ]
    out += [{"args": [vals], "large": True} for vals in big]
    for case in out:
        (vals,) = case["args"]
        assert sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert not vals or (vals[0] is not None and vals[-1] is not None)
        case["expected"] = vals                    # the round trip must print like the input
    return out
