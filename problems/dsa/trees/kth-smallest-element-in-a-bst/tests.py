"""Kth Smallest in a BST cases: [tree in level order, k]."""
import random
from collections import deque

N_MAX = 10**4
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


def _shape(rng, n):
    root = {"val": None, "left": None, "right": None}
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = {"val": None, "left": None, "right": None}
        parent[side] = child
        slots += [(child, "left"), (child, "right")]
    return root


def _bst(rng, n):
    root = _shape(rng, n)
    vals = sorted(rng.sample(range(V + 1), n))
    out, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node["left"]
        node = stack.pop()
        out.append(node)
        node = node["right"]
    for nd, v in zip(out, vals):
        nd["val"] = v
    return _level_order(root)


def _chain(n, side):
    vals = list(range(n)) if side == "right" else list(range(n - 1, -1, -1))
    out = [vals[0]]
    for v in vals[1:]:
        out += [None, v] if side == "right" else [v, None]
    while out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[40, 20, 60, 10, 30], 4], "expected": 40, "sample": True},
        {"args": [[7, 2, None, None, 5, 3], 2], "expected": 3, "sample": True},
        {"args": [[9], 1], "expected": 9, "sample": True},
        # hand-picked edges
        {"args": [[0], 1], "expected": 0},
        {"args": [[2, 1], 1], "expected": 1},
        {"args": [[2, 1], 2], "expected": 2},
        {"args": [[1, None, 2], 2], "expected": 2},
        {"args": [[5, 3, 6, 2, 4, None, None, 1], 3], "expected": 3},
        {"args": [[5, 3, 6, 2, 4, None, None, 1], 6], "expected": 6},    # k = n
        {"args": [[4, 2, 6, 1, 3, 5, 7], 1], "expected": 1},
        {"args": [[4, 2, 6, 1, 3, 5, 7], 7], "expected": 7},
        {"args": [[0, None, 10000], 2], "expected": 10000},
    ]
    rng = random.Random(230)
    for n in (3, 5, 9, 17, 40, 100, 400, 1500):
        k = rng.randint(1, n)
        out.append({"args": [_bst(rng, n), k]})
    out.append({"args": [_bst(rng, 60), 60]})
    out.append({"args": [_bst(rng, 60), 1]})
    # maximum size
    for k in (1, N_MAX // 2, N_MAX):
        out.append({"args": [_bst(rng, N_MAX), k], "large": True})
    out.append({"args": [_chain(N_MAX, "right"), N_MAX], "large": True, "expected": N_MAX - 1})
    out.append({"args": [_chain(N_MAX, "left"), 1], "large": True, "expected": 0})
    out.append({"args": [_chain(N_MAX, "left"), 7777], "large": True, "expected": 7776})
    for case in out:
        vals, k = case["args"]
        n = sum(v is not None for v in vals)
        assert 1 <= k <= n <= N_MAX
        assert all(v is None or 0 <= v <= V for v in vals)
        assert vals[0] is not None and vals[-1] is not None
    return out
