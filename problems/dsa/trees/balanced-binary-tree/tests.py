"""Balanced Binary Tree cases: trees in level order, None for a missing child."""
import random
from collections import deque

N_MAX = 5000
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


def _node(rng):
    return {"val": rng.randint(-V, V), "left": None, "right": None}


def _avl(rng, h, p_full):
    """A random height-balanced tree of height exactly h."""
    if h == 0:
        return None
    node = _node(rng)
    r = rng.random()
    if h == 1 or r < p_full:
        hl = hr = h - 1
    elif r < (1 + p_full) / 2:
        hl, hr = h - 1, h - 2
    else:
        hl, hr = h - 2, h - 1
    node["left"], node["right"] = _avl(rng, hl, p_full), _avl(rng, hr, p_full)
    return node


def _nodes(root):
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in (node["left"], node["right"]) if c)
    return out


def _balanced(rng, h, p_full, limit):
    while True:
        t = _avl(rng, h, p_full)
        if len(_nodes(t)) <= limit:
            return t


def _break_deep(rng, root):
    """Hang a 2-node chain under a deepest leaf: unbalanced at that leaf only."""
    best, stack = [], [(root, 1)]
    depth_max = 0
    while stack:
        node, d = stack.pop()
        if not node["left"] and not node["right"]:
            if d > depth_max:
                best, depth_max = [node], d
            elif d == depth_max:
                best.append(node)
        stack.extend((c, d + 1) for c in (node["left"], node["right"]) if c)
    leaf = rng.choice(best)
    side = rng.choice(("left", "right"))
    a, b = _node(rng), _node(rng)
    leaf[side] = a
    a[rng.choice(("left", "right"))] = b
    return root


def _cut(rng, root):
    """Remove one random non-root subtree (may or may not unbalance)."""
    node = rng.choice([n for n in _nodes(root) if n["left"] or n["right"]])
    side = rng.choice([s for s in ("left", "right") if node[s]])
    node[side] = None
    return root


def _random_tree(rng, n):
    root = _node(rng)
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = _node(rng)
        parent[side] = child
        slots += [(child, "left"), (child, "right")]
    return root


def cases():
    out = [
        # statement examples
        {"args": [[20, 8, 30, None, None, 25, 40]], "expected": True, "sample": True},
        {"args": [[6, 2, 9, 1, None, None, 12, 0]], "expected": False, "sample": True},
        {"args": [[]], "expected": True, "sample": True},
        # hand-picked edges
        {"args": [[1]], "expected": True},
        {"args": [[1, 2]], "expected": True},
        {"args": [[1, None, 2]], "expected": True},
        {"args": [[1, 2, None, 3]], "expected": False},                  # left chain of 3
        {"args": [[1, None, 2, None, 3]], "expected": False},            # right chain of 3
        {"args": [[1, 2, 3, 4, 5]], "expected": True},                   # sizes 3 vs 1, heights 2 vs 1
        {"args": [[1, 2, 3, 4, None, None, 5, 6, None, None, 7]], "expected": False},  # root ok, below not
        {"args": [[1, 2, 3, 4, 5, 6, None, 7]], "expected": True},       # balanced, leaves at depths 3 and 4
        {"args": [[1, 2, 2, 3, None, None, 3, 4, None, None, 4]], "expected": False},
        {"args": [[0, 0, 0, 0, 0, 0, 0, 0]], "expected": True},
        {"args": [[-10000, 10000, -10000, None, 10000]], "expected": True},
    ]
    rng = random.Random(110)
    for h, p in ((3, 0.3), (4, 0.2), (5, 0.1), (6, 0.3), (7, 0.0), (8, 0.2)):
        t = _balanced(rng, h, p, N_MAX)
        out.append({"args": [_level_order(t)], "expected": True})
        t = _balanced(rng, h, p, N_MAX)
        out.append({"args": [_level_order(_break_deep(rng, t))], "expected": False})
        t = _balanced(rng, h, p, N_MAX)
        out.append({"args": [_level_order(_cut(rng, t))]})
    for n in (10, 50, 300):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    # maximum size
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True,
                "expected": True})                                    # complete tree
    for p in (0.0, 0.5):
        t = _balanced(rng, 14 if p == 0.0 else 13, p, N_MAX - 2)
        out.append({"args": [_level_order(t)], "large": True, "expected": True})
        t = _balanced(rng, 14 if p == 0.0 else 13, p, N_MAX - 2)
        out.append({"args": [_level_order(_break_deep(rng, t))], "large": True, "expected": False})
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    chain = [0]
    for i in range(1, N_MAX):
        chain += [None, i]
    out.append({"args": [chain], "large": True, "expected": False})
    for case in out:
        (vals,) = case["args"]
        assert sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert not vals or (vals[0] is not None and vals[-1] is not None)
    return out
