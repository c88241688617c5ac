"""Validate BST cases: trees in level order, None for a missing child."""
import random
from collections import deque

N_MAX = 10**4
LO, HI = -2**31, 2**31 - 1


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


def _inorder_nodes(root):
    out, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node["left"]
        node = stack.pop()
        out.append(node)
        node = node["right"]
    return out


def _bst(rng, n, lo=LO, hi=HI, extremes=False):
    """Random shape, values filled in order: a valid BST."""
    root = _shape(rng, n)
    vals = sorted(rng.sample(range(lo, hi + 1), n))
    if extremes:
        vals[0], vals[-1] = LO, HI
    for node, v in zip(_inorder_nodes(root), vals):
        node["val"] = v
    return root


def _parents(root):
    """(node, parent, grandparent, side, parent_side) for every node with a grandparent."""
    out, stack = [], [(root, None, None, None, None)]
    while stack:
        node, p, g, side, pside = stack.pop()
        if g is not None:
            out.append((node, p, g, side, pside))
        for s in ("left", "right"):
            if node[s]:
                stack.append((node[s], node, p, s, side))
    return out


def _break_ancestor(rng, root, equal):
    """Make a leaf violate its grandparent's bound while staying fine with its parent."""
    cands = [(x, p, g, s, ps) for x, p, g, s, ps in _parents(root)
             if not x["left"] and not x["right"] and s != ps]
    if not cands:
        return None
    x, p, g, s, ps = rng.choice(cands)
    if s == "right":           # p is g's left child; x must stay > p but now reaches g
        x["val"] = g["val"] if equal else g["val"] + 1
    else:                      # p is g's right child; x must stay < p but now reaches g
        x["val"] = g["val"] if equal else g["val"] - 1
    return root


def _swap_two(rng, root):
    nodes = _inorder_nodes(root)
    i, j = rng.sample(range(len(nodes)), 2)
    nodes[i]["val"], nodes[j]["val"] = nodes[j]["val"], nodes[i]["val"]
    return root


def _chain_bst(n, side):
    vals = list(range(n)) if side == "right" else list(range(n, 0, -1))
    out = [vals[0]]
    for v in vals[1:]:
        out += [None, v] if side == "right" else [v, None]
    while out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[50, 30, 70, 20, 40, 60, 80]], "expected": True, "sample": True},
        {"args": [[50, 30, 70, 20, 55]], "expected": False, "sample": True},
        {"args": [[8, 8]], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[0]], "expected": True},
        {"args": [[LO]], "expected": True},
        {"args": [[HI]], "expected": True},
        {"args": [[LO, None, HI]], "expected": True},                    # 32-bit extremes
        {"args": [[HI, LO]], "expected": True},
        {"args": [[0, LO, HI]], "expected": True},
        {"args": [[1, None, 1]], "expected": False},                     # duplicate on the right
        {"args": [[2, 1, 3]], "expected": True},
        {"args": [[2, 3, 1]], "expected": False},                        # mirrored
        {"args": [[5, 1, 8, None, None, 4, 9]], "expected": False},      # 4 < 5 in right subtree
        {"args": [[5, 1, 8, None, None, 5, 9]], "expected": False},      # equals the root
        {"args": [[10, 5, 15, None, None, 11, 20]], "expected": True},
        {"args": [[LO, None, LO]], "expected": False},
    ]
    rng = random.Random(98)
    for n in (3, 6, 12, 30, 80, 200):
        out.append({"args": [_level_order(_bst(rng, n))], "expected": True})
        for equal in (False, True):
            t = _break_ancestor(rng, _bst(rng, n), equal)
            if t is not None:
                out.append({"args": [_level_order(t)], "expected": False})
        out.append({"args": [_level_order(_swap_two(rng, _bst(rng, n)))], "expected": False})
    out.append({"args": [_level_order(_bst(rng, 50, extremes=True))], "expected": True})
    out.append({"args": [_level_order(_bst(rng, 60, -40, 40))], "expected": True})
    # maximum size
    out.append({"args": [_level_order(_bst(rng, N_MAX, extremes=True))], "large": True,
                "expected": True})
    out.append({"args": [_level_order(_break_ancestor(rng, _bst(rng, N_MAX), True))],
                "large": True, "expected": False})
    out.append({"args": [_level_order(_break_ancestor(rng, _bst(rng, N_MAX), False))],
                "large": True, "expected": False})
    out.append({"args": [_chain_bst(N_MAX, "right")], "large": True, "expected": True})
    out.append({"args": [_chain_bst(N_MAX, "left")], "large": True, "expected": True})
    bad = _chain_bst(N_MAX, "right")
    bad[-1] = bad[-3]                                                  # last equals its parent
    out.append({"args": [bad], "large": True, "expected": False})
    for case in out:
        (vals,) = case["args"]
        assert 1 <= sum(v is not None for v in vals) <= N_MAX
        assert all(v is None or LO <= v <= HI for v in vals)
        assert vals[0] is not None and vals[-1] is not None
    return out
