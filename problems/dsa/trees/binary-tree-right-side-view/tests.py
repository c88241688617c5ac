"""Right Side View cases: trees in level order, None for a missing child."""
import random
from collections import deque

N_MAX = 100
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


def _random_tree(rng, n, lo=-V, hi=V):
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


def _chain(n, kind):
    out = [0]
    for i in range(1, n):
        s = kind if kind != "zigzag" else ("left" if i % 2 else "right")
        v = i % (2 * V + 1) - V
        out += [v, None] if s == "left" else [None, v]
    while out[-1] is None:
        out.pop()
    return out


def _left_heavy(rng, n):
    """Short right subtree, deep left subtree: the lower rows are seen through the left side."""
    root = {"val": rng.randint(-V, V), "left": _random_tree(rng, n - 4),
            "right": _random_tree(rng, 3)}
    return root


def cases():
    out = [
        # statement examples
        {"args": [[10, 6, 15, 3, 8, None, 20]], "expected": [10, 15, 20], "sample": True},
        {"args": [[10, 6, 15, 3, 8, None, None, None, None, 7]], "expected": [10, 15, 8, 7],
         "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[1]], "expected": [1]},
        {"args": [[1, 2]], "expected": [1, 2]},                           # left child only
        {"args": [[1, None, 2]], "expected": [1, 2]},
        {"args": [[1, 2, 3, 4]], "expected": [1, 3, 4]},                  # bottom row from the left
        {"args": [[1, 2, 3, None, 5, None, 4]], "expected": [1, 3, 4]},
        {"args": [[1, 2, 3, None, 4, 5, None, 6]], "expected": [1, 3, 5, 6]},  # right branch turns left
        {"args": [[1, 2, None, 3, None, 4]], "expected": [1, 2, 3, 4]},   # left chain
        {"args": [[7, 7, 7, 7, 7, 7, 7]], "expected": [7, 7, 7]},
        {"args": [[-100, 100, -100, None, 100]], "expected": [-100, -100, 100]},
        {"args": [[1, 2, 3, 4, 5, None, None, 6, None, None, 7]], "expected": [1, 3, 5, 7]},
    ]
    rng = random.Random(199)
    for n in (2, 3, 5, 8, 13, 21, 34, 55, 80):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    for n in (12, 40):
        out.append({"args": [_level_order(_left_heavy(rng, n))]})
    # maximum size
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    out.append({"args": [_level_order(_left_heavy(rng, N_MAX))], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})
    for kind in ("left", "right", "zigzag"):
        out.append({"args": [_chain(N_MAX, kind)], "large": True})
    for case in out:
        (vals,) = case["args"]
        assert sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert not vals or (vals[0] is not None and vals[-1] is not None)
    return out
