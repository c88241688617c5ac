"""Level Order Traversal cases: trees in level order, None for a missing child."""
import random
from collections import deque

N_MAX = 2000
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


def cases():
    out = [
        # statement examples
        {"args": [[8, 4, 11, None, 6, 9, 14]], "expected": [[8], [4, 11], [6, 9, 14]],
         "sample": True},
        {"args": [[-2, None, 7, 3]], "expected": [[-2], [7], [3]], "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        # hand-picked edges
        {"args": [[5]], "expected": [[5]]},
        {"args": [[1, 2]], "expected": [[1], [2]]},
        {"args": [[1, None, 2]], "expected": [[1], [2]]},
        {"args": [[1, 2, 3, 4, 5, 6, 7]], "expected": [[1], [2, 3], [4, 5, 6, 7]]},
        {"args": [[1, 2, 3, None, 4, 5]], "expected": [[1], [2, 3], [4, 5]]},
        {"args": [[1, 2, 3, 4, None, None, 5, 6, None, None, 7]],
         "expected": [[1], [2, 3], [4, 5], [6, 7]]},
        {"args": [[0, 0, 0, 0, 0]], "expected": [[0], [0, 0], [0, 0]]},
        {"args": [[-1000, 1000, -1000, 1000]], "expected": [[-1000], [1000, -1000], [1000]]},
        {"args": [[3, 9, 20, None, None, 15, 7, 1, None, None, 2]],
         "expected": [[3], [9, 20], [15, 7], [1, 2]]},
    ]
    rng = random.Random(102)
    for n in (2, 4, 7, 12, 20, 40, 90, 200, 500):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    out.append({"args": [_level_order(_random_tree(rng, 300, -2, 2))]})
    # maximum size
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})
    for kind in ("left", "right", "zigzag"):
        out.append({"args": [_chain(N_MAX, kind)], "large": True})
    for case in out:
        (vals,) = case["args"]
        assert sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert not vals or (vals[0] is not None and vals[-1] is not None)
    return out
