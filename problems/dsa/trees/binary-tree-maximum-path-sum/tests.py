"""Maximum Path Sum cases: trees in level order, None for a missing child."""
import random
from collections import deque

N_MAX = 3 * 10**4
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


def _deep_tree(rng, n, spine, lo=-V, hi=V):
    root = {"val": rng.randint(lo, hi), "left": None, "right": None}
    node, path = root, [root]
    for _ in range(spine - 1):
        child = {"val": rng.randint(lo, hi), "left": None, "right": None}
        node["left" if rng.random() < 0.5 else "right"] = child
        node = child
        path.append(child)
    slots = [(p, s) for p in path for s in ("left", "right") if p[s] is None]
    for _ in range(n - spine):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = {"val": rng.randint(lo, hi), "left": None, "right": None}
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
        {"args": [[4, 7, -6, 2, 5]], "expected": 16, "sample": True},
        {"args": [[-8, 3, 10, None, None, 6, -2]], "expected": 16, "sample": True},
        {"args": [[-5, -9, -3]], "expected": -3, "sample": True},
        # hand-picked edges
        {"args": [[-1000]], "expected": -1000},                          # single negative node
        {"args": [[1000]], "expected": 1000},
        {"args": [[0, -1]], "expected": 0},
        {"args": [[-2, 1]], "expected": 1},                               # best is a lone child
        {"args": [[1, 2, 3]], "expected": 6},                             # through the root
        {"args": [[2, -1, -1]], "expected": 2},                           # skip negative children
        {"args": [[1, -2, 3]], "expected": 4},
        {"args": [[5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]], "expected": 48},
        {"args": [[-3, -3, -3, -3, -3]], "expected": -3},
        {"args": [[10, 9, -100, 8, 7]], "expected": 27},                  # forking would give 34
        {"args": [[1, None, 2, None, 3, None, 4]], "expected": 10},
        {"args": [[-1, 5, None, 4, None, None, 2, -4]], "expected": 11},
    ]
    rng = random.Random(124)
    for n in (2, 5, 10, 20, 50, 120, 300, 800):
        out.append({"args": [_level_order(_random_tree(rng, n))]})
    out.append({"args": [_level_order(_random_tree(rng, 200, -V, -1))]})   # all negative
    out.append({"args": [_level_order(_random_tree(rng, 200, -10, 3))]})   # mostly negative
    out.append({"args": [_level_order(_deep_tree(rng, 1000, 600, -5, 5))]})
    # maximum size
    out.append({"args": [_level_order(_random_tree(rng, N_MAX))], "large": True})
    out.append({"args": [_level_order(_random_tree(rng, N_MAX, -V, -1))], "large": True})
    out.append({"args": [[rng.randint(-V, V) for _ in range(N_MAX)]], "large": True})
    out.append({"args": [_level_order(_deep_tree(rng, N_MAX, 20000, -20, 25))], "large": True})
    out.append({"args": [_chain([rng.randint(-V, V) for _ in range(N_MAX)], "right")],
                "large": True})
    out.append({"args": [_chain([V] * N_MAX, "left")], "large": True, "expected": V * N_MAX})
    out.append({"args": [_chain([rng.randint(-V, V) for _ in range(N_MAX)], "zigzag")],
                "large": True})
    for case in out:
        (vals,) = case["args"]
        assert 1 <= sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or -V <= v <= V for v in vals)
        assert vals[0] is not None and vals[-1] is not None
    return out
