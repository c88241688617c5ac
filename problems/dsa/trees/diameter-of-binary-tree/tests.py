"""Diameter of Binary Tree cases: trees in level order, None for a missing child."""
import random
from collections import deque

N_MAX = 10**4
V = 100


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


def _node(rng):
    return {"val": rng.randint(-V, V), "left": None, "right": None}


def _grow(rng, root, slots, n):
    for _ in range(n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = _node(rng)
        parent[side] = child
        slots += [(child, "left"), (child, "right")]
    return root


def _random_tree(rng, n):
    root = _node(rng)
    return _grow(rng, root, [(root, "left"), (root, "right")], n - 1)


def _path(rng, length):
    """A random downward path of `length` nodes; returns (top, list of nodes)."""
    top = _node(rng)
    path, node = [top], top
    for _ in range(length - 1):
        child = _node(rng)
        node["left" if rng.random() < 0.5 else "right"] = child
        node = child
        path.append(child)
    return top, path


def _off_root(rng, n, arm):
    """Root with a short right arm and a left child whose two long arms hold the diameter."""
    root, mid = _node(rng), _node(rng)
    root["left"] = mid
    root["right"] = _node(rng)
    a, pa = _path(rng, arm)
    b, pb = _path(rng, arm)
    mid["left"], mid["right"] = a, b
    slots = [(p, s) for p in pa + pb for s in ("left", "right") if p[s] is None]
    return _grow(rng, root, slots, n - 3 - 2 * arm)


def _chain(n, kind):
    out = [0]
    for i in range(1, n):
        s = kind if kind != "zigzag" else ("left" if i % 2 else "right")
        v = i % (2 * V + 1) - V
        out += [v, None] if s == "left" else [None, v]
    while out[-1] is None:
        out.pop()
    return out


def _vee(n):
    """Root with a left chain and a right chain: the diameter is n - 1 through the root."""
    root = {"val": 0, "left": None, "right": None}
    for side in ("left", "right"):
        node = root
        for i in range((n - 1) // 2 + (side == "left" and (n - 1) % 2)):
            child = {"val": i % 100, "left": None, "right": None}
            node[side] = child
            node = child
    return root


def cases():
    out = [
        # statement examples
        {"args": [[7, 3, 9, 2, 4, None, 11]], "expected": 4, "sample": True},
        {"args": [[1, 5, None, 6, 8, 10, None, None, 12]], "expected": 4, "sample": True},
        {"args": [[42]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[1, 2]], "expected": 1},
        {"args": [[1, None, 2]], "expected": 1},
        {"args": [[1, 2, 3]], "expected": 2},
        {"args": [[1, 2, 3, 4, 5, 6, 7]], "expected": 4},
        {"args": [[1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8]], "expected": 6},  # off root
        {"args": [[1, 2, 3, 4, None, None, 5, 6, None, None, 7]], "expected": 6},           # via root
        {"args": [[-100, -100, -100, -100]], "expected": 3},
        {"args": [[0, 0, None, 0, None, 0]], "expected": 3},         # left chain
        {"args": [[5, None, 4, 3, None, 2]], "expected": 3},         # zigzag
    ]
    rng = random.Random(543)
    for n in (2, 5, 9, 16, 30, 60, 120, 400):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    out.append({"args": [_level_order(_off_root(rng, 19, 8))], "expected": 16})
    out.append({"args": [_level_order(_off_root(rng, 300, 40))]})
    # maximum size
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True,
                "expected": 25})  # complete tree: depth 14, last level partly filled on the left
    out.append({"args": [_level_order(_off_root(rng, N_MAX, 3000))], "large": True})
    out.append({"args": [_level_order(_vee(N_MAX))], "large": True, "expected": N_MAX - 1})
    for kind in ("left", "right", "zigzag"):
        out.append({"args": [_chain(N_MAX, kind)], "large": True, "expected": N_MAX - 1})
    for case in out:
        (vals,) = case["args"]
        assert 1 <= sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert vals[0] is not None and vals[-1] is not None
    return out
