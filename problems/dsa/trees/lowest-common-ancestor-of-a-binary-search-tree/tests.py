"""LCA in a BST cases: [tree in level order, p's value, q's value]; the judge hands the solution
the tree's own nodes with those values and reads back the value of the node it returns."""
import random
from collections import deque

N_MAX = 10**5
V = 10**9


# Shapes: (left, right) child-index lists over nodes 0..n-1, node 0 the root, -1 for no child.
def _random_shape(rng, n):
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for child in range(1, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        (left, right)[side][parent] = child
        slots += [(child, 0), (child, 1)]
    return left, right


def _complete_shape(n):
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return left, right


def _chain_shape(n, pattern):
    """A single path: every child on the right, on the left, or alternating (zigzag)."""
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        go_right = pattern == "right" or (pattern == "zigzag" and i % 2 == 0)
        (right if go_right else left)[i] = i + 1
    return left, right


def _caterpillar_shape(n):
    """A right-going spine; every spine node also has a leaf on its left."""
    left, right = [-1] * n, [-1] * n
    spine = 0
    nxt = 1
    while nxt < n:
        left[spine] = nxt
        nxt += 1
        if nxt < n:
            right[spine] = nxt
            spine = nxt
            nxt += 1
    return left, right


def _values(rng, left, right, lo, hi):
    """Distinct sorted values assigned in in-order: a valid BST."""
    n = len(left)
    vals, order, stack, node = [0] * n, [], [], 0
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        order.append(node)
        node = right[node]
    for i, v in zip(order, sorted(rng.sample(range(lo, hi + 1), n))):
        vals[i] = v
    return vals


def _level_order(left, right, vals):
    out, queue = [], deque([0])
    while queue:
        i = queue.popleft()
        if i == -1:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(left[i])
        queue.append(right[i])
    while out[-1] is None:
        out.pop()
    return out


def _parents(left, right):
    n = len(left)
    parent, depth = [-1] * n, [0] * n
    for i in range(n):  # children always have larger indices than their parents here
        for c in (left[i], right[i]):
            if c != -1:
                parent[c], depth[c] = i, depth[i] + 1
    return parent, depth


def _pick(rng, left, right, mode):
    """Indices (p, q): "random" any two nodes, "ancestor" one above the other, "deep" two of the
    deepest nodes, "deep_split" the children of the deepest node that has two."""
    n = len(left)
    if mode == "random":
        return rng.sample(range(n), 2)
    parent, depth = _parents(left, right)
    if mode == "ancestor":
        lower = rng.choice([i for i in range(n) if parent[i] != -1])
        above, y = [], lower
        while parent[y] != -1:
            y = parent[y]
            above.append(y)
        pair = [rng.choice(above), lower]
    elif mode == "deep":
        by_depth = sorted(range(n), key=lambda i: -depth[i])
        pair = by_depth[:2]
    elif mode == "deep_split":
        forks = [i for i in range(n) if left[i] != -1 and right[i] != -1]
        fork = max(forks, key=lambda i: depth[i])
        pair = [left[fork], right[fork]]
    else:
        raise ValueError(mode)
    rng.shuffle(pair)
    return pair


def _case(rng, shape, mode, lo=-V, hi=V, large=False):
    left, right = shape
    vals = _values(rng, left, right, lo, hi)
    p, q = _pick(rng, left, right, mode)
    case = {"args": [_level_order(left, right, vals), vals[p], vals[q]]}
    if large:
        case["large"] = True
    return case


def _chain_list(vals, pattern):
    out = [vals[0]]
    for i in range(1, len(vals)):
        go_right = pattern == "right" or (pattern == "zigzag" and i % 2 == 1)
        out += [None, vals[i]] if go_right else [vals[i], None]
    while out[-1] is None:
        out.pop()
    return out


def _tree_values(level):
    return [v for v in level if v is not None]


SAMPLE = [30, 15, 45, 8, 22, 38, 60, None, 11, 19, 27]


def cases():
    out = [
        # statement examples
        {"args": [SAMPLE, 11, 27], "expected": 15, "sample": True},
        {"args": [SAMPLE, 60, 45], "expected": 45, "sample": True},
        {"args": [[-4, None, 12], -4, 12], "expected": -4, "sample": True},
        # hand-picked edges
        {"args": [[2, 1], 2, 1], "expected": 2},                  # smallest tree, root is p
        {"args": [[2, 1], 1, 2], "expected": 2},
        {"args": [[1, None, 2], 2, 1], "expected": 1},
        {"args": [[-V, None, V], V, -V], "expected": -V},         # extreme values
        {"args": [[V, -V], -V, V], "expected": V},
        {"args": [SAMPLE, 27, 11], "expected": 15},               # split with p > q
        {"args": [SAMPLE, 19, 27], "expected": 22},               # siblings
        {"args": [SAMPLE, 8, 11], "expected": 8},                 # parent and child
        {"args": [SAMPLE, 11, 8], "expected": 8},
        {"args": [SAMPLE, 11, 60], "expected": 30},               # far leaves, split at the root
        {"args": [SAMPLE, 38, 30], "expected": 30},               # q is the root
        {"args": [SAMPLE, 15, 27], "expected": 15},               # ancestor two levels up
        {"args": [[10, 1, None, None, 9, 2, None, None, 8, 3], 3, 2], "expected": 2},   # zigzag
        {"args": [[10, 1, None, None, 9, 2, None, None, 8, 3], 9, 3], "expected": 9},
        {"args": [[10, 1, None, None, 9, 2, None, None, 8, 3], 1, 10], "expected": 10},
        {"args": [[0, -5, 5, -8, -2, 2, 8], 2, -2], "expected": 0},
        {"args": [[0, -5, 5, -8, -2, 2, 8], -8, -2], "expected": -5},
    ]

    rng = random.Random(235)
    # small, brute-checked
    for n, mode in ((3, "random"), (5, "ancestor"), (8, "random"), (12, "deep"), (15, "deep_split"),
                    (20, "ancestor"), (30, "random"), (45, "deep"), (60, "ancestor"),
                    (80, "deep_split"), (100, "random")):
        lo, hi = (-60, 60) if n <= 60 and rng.random() < 0.5 else (-V, V)
        out.append(_case(rng, _random_shape(rng, n), mode, lo, hi))
    out.append(_case(rng, _chain_shape(25, "zigzag"), "random"))
    out.append(_case(rng, _chain_shape(25, "left"), "ancestor"))
    out.append(_case(rng, _caterpillar_shape(31), "deep_split"))
    out.append(_case(rng, _complete_shape(63), "random"))

    # maximum size: paths 10^5 deep (recursion depth 10^5) and bushy trees. Only six: building a
    # 10^5-node tree in the judge's child takes ~0.5 s of its CPU rlimit (time limit + 1 s) each.
    for pattern in ("right", "left", "zigzag"):
        vals = sorted(rng.sample(range(-V, V + 1), N_MAX))
        if pattern == "left":
            vals.reverse()
        elif pattern == "zigzag":  # narrowing from both ends: smallest, largest, 2nd smallest, ...
            vals = [vals[i // 2] if i % 2 == 0 else vals[-1 - i // 2] for i in range(N_MAX)]
        level = _chain_list(vals, pattern)
        out.append({"args": [level, vals[-1], vals[-2]], "large": True, "expected": vals[-2]})
    out.append(_case(rng, _caterpillar_shape(N_MAX), "deep_split", large=True))
    out.append(_case(rng, _random_shape(rng, N_MAX), "deep", large=True))
    out.append(_case(rng, _complete_shape(N_MAX), "deep_split", large=True))

    for case in out:
        level, p, q = case["args"]
        vals = _tree_values(level)
        distinct = set(vals)
        assert 2 <= len(vals) <= N_MAX and len(distinct) == len(vals)
        assert -V <= min(vals) and max(vals) <= V
        assert level[0] is not None and level[-1] is not None
        assert p != q and p in distinct and q in distinct
        assert case.get("large") or len(vals) <= 100
    return out
