"""Maximum Depth cases: trees in LeetCode level order, None for a missing child."""
import random
from collections import deque

N_MAX = 10**4


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


def _depth(root):
    best, stack = 0, [(root, 1)] if root else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        stack.extend((c, d + 1) for c in (node["left"], node["right"]) if c)
    return best


def _node(rng):
    return {"val": rng.randint(-100, 100), "left": None, "right": None}


def _random_tree(rng, n):
    """Attach each new node to a random free child slot of an existing node."""
    if n == 0:
        return None
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


def _deep_tree(rng, n, spine):
    """A long path (length `spine`) with the remaining nodes hung randomly off it: deep and bushy."""
    root = _node(rng)
    path, node = [root], root
    for _ in range(spine - 1):
        child = _node(rng)
        node["left" if rng.random() < 0.5 else "right"] = child
        node = child
        path.append(child)
    slots = [(p, s) for p in path for s in ("left", "right") if p[s] is None]
    for _ in range(n - spine):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = _node(rng)
        parent[side] = child
        slots += [(child, "left"), (child, "right")]
    return root


def _right_chain(n):
    out = [1]
    for v in range(2, n + 1):
        out += [None, v % 201 - 100]
    return out


def _left_chain(n):
    out = [1]
    for v in range(2, n + 1):
        out += [v % 201 - 100, None]
    while out[-1] is None:
        out.pop()
    return out


def _zigzag(n):
    """Left, right, left, ... : each node has one child on alternating sides."""
    out = [0]
    for i in range(1, n):
        out += [i % 100, None] if i % 2 else [None, i % 100]
    while out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[5, 2, 8, None, None, 6, 11, None, 7]], "expected": 4, "sample": True},
        {"args": [[10, None, -4]], "expected": 2, "sample": True},
        {"args": [[]], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": 1},                                   # one node
        {"args": [[1, 2]], "expected": 2},                                # left child only
        {"args": [[1, 2, 3, 4, 5, 6, 7]], "expected": 3},                 # perfect tree
        {"args": [[1, 2, 3, 4, None, None, None, 5]], "expected": 4},     # deep on the far left
        {"args": [[1, 2, 3, None, None, None, 4, None, 5]], "expected": 4},  # deep on the far right
        {"args": [[1, 2, 3, 4, None, None, 5, 6, None, None, 7]], "expected": 4},  # two equal arms
        {"args": [[-100, 100, -100, None, 100]], "expected": 3},          # value extremes
        {"args": [[1, None, 2, 3, None, None, 4]], "expected": 4},         # zigzag
        {"args": [[3, 3, 3, 3, 3, None, None, 3]], "expected": 4},         # equal values
    ]
    rng = random.Random(104)
    for n in (2, 3, 6, 10, 25, 60, 200, 1000):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    # maximum size: random, balanced-ish, deep-and-bushy, and degenerate chains of 10^4 nodes
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    out.append({"args": [[rng.randint(-100, 100) for _ in range(N_MAX)]], "large": True,
                "expected": 14})  # complete tree: 2^13 <= 10^4 < 2^14
    deep = _deep_tree(rng, N_MAX, 6000)
    assert _depth(deep) >= 6000
    out.append({"args": [_level_order(deep)], "large": True})
    out.append({"args": [_right_chain(N_MAX)], "expected": N_MAX, "large": True})
    out.append({"args": [_left_chain(N_MAX)], "expected": N_MAX, "large": True})
    out.append({"args": [_zigzag(N_MAX)], "expected": N_MAX, "large": True})
    for case in out:
        (vals,) = case["args"]
        assert sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -100 <= v <= 100 for v in vals)
        assert not vals or (vals[0] is not None and vals[-1] is not None)
    return out
