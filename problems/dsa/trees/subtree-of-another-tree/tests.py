"""Subtree of Another Tree cases: two trees in level order, None for a missing child."""
import copy
import random
from collections import deque

N_ROOT = 2000
N_SUB = 1000
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


def _size(node):
    return len(_nodes(node))


def _pick_subtree(rng, root, lo, hi):
    """A copy of a random subtree of root whose size is within [lo, hi] (or the closest one)."""
    cands = [n for n in _nodes(root) if lo <= _size(n) <= hi]
    if not cands:
        cands = [min(_nodes(root), key=lambda n: abs(_size(n) - hi))]
    return copy.deepcopy(rng.choice(cands))


def _drop_leaf(rng, sub):
    """Remove one leaf (sub keeps >= 1 node): now it is only a prefix of the original subtree."""
    t = copy.deepcopy(sub)
    parents = [(n, s) for n in _nodes(t) for s in ("left", "right")
               if n[s] and not n[s]["left"] and not n[s]["right"]]
    if parents:
        node, side = rng.choice(parents)
        node[side] = None
    return t


def _tweak_value(rng, sub):
    t = copy.deepcopy(sub)
    node = rng.choice(_nodes(t))
    node["val"] = node["val"] + 1 if node["val"] < V else node["val"] - 1
    return t


def _pair(rng, n_root, lo, hi, mode, vlo=-V, vhi=V):
    root = _random_tree(rng, n_root, vlo, vhi)
    sub = _pick_subtree(rng, root, lo, hi)
    if mode == "prefix":
        sub = _drop_leaf(rng, sub)
    elif mode == "tweak":
        sub = _tweak_value(rng, sub)
    return [_level_order(root), _level_order(sub)]


def _chain(n, val, side="right"):
    out = [val]
    for _ in range(n - 1):
        out += [None, val] if side == "right" else [val, None]
    while out[-1] is None:
        out.pop()
    return out


def cases():
    out = [
        # statement examples
        {"args": [[9, 4, 15, 2, 6, None, 18], [4, 2, 6]], "expected": True, "sample": True},
        {"args": [[9, 4, 15, 2, 6, None, 18, None, None, 5], [4, 2, 6]], "expected": False,
         "sample": True},
        {"args": [[5, 12], [2]], "expected": False, "sample": True},
        # hand-picked edges
        {"args": [[1], [1]], "expected": True},                          # whole tree
        {"args": [[1], [2]], "expected": False},
        {"args": [[1, 2], [2]], "expected": True},                       # a leaf
        {"args": [[1, 2], [1]], "expected": False},                      # root without its child
        {"args": [[1, 2, 3], [1, 2, 3]], "expected": True},
        {"args": [[1, 2, 3], [1, 2]], "expected": False},                # prefix of the whole tree
        {"args": [[1, None, 2], [1, 2]], "expected": False},             # same values, other side
        {"args": [[3, 4, 5, 1, 2], [4, 1]], "expected": False},
        {"args": [[-1, -12], [12]], "expected": False},                  # sign boundary
        {"args": [[1, 12], [2]], "expected": False},                     # digit boundary
        {"args": [[1, 1], [1]], "expected": True},                       # equal values
        {"args": [[2, 2, 2, 2, None, 2], [2, 2]], "expected": True},
        {"args": [[-10000, 10000, -10000], [10000]], "expected": True},
    ]
    rng = random.Random(572)
    for n_root, lo, hi in ((10, 2, 4), (30, 3, 8), (100, 5, 20), (400, 10, 60)):
        for mode in ("exact", "prefix", "tweak"):
            out.append({"args": _pair(rng, n_root, lo, hi, mode)})
    for mode in ("exact", "prefix"):                                     # tiny values: many near-hits
        out.append({"args": _pair(rng, 300, 4, 30, mode, 0, 1)})
    # maximum size
    for mode in ("exact", "prefix", "tweak"):
        out.append({"args": _pair(rng, N_ROOT, 300, N_SUB, mode, -3, 3), "large": True})
    out.append({"args": [_level_order(_random_tree(rng, N_ROOT, 0, 0)),
                         _level_order(_random_tree(rng, N_SUB, 0, 0))], "large": True})
    out.append({"args": [_chain(N_ROOT, 7), _chain(N_SUB, 7)], "large": True, "expected": True})
    out.append({"args": [_chain(N_ROOT, 7), _chain(N_SUB, 7, "left")], "large": True,
                "expected": False})
    left = _chain(N_ROOT, 5, "left")
    out.append({"args": [left, _chain(N_SUB - 1, 5, "left") + [None, None, 6]], "large": True})
    for case in out:
        r, s = case["args"]
        assert 1 <= sum(v is not None for v in r) <= N_ROOT
        assert 1 <= sum(v is not None for v in s) <= N_SUB
        for vals in (r, s):
            assert all(v is None or -V <= v <= V for v in vals)
            assert vals[0] is not None and vals[-1] is not None
    return out
