"""Construct from pre-order and in-order cases: [preorder, inorder] of one tree, distinct values."""
import random
from collections import deque

N_MAX = 3000
V = 3000


def _random_shape(rng, n):
    root = {"val": None, "left": None, "right": None}
    slots = [(root, "left"), (root, "right")]
    nodes = [root]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = {"val": None, "left": None, "right": None}
        parent[side] = child
        nodes.append(child)
        slots += [(child, "left"), (child, "right")]
    return root, nodes


def _chain_shape(n, kind, rng):
    root = {"val": None, "left": None, "right": None}
    nodes, node = [root], root
    for i in range(1, n):
        if kind == "random":
            side = rng.choice(("left", "right"))
        elif kind == "zigzag":
            side = "left" if i % 2 else "right"
        else:
            side = kind
        child = {"val": None, "left": None, "right": None}
        node[side] = child
        node = child
        nodes.append(child)
    return root, nodes


def _traversals(root):
    pre, ino = [], []
    stack = [root]
    while stack:
        node = stack.pop()
        pre.append(node["val"])
        for c in (node["right"], node["left"]):
            if c:
                stack.append(c)
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node["left"]
        node = stack.pop()
        ino.append(node["val"])
        node = node["right"]
    return [pre, ino]


def _make(rng, shape, values=None):
    root, nodes = shape
    vals = values if values is not None else rng.sample(range(-V, V + 1), len(nodes))
    for node, v in zip(nodes, vals):
        node["val"] = v
    return _traversals(root)


def _level_order(pre, ino):
    """Independent rebuild (for the asserts): returns the tree in level order."""
    where = {v: i for i, v in enumerate(ino)}
    it = iter(pre)

    def build(lo, hi):
        if lo > hi:
            return None
        v = next(it)
        m = where[v]
        left = build(lo, m - 1)
        return {"val": v, "left": left, "right": build(m + 1, hi)}

    root = build(0, len(ino) - 1)
    out, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        out.append(None if node is None else node["val"])
        if node:
            queue += [node["left"], node["right"]]
    while out and out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[6, 2, 1, 4, 9, 8], [1, 2, 4, 6, 8, 9]], "expected": [6, 2, 9, 1, 4, 8],
         "sample": True},
        {"args": [[3, 5, 7], [3, 7, 5]], "expected": [3, None, 5, 7], "sample": True},
        {"args": [[-11], [-11]], "expected": [-11], "sample": True},
        # hand-picked edges
        {"args": [[1, 2], [2, 1]], "expected": [1, 2]},                  # left child
        {"args": [[1, 2], [1, 2]], "expected": [1, None, 2]},            # right child
        {"args": [[1, 2, 3], [2, 1, 3]], "expected": [1, 2, 3]},
        {"args": [[1, 2, 3], [3, 2, 1]], "expected": [1, 2, None, 3]},   # left chain
        {"args": [[1, 2, 3], [1, 2, 3]], "expected": [1, None, 2, None, 3]},  # right chain
        {"args": [[1, 2, 3], [2, 3, 1]], "expected": [1, 2, None, None, 3]},
        {"args": [[1, 2, 3], [1, 3, 2]], "expected": [1, None, 2, 3]},
        {"args": [[-3000, 3000, 0], [3000, -3000, 0]], "expected": [-3000, 3000, 0]},
        {"args": [[4, 2, 1, 3, 6, 5, 7], [1, 2, 3, 4, 5, 6, 7]], "expected": [4, 2, 6, 1, 3, 5, 7]},
    ]
    rng = random.Random(105)
    for n in (4, 6, 9, 14, 25, 50, 120, 300, 800):
        out.append({"args": _make(rng, _random_shape(rng, n))})
    out.append({"args": _make(rng, _chain_shape(60, "random", rng))})
    out.append({"args": _make(rng, _chain_shape(40, "zigzag", rng))})
    # maximum size
    out.append({"args": _make(rng, _random_shape(rng, N_MAX)), "large": True})
    for kind in ("left", "right", "zigzag", "random"):
        out.append({"args": _make(rng, _chain_shape(N_MAX, kind, rng)), "large": True})
    shape = _random_shape(rng, N_MAX)
    out.append({"args": _make(rng, shape, list(range(-1500, 1500))), "large": True})
    for case in out:
        pre, ino = case["args"]
        assert 1 <= len(pre) == len(ino) <= N_MAX
        assert sorted(pre) == sorted(ino) and len(set(pre)) == len(pre)
        assert all(-V <= v <= V for v in pre)
        if "expected" in case:
            assert _level_order(pre, ino) == case["expected"]
    return out
