"""Count Good Nodes cases: trees in level order, None for a missing child."""
import random
from collections import deque

N_MAX = 10**5
V = 10**4


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


def _random_tree(rng, n, lo=-V, hi=V):
    root = {"val": rng.randint(lo, hi), "left": None, "right": None}
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = {"val": rng.randint(lo, hi), "left": None, "right": None}
        parent[side] = child
        slots += [(child, "left"), (child, "right")]
    return root


def _drifting_tree(rng, n, spine):
    """A deep spine whose values mostly rise (many good nodes deep down) with random branches."""
    root = {"val": -V, "left": None, "right": None}
    node, path = root, [root]
    for i in range(spine - 1):
        v = max(-V, min(V, node["val"] + rng.randint(-3, 4)))
        child = {"val": v, "left": None, "right": None}
        node["left" if rng.random() < 0.5 else "right"] = child
        node = child
        path.append(child)
    slots = [(p, s) for p in path for s in ("left", "right") if p[s] is None]
    for _ in range(n - spine):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = {"val": rng.randint(-V, V), "left": None, "right": None}
        parent[side] = child
        slots += [(child, "left"), (child, "right")]
    return root


def _chain(vals, kind):
    out = [vals[0]]
    for i, v in enumerate(vals[1:], 1):
        s = kind if kind != "zigzag" else ("left" if i % 2 else "right")
        out += [v, None] if s == "left" else [None, v]
    while out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[5, 2, 9, 6, None, 7, 12]], "expected": 4, "sample": True},
        {"args": [[4, 4, 1, None, None, 4]], "expected": 3, "sample": True},
        {"args": [[-7]], "expected": 1, "sample": True},
        # hand-picked edges
        {"args": [[1, 2]], "expected": 2},
        {"args": [[2, 1]], "expected": 1},
        {"args": [[3, 3, 3, 3, 3]], "expected": 5},                       # all equal: all good
        {"args": [[5, 1, None, 4]], "expected": 1},                       # 4 > parent, < root
        {"args": [[1, 2, 3, 4, 5, 6, 7]], "expected": 7},
        {"args": [[7, 6, 5, 4, 3, 2, 1]], "expected": 1},
        {"args": [[-10000, 10000, -10000, None, 10000, -10000]], "expected": 5},
        {"args": [[0, None, -1, None, 0, None, -1, None, 0]], "expected": 3},
        {"args": [[2, None, 4, 10, 8, None, None, 4]], "expected": 4},
    ]
    rng = random.Random(1448)
    for n in (3, 6, 10, 20, 50, 100, 300, 1000):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    out.append({"args": [_level_order(_random_tree(rng, 500, -2, 2))]})   # many ties
    out.append({"args": [_level_order(_drifting_tree(rng, 2000, 800))]})
    out.append({"args": [_chain([rng.randint(-V, V) for _ in range(3000)], "zigzag")]})
    # maximum size
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    out.append({"args": [_level_order(_drifting_tree(rng, N_MAX, 40000))], "large": True})
    rising = sorted(rng.randint(-V, V) for _ in range(N_MAX))
    out.append({"args": [_chain(rising, "zigzag")], "large": True, "expected": N_MAX})
    for case in out:
        (vals,) = case["args"]
        assert 1 <= sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert vals[0] is not None and vals[-1] is not None
    return out
