"""Same Tree cases: two trees in level order, None for a missing child."""
import copy
import random
from collections import deque

N_MAX = 100
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
    """Attach each new node to a random free child slot of an existing node."""
    if n == 0:
        return None
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


def _nodes(root):
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in (node["left"], node["right"]) if c)
    return out


def _change_value(rng, root):
    t = copy.deepcopy(root)
    node = rng.choice(_nodes(t))
    node["val"] = node["val"] + 1 if node["val"] < V else node["val"] - 1
    return t


def _move_leaf(rng, root):
    """Move one leaf to the other child slot of its parent (if free) or drop it."""
    t = copy.deepcopy(root)
    parents = [n for n in _nodes(t) if n["left"] or n["right"]]
    node = rng.choice(parents)
    for side, other in (("left", "right"), ("right", "left")):
        c = node[side]
        if c and not c["left"] and not c["right"]:
            node[side] = None
            if node[other] is None:
                node[other] = c
            return t
    # no leaf child here: drop the whole left (or right) subtree
    side = "left" if node["left"] else "right"
    node[side] = None
    return t


def _mirror(root):
    if root is None:
        return None
    return {"val": root["val"], "left": _mirror(root["right"]), "right": _mirror(root["left"])}


def cases():
    out = [
        # statement examples
        {"args": [[8, 3, 12, None, 5], [8, 3, 12, None, 5]], "expected": True, "sample": True},
        {"args": [[6, 9], [6, None, 9]], "expected": False, "sample": True},
        {"args": [[4, 1, 7], [4, 7, 1]], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[], []], "expected": True},                       # both empty
        {"args": [[1], []], "expected": False},                     # one empty
        {"args": [[], [0]], "expected": False},
        {"args": [[0], [0]], "expected": True},
        {"args": [[0], [1]], "expected": False},
        {"args": [[2, 1], [1, None, 2]], "expected": False},        # same in-order, other shape
        {"args": [[1, 1], [1, None, 1]], "expected": False},        # equal values, other shape
        {"args": [[1, 2, 3], [1, 2, 3, 4]], "expected": False},     # extra leaf
        {"args": [[5, 5, 5, 5, 5], [5, 5, 5, 5, 5]], "expected": True},
        {"args": [[-10000, 10000], [-10000, 10000]], "expected": True},
        {"args": [[-10000, 10000], [-10000, -10000]], "expected": False},
        {"args": [[1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 8]], "expected": False},  # last leaf
        {"args": [[3, 1, 5, None, 2], [3, 1, 5, 2]], "expected": False},  # same value set, moved leaf
    ]
    rng = random.Random(100)
    for n in (2, 4, 8, 15, 30, 50, 80, N_MAX):
        t = _random_tree(rng, n, -5, 5)
        out.append({"args": [_level_order(t), _level_order(t)], "large": n == N_MAX})
        out.append({"args": [_level_order(t), _level_order(_change_value(rng, t))],
                    "large": n == N_MAX})
        out.append({"args": [_level_order(t), _level_order(_move_leaf(rng, t))],
                    "large": n == N_MAX})
    for n in (10, 40, N_MAX):
        t = _random_tree(rng, n)
        out.append({"args": [_level_order(t), _level_order(_mirror(t))], "large": n == N_MAX})
        out.append({"args": [_level_order(t), _level_order(t)], "large": n == N_MAX})
    chain = [0]
    for i in range(1, N_MAX):
        chain += [None, i]
    out.append({"args": [chain, list(chain)], "large": True, "expected": True})
    out.append({"args": [chain, chain[:-1] + [N_MAX]], "large": True, "expected": False})
    for case in out:
        for vals in case["args"]:
            assert sum(v is not None for v in vals) <= N_MAX
            assert all(v is None or -V <= v <= V for v in vals)
            assert not vals or (vals[0] is not None and vals[-1] is not None)
    return out
