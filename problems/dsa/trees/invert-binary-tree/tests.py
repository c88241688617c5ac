"""Invert Binary Tree cases: trees in level order, None for a missing child."""
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


def _chain(n, side):
    out = [0]
    for i in range(1, n):
        s = side if side != "zigzag" else ("left" if i % 2 else "right")
        v = i % (2 * V + 1) - V
        out += [v, None] if s == "left" else [None, v]
    while out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[10, 4, 17, 1, 6, None, 20]], "expected": [10, 17, 4, 20, None, 6, 1],
         "sample": True},
        {"args": [[-3, None, 8, 5]], "expected": [-3, 8, None, None, 5], "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[7]], "expected": [7]},                                 # one node
        {"args": [[1, 2]], "expected": [1, None, 2]},                     # left child only
        {"args": [[1, None, 2]], "expected": [1, 2]},                     # right child only
        {"args": [[2, 1, 3]], "expected": [2, 3, 1]},
        {"args": [[1, 2, 3, 4, 5, 6, 7]], "expected": [1, 3, 2, 7, 6, 5, 4]},       # perfect
        {"args": [[1, 2, 2, 3, 4, 4, 3]], "expected": [1, 2, 2, 3, 4, 4, 3]},       # symmetric
        {"args": [[5, 5, 5, 5]], "expected": [5, 5, 5, None, None, None, 5]},       # equal values
        {"args": [[1, 2, None, 3, None, 4]], "expected": [1, None, 2, None, 3, None, 4]},
        {"args": [[-100, 100, -100, None, 100]], "expected": [-100, -100, 100, None, None, 100]},
        {"args": [[4, 2, 7, 1, 3, 6, 9]], "expected": [4, 7, 2, 9, 6, 3, 1]},
    ]
    rng = random.Random(226)
    for n in (2, 3, 5, 8, 13, 21, 40, 70):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    out.append({"args": [_level_order(_random_tree(rng, 60, -1, 1))]})   # repeated values
    # maximum size
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})  # complete
    for side in ("left", "right", "zigzag"):
        out.append({"args": [_chain(N_MAX, side)], "large": True})
    for case in out:
        (vals,) = case["args"]
        assert sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert not vals or (vals[0] is not None and vals[-1] is not None)
    return out
