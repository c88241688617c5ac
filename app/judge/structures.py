"""LeetCode's prelude data structures and the JSON codecs the judge uses on both sides of the wall.

Test inputs travel to the sandboxed child as JSON and outputs come back as JSON, so every structure
a LeetCode signature can mention needs a decoder (JSON -> objects, in the child, before the call) and
an encoder (objects -> JSON, in the child, after the call). Encoders run on whatever the learner
returned, so they are iterative, duck-typed (learners often paste their own ``ListNode``), bounded
(cycles and shared nodes are detected, sizes and nesting are capped) and never raise for bad data:
they return an error marker that cannot equal any expected value, so the parent simply sees a WA.

Wire forms that JSON cannot express directly (the parent's checkers understand them):
  ``{"$float": "nan" | "inf" | "-inf"}``   non-finite floats (orjson would silently write null)
  ``{"$int": "<digits>"}``                  ints outside orjson's 64-bit range
  ``{"$error": code, "type": name}``        an output that could not be encoded; codes: cycle (also a
      node reached twice in a tree), too_large, too_deep, unserializable, wrong_type, malformed,
      not_a_copy (clone/copy problems returned input nodes), foreign_node, bad_graph.
User dict keys that start with ``$`` get one more ``$`` so a learner cannot forge a tag.
"""
from __future__ import annotations

from collections import deque
from functools import lru_cache

from app.judge.jsonvalues import _err, to_json

MAX_NODES = 10**6   # nodes walked when encoding one linked list / tree / graph
STRUCTURES = frozenset({"ListNode", "TreeNode", "Node"})
# "tree_refs": the first TreeNode argument is a tree; later TreeNode arguments and the returned
# TreeNode are nodes of it, written as their (unique) values (lowest-common-ancestor problems).
CODECS = (None, "cycle", "graph", "random_list", "tree_refs")


class ListNode:
    """Singly linked list node, attribute-compatible with LeetCode's (no __slots__: learners tag
    nodes with extra attributes, e.g. ``node.seen = True``)."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return "ListNode(%s)" % _preview(*_walk_list(self, 50))


class TreeNode:
    """Binary tree node, attribute-compatible with LeetCode's."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        out = _tree_to_json(self, limit=50)
        if isinstance(out, dict):  # the tree has a cycle or shared node: show the root only
            return "TreeNode(val=%r, ...)" % (self.val,)
        return "TreeNode(%s)" % _preview(out, "limit" if len(out) >= 50 else "ok")


class GraphNode:
    """LeetCode's ``Node`` for graph problems (clone-graph); injected as ``Node`` by codec "graph"."""

    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self):
        vals = [getattr(n, "val", "?") for n in list(self.neighbors)[:20]]
        return "Node(val=%r, neighbors=%r)" % (self.val, vals)


class RandomNode:
    """LeetCode's ``Node`` for copy-list-with-random-pointer; injected by codec "random_list"."""

    def __init__(self, x=0, next=None, random=None):
        self.val, self.next, self.random = int(x), next, random

    def __repr__(self):
        return "Node(val=%r, next=%r, random=%r)" % (
            self.val, getattr(self.next, "val", None), getattr(self.random, "val", None))


def prelude_classes(codec=None) -> dict:
    """Names the gate puts in the namespace before exec. ``Node`` depends on the problem's codec
    (both LeetCode classes are called Node); without a graph/random codec there is no ``Node``, so
    a learner's own ``class Node`` (tries, LRU lists) is never shadowed."""
    names = {"ListNode": ListNode, "TreeNode": TreeNode}
    if codec == "graph":
        names["Node"] = GraphNode
    elif codec == "random_list":
        names["Node"] = RandomNode
    return names


class CodecContext:
    """What decoding remembers for encoding: ids of input nodes (so clone problems can reject
    returning the originals) and, for codec "cycle", each input list node's index."""

    __slots__ = ("input_ids", "node_index", "by_value")

    def __init__(self):
        self.input_ids = set()
        self.node_index = {}
        self.by_value = None  # codec "tree_refs": value -> node of the first tree argument


def _preview(vals, status):
    text = ", ".join(repr(v) for v in vals)
    return "[%s%s]" % (text, {"ok": "", "cycle": ", <cycle>", "limit": ", ..."}[status])


# ---------------------------------------------------------------- structure codecs
def decode_structure(type_name, value, codec=None, ctx=None):
    """JSON -> ListNode / TreeNode / Node graph / random list. ``ctx`` (optional) is filled in."""
    if type_name == "ListNode":
        pos = -1
        if codec == "cycle" and isinstance(value, dict):  # {"list": [3,2,0,-4], "pos": 1}
            value, pos = value.get("list") or [], value.get("pos", -1)
        nodes = [ListNode(v) for v in (value or ())]
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if nodes and pos is not None and 0 <= pos < len(nodes):
            nodes[-1].next = nodes[pos]
        if ctx is not None and codec == "cycle":  # plain lists need no identity bookkeeping
            ctx.input_ids.update(map(id, nodes))
            if not ctx.node_index:
                ctx.node_index = {id(n): i for i, n in enumerate(nodes)}
        return nodes[0] if nodes else None
    if type_name == "TreeNode" and codec == "tree_refs":
        return _tree_or_reference(value, ctx)
    if type_name == "TreeNode":
        return _tree_from_json(value)
    if type_name == "Node" and codec == "graph":
        nodes = [GraphNode(i + 1) for i in range(len(value or ()))]
        for node, adj in zip(nodes, value or ()):
            node.neighbors = [nodes[j - 1] for j in adj]
    elif type_name == "Node" and codec == "random_list":
        nodes = [RandomNode(v) for v, _ in (value or ())]
        for i, (_, r) in enumerate(value or ()):
            nodes[i].next = nodes[i + 1] if i + 1 < len(nodes) else None
            nodes[i].random = nodes[r] if r is not None else None
    else:
        raise ValueError(f"no codec for {type_name!r} with codec={codec!r}")
    if ctx is not None:
        ctx.input_ids.update(map(id, nodes))
    return nodes[0] if nodes else None


def encode_structure(type_name, value, codec=None, ctx=None):
    """Objects -> JSON in LeetCode's format, or an ``$error`` marker; never loops, never raises
    for malformed learner data."""
    if type_name == "ListNode" and codec == "cycle":  # detectCycle: index of the returned node
        if value is None:
            return -1
        index = ctx.node_index if ctx is not None else {}
        return index.get(id(value), _err("foreign_node", value))
    if type_name == "TreeNode" and codec == "tree_refs":  # a node of the input tree, as its value
        if value is None:
            return None
        known = ctx is not None and id(value) in ctx.input_ids
        return value.val if known else _err("foreign_node", value)
    if value is None:
        return []
    if not hasattr(value, "val"):
        return _err("wrong_type", value)
    try:
        if type_name == "ListNode":
            vals, status = _walk_list(value, MAX_NODES)
            return _err("cycle" if status == "cycle" else "too_large", value) if status != "ok" \
                else to_json(vals)
        if type_name == "TreeNode":
            out = _tree_to_json(value, MAX_NODES)
            return out if isinstance(out, dict) else to_json(out)
        if type_name == "Node" and codec == "graph":
            return _graph_to_json(value, ctx)
        if type_name == "Node" and codec == "random_list":
            return _random_to_json(value, ctx)
    except (AttributeError, TypeError, ValueError):
        return _err("malformed", value)
    raise ValueError(f"no codec for {type_name!r} with codec={codec!r}")


def _walk_list(head, limit):
    vals, seen, node = [], set(), head
    while node is not None:
        if id(node) in seen:
            return vals, "cycle"
        if len(vals) >= limit:
            return vals, "limit"
        seen.add(id(node))
        vals.append(node.val)
        node = node.next
    return vals, "ok"


def _tree_or_reference(value, ctx):
    if ctx is None:
        raise ValueError("codec 'tree_refs' needs a codec context")
    if ctx.by_value is None:  # the first TreeNode argument: the tree itself
        root = _tree_from_json(value)
        ctx.by_value, queue = {}, deque([root] if root else [])
        while queue:
            node = queue.popleft()
            if node.val in ctx.by_value:
                raise ValueError(f"codec 'tree_refs' needs unique node values; {node.val!r} repeats")
            ctx.by_value[node.val] = node
            queue.extend(child for child in (node.left, node.right) if child is not None)
        ctx.input_ids.update(map(id, ctx.by_value.values()))
        return root
    if value not in ctx.by_value:
        raise ValueError(f"codec 'tree_refs': no node with value {value!r} in the tree")
    return ctx.by_value[value]


def _tree_from_json(vals):
    if not vals or vals[0] is None:
        return None
    root = TreeNode(vals[0])
    queue, i, n = deque([root]), 1, len(vals)
    while queue and i < n:
        node = queue.popleft()
        if vals[i] is not None:
            node.left = TreeNode(vals[i])
            queue.append(node.left)
        i += 1
        if i < n and vals[i] is not None:
            node.right = TreeNode(vals[i])
            queue.append(node.right)
        i += 1
    return root


def _tree_to_json(root, limit):
    """Level order with nulls, trailing nulls trimmed; a node seen twice is a cycle/shared node."""
    out, seen, queue = [], set(), deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            return _err("cycle", node)
        if len(seen) >= limit:
            if limit < MAX_NODES:  # a __repr__ preview
                break
            return _err("too_large", node)
        seen.add(id(node))
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def _graph_to_json(start, ctx):
    seen, order, queue = {id(start)}, [start], deque([start])
    while queue:
        for nb in list(queue.popleft().neighbors):
            if id(nb) not in seen:
                if len(order) >= MAX_NODES:
                    return _err("too_large", start)
                seen.add(id(nb))
                order.append(nb)
                queue.append(nb)
    if ctx is not None and not ctx.input_ids.isdisjoint(seen):
        return _err("not_a_copy", start)
    vals = [n.val for n in order]
    if any(type(v) is not int for v in vals) or sorted(vals) != list(range(1, len(vals) + 1)):
        return _err("bad_graph", start)
    order.sort(key=lambda n: n.val)
    return [[nb.val for nb in n.neighbors] for n in order]


def _random_to_json(head, ctx):
    order, index, node = [], {}, head
    while node is not None:
        if id(node) in index:
            return _err("cycle", head)
        if len(order) >= MAX_NODES:
            return _err("too_large", head)
        index[id(node)] = len(order)
        order.append(node)
        node = node.next
    if ctx is not None and not ctx.input_ids.isdisjoint(index):
        return _err("not_a_copy", head)
    out = []
    for n in order:
        r = n.random
        if r is not None and id(r) not in index:
            return _err("foreign_node", r)
        out.append([n.val, None if r is None else index[id(r)]])
    return to_json(out)


# ---------------------------------------------------------------- type-string driven conversion
@lru_cache(maxsize=512)
def parse_type(type_str):
    """``"List[Optional[ListNode]]"`` -> ``("list", (("ListNode", ()),))``. Optional and ``| None``
    are dropped: None passes through every decoder and encoder anyway."""
    s = "".join(str(type_str or "Any").split()).replace("'", "").replace('"', "")
    s = s.replace("|None", "").replace("None|", "")
    tree, _ = _parse(s, 0)
    return tree


_ALIASES = {"List": "list", "Dict": "dict", "Tuple": "tuple", "Set": "set", "Deque": "list"}


def _parse(s, i):
    j = i
    while j < len(s) and s[j] not in "[],":
        j += 1
    name, args = s[i:j].rsplit(".", 1)[-1], []
    if j < len(s) and s[j] == "[":
        j += 1
        while j < len(s):
            arg, j = _parse(s, j)
            args.append(arg)
            j += 1
            if s[j - 1] == "]":
                break
    if name == "Optional" and args:
        return args[0], j
    return (_ALIASES.get(name, name), tuple(args)), j


@lru_cache(maxsize=512)
def _has_struct(t):
    return t[0] in STRUCTURES or any(_has_struct(a) for a in t[1])


@lru_cache(maxsize=512)
def _all_float(t):
    name, args = t
    return name == "float" or (name in ("list", "tuple", "set") and bool(args)
                               and all(_all_float(a) for a in args))


@lru_cache(maxsize=512)
def _mentions_dict(t):
    return any(_mentions(t, name) for name in ("dict", "defaultdict", "Counter"))


_PLAIN_NAMES = frozenset({"int", "str", "bool", "list", "tuple"})


@lru_cache(maxsize=512)
def _all_plain(t):
    name, args = t
    return name in _PLAIN_NAMES and all(_all_plain(a) for a in args)


def is_plain_type(type_str):
    """Ints, strings, bools and lists of them: JSON holds these as they are, with nothing to tag."""
    return _all_plain(parse_type(type_str))


def is_float_type(type_str):
    return _all_float(parse_type(type_str))


def validate_type(type_str, codec=None):
    """Raise ValueError for a signature the codecs cannot serve (a bank mistake, reported as IE)."""
    t = parse_type(type_str)
    if _mentions(t, "Node") and codec not in ("graph", "random_list"):
        raise ValueError(f"{type_str!r} needs codec 'graph' or 'random_list', not {codec!r}")
    if codec not in CODECS:
        raise ValueError(f"unknown codec {codec!r}")


def _mentions(t, name):
    return t[0] == name or any(_mentions(a, name) for a in t[1])


def decode_arg(type_str, value, codec=None, ctx=None):
    """Decode one argument from JSON by its LeetCode annotation; plain data passes through.

    ``np.ndarray`` (float64) and ``np.ndarray[int]`` (int64) arguments of ML problems become numpy
    arrays; only the numpy flavour of zygote can decode them (runner.needs_numpy)."""
    t = parse_type(type_str)
    if t[0] == "ndarray":
        import numpy
        return numpy.array(value, dtype=numpy.int64 if t[1] == (("int", ()),) else numpy.float64)
    return _decode(t, value, codec, ctx) if _has_struct(t) else value


def _decode(t, value, codec, ctx):
    name, args = t
    if name in STRUCTURES:
        return decode_structure(name, value, codec, ctx)
    if name == "list" and args and value is not None:
        return [_decode(args[0], v, codec, ctx) for v in value]
    return value


def encode_result(type_str, value, codec=None, ctx=None):
    """Encode a return value (or in-place argument) to JSON by its annotation.

    ``None`` as declared type means a void method: LeetCode prints null whatever it returned.
    An ``int`` for a ``float`` return becomes a float (LeetCode prints 2 as 2.00000). MemoryError and
    RecursionError propagate (MLE / RE); anything else odd becomes an ``$error`` marker."""
    t = parse_type(type_str)
    if t[0] == "None":
        return None
    try:
        return _encode(t, value, codec, ctx)
    except (MemoryError, RecursionError):
        raise
    except Exception:
        return _err("unserializable", value)


def _encode(t, value, codec, ctx):
    name, args = t
    if name in STRUCTURES:
        return encode_structure(name, value, codec, ctx)
    if name == "list" and args and _has_struct(args[0]):
        if value is None:
            return None
        if not isinstance(value, (list, tuple, deque)):
            return _err("wrong_type", value)
        if len(value) > MAX_NODES:
            return _err("too_large", value)
        return [_encode(args[0], v, codec, ctx) for v in value]
    return to_json(value, floats=_all_float(t), str_keys=_mentions_dict(t))
