"""LeetCode structures and codecs: round trips in LeetCode's formats, and encoders that stay bounded
and non-raising on whatever a learner returns."""
from __future__ import annotations

import subprocess
import sys
from collections import deque

import numpy as np
import orjson
import pytest

from app.judge import jsonvalues
from app.judge import structures as S
from app.judge.structures import CodecContext, GraphNode, ListNode, RandomNode, TreeNode


def chain(*vals):
    head = None
    for v in reversed(vals):
        head = ListNode(v, head)
    return head


# ------------------------------------------------------------------ classes
def test_classes_behave_like_leetcodes():
    node = ListNode()
    assert (node.val, node.next) == (0, None)
    tree = TreeNode(1, TreeNode(2), None)
    assert (tree.val, tree.left.val, tree.right) == (1, 2, None)
    node.seen = True  # learners tag nodes: no __slots__
    assert GraphNode(3).neighbors == [] and GraphNode(3).neighbors is not GraphNode(3).neighbors
    r = RandomNode(7)
    assert (r.val, r.next, r.random) == (7, None, None)


def test_reprs_are_short_and_cycle_safe():
    head = chain(1, 2, 3)
    assert repr(head) == "ListNode([1, 2, 3])"
    head.next.next.next = head
    assert "<cycle>" in repr(head)
    assert repr(chain(*range(1000))).endswith(", ...])")
    assert repr(S.decode_arg("TreeNode", [1, None, 2, 3])) == "TreeNode([1, None, 2, 3])"
    loop = TreeNode(1)
    loop.left = loop
    assert repr(loop) == "TreeNode(val=1, ...)"
    g = S.decode_structure("Node", [[2], [1]], "graph")
    assert repr(g) == "Node(val=1, neighbors=[2])"
    r = S.decode_structure("Node", [[7, None], [13, 0]], "random_list")
    assert repr(r.next) == "Node(val=13, next=None, random=7)"


def test_prelude_node_depends_on_codec():
    assert S.prelude_classes()["ListNode"] is ListNode
    assert "Node" not in S.prelude_classes(None)
    assert S.prelude_classes("graph")["Node"] is GraphNode
    assert S.prelude_classes("random_list")["Node"] is RandomNode


# ------------------------------------------------------------------ linked lists
@pytest.mark.parametrize("vals", [[1, 2, 3], [5], []])
def test_list_round_trip(vals):
    head = S.decode_arg("Optional[ListNode]", vals)
    assert (head is None) == (not vals)
    assert S.encode_result("Optional[ListNode]", head) == vals


def test_output_list_with_cycle_is_a_marker_not_a_hang():
    head = chain(1, 2, 3)
    head.next.next.next = head.next
    assert S.encode_result("ListNode", head) == {"$error": "cycle", "type": "ListNode"}


def test_output_list_is_capped(monkeypatch):
    monkeypatch.setattr(S, "MAX_NODES", 10)
    assert S.encode_result("ListNode", chain(*range(11)))["$error"] == "too_large"
    assert S.encode_result("ListNode", chain(*range(10))) == list(range(10))


def test_cycle_codec_decodes_pos_and_encodes_node_index():
    ctx = CodecContext()
    head = S.decode_arg("ListNode", {"list": [3, 2, 0, -4], "pos": 1}, "cycle", ctx)
    assert head.next.next.next.next is head.next
    assert S.encode_result("ListNode", head.next, "cycle", ctx) == 1
    assert S.encode_result("Optional[ListNode]", None, "cycle", ctx) == -1
    assert S.encode_result("ListNode", ListNode(9), "cycle", ctx)["$error"] == "foreign_node"
    no_cycle = S.decode_arg("ListNode", {"list": [1, 2], "pos": -1}, "cycle", CodecContext())
    assert no_cycle.next.next is None


def test_list_of_lists_for_merge_k():
    lists = S.decode_arg("List[Optional[ListNode]]", [[1, 4, 5], [], [2]])
    assert lists[1] is None and lists[0].next.val == 4
    assert S.encode_result("List[Optional[ListNode]]", lists) == [[1, 4, 5], [], [2]]


def test_duck_typed_user_list_class_and_wrong_types():
    class MyNode:  # a learner who uncommented LeetCode's ListNode
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    assert S.encode_result("ListNode", MyNode(1, MyNode(2))) == [1, 2]
    assert S.encode_result("ListNode", [1, 2]) == {"$error": "wrong_type", "type": "list"}
    broken = ListNode(1, 5)  # next is not a node
    assert S.encode_result("ListNode", broken)["$error"] == "malformed"


# ------------------------------------------------------------------ trees
@pytest.mark.parametrize("vals", [[1, None, 2, 3], [3, 9, 20, None, None, 15, 7], [], [1],
                                  [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]])
def test_tree_round_trip(vals):
    assert S.encode_result("TreeNode", S.decode_arg("Optional[TreeNode]", vals)) == vals


def test_tree_output_trims_trailing_nulls():
    root = S.decode_arg("TreeNode", [1, 2, None, None, None])
    assert root.left.val == 2 and root.right is None
    assert S.encode_result("TreeNode", root) == [1, 2]


def test_deep_tree_is_iterative_both_ways():
    depth = 100_000
    vals = [0] + [v for i in range(1, depth) for v in (None, i)]
    root = S.decode_arg("TreeNode", vals)
    assert sys.getrecursionlimit() < depth
    assert S.encode_result("TreeNode", root) == vals
    assert repr(root).startswith("TreeNode([0, None, 1")


def test_tree_with_shared_node_or_cycle_is_a_marker():
    leaf = TreeNode(2)
    assert S.encode_result("TreeNode", TreeNode(1, leaf, leaf))["$error"] == "cycle"
    root = TreeNode(1)
    root.right = root
    assert S.encode_result("TreeNode", root)["$error"] == "cycle"


# ------------------------------------------------------------------ graphs and random lists
def test_tree_refs_codec_passes_nodes_of_the_tree_and_returns_values():
    """lowest-common-ancestor: p and q are nodes inside root; the answer must be one of them too."""
    ctx = CodecContext()
    root = S.decode_arg("TreeNode", [6, 2, 8, 0, 4, 7, 9], "tree_refs", ctx)
    p = S.decode_arg("TreeNode", 2, "tree_refs", ctx)
    q = S.decode_arg("TreeNode", 9, "tree_refs", ctx)
    assert p is root.left and q is root.right.right
    assert S.encode_result("TreeNode", root, "tree_refs", ctx) == 6
    assert S.encode_result("TreeNode", None, "tree_refs", ctx) is None
    copy = TreeNode(6)  # the right value, but not a node of the input tree
    assert S.encode_result("TreeNode", copy, "tree_refs", ctx)["$error"] == "foreign_node"
    with pytest.raises(ValueError, match="no node with value 5"):
        S.decode_arg("TreeNode", 5, "tree_refs", ctx)
    with pytest.raises(ValueError, match="unique node values"):
        S.decode_arg("TreeNode", [1, 1], "tree_refs", CodecContext())


def test_graph_round_trip_and_clone_check():
    adj = [[2, 4], [1, 3], [2, 4], [1, 3]]
    ctx = CodecContext()
    node = S.decode_arg("Optional['Node']", adj, "graph", ctx)
    assert node.val == 1 and [n.val for n in node.neighbors] == [2, 4]
    assert S.encode_result("Node", node, "graph") == adj
    assert S.encode_result("Node", node, "graph", ctx) == {"$error": "not_a_copy", "type": "GraphNode"}
    assert S.decode_arg("Node", [], "graph") is None and S.encode_result("Node", None, "graph") == []
    assert S.encode_result("Node", S.decode_arg("Node", [[]], "graph"), "graph") == [[]]


def test_graph_with_bad_values_is_a_marker():
    a, b = GraphNode(1), GraphNode(3)
    a.neighbors, b.neighbors = [b], [a]
    assert S.encode_result("Node", a, "graph")["$error"] == "bad_graph"


def test_random_list_round_trip_and_checks():
    data = [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]
    ctx = CodecContext()
    head = S.decode_arg("Optional[Node]", data, "random_list", ctx)
    assert head.next.random is head and head.next.next.random.val == 1
    assert S.encode_result("Node", head, "random_list") == data
    assert S.encode_result("Node", head, "random_list", ctx)["$error"] == "not_a_copy"
    copy = RandomNode(1)
    copy.random = RandomNode(2)  # points outside the returned list
    assert S.encode_result("Node", copy, "random_list")["$error"] == "foreign_node"
    assert S.encode_result("Node", None, "random_list") == []


def test_node_needs_a_codec():
    with pytest.raises(ValueError):
        S.decode_arg("Node", [[2], [1]])
    with pytest.raises(ValueError):
        S.validate_type("Optional[List[Node]]", None)
    with pytest.raises(ValueError):
        S.validate_type("int", "zip")
    S.validate_type("Optional['Node']", "graph")
    S.validate_type("ListNode", "cycle")


# ------------------------------------------------------------------ types and normalisation
def test_parse_type():
    assert S.parse_type("List[Optional[ListNode]]") == ("list", (("ListNode", ()),))
    assert S.parse_type("Optional['Node']") == ("Node", ())
    assert S.parse_type("ListNode | None") == ("ListNode", ())
    assert S.parse_type("Dict[str, List[int]]") == ("dict", (("str", ()), ("list", (("int", ()),))))
    assert S.parse_type("list[list[str]]") == ("list", (("list", (("str", ()),)),))
    assert S.is_float_type("List[float]") and not S.is_float_type("List[int]")


def test_plain_arguments_pass_through_untouched():
    nums = [2, 7, 11, 15]
    assert S.decode_arg("List[int]", nums) is nums
    assert S.decode_arg("List[List[str]]", [["a"]]) == [["a"]]
    assert S.decode_arg("int", 5) == 5


def test_encode_containers():
    assert S.encode_result("List[int]", (1, 2)) == [1, 2]
    assert S.encode_result("List[int]", {3, 1, 2}) == [1, 2, 3]
    assert sorted(S.encode_result("Any", {1, "a"}), key=str) == [1, "a"]  # unsortable: kept
    assert S.encode_result("List[List[int]]", [(1, 2), frozenset({4, 3})]) == [[1, 2], [3, 4]]
    assert S.encode_result("List[List[str]]", {"a": ["x"]}.values()) == [["x"]]
    assert S.encode_result("List[int]", deque([1, 2])) == [1, 2]
    out = [1, 2]
    assert S.encode_result("List[int]", out) is not out  # a copy: later mutation cannot leak


def test_encode_numpy_values():
    assert S.encode_result("int", np.int64(5)) == 5 and type(S.encode_result("int", np.int64(5))) is int
    assert S.encode_result("List[List[int]]", np.arange(4).reshape(2, 2)) == [[0, 1], [2, 3]]
    assert S.encode_result("float", np.float64("nan")) == {"$float": "nan"}
    assert S.encode_result("bool", np.bool_(True)) is True
    assert S.encode_result("int", np.array(7)) == 7  # 0-d array


def test_numpy_is_imported_lazily():
    code = "import sys, app.judge.structures, app.judge.harness; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_floats_ints_and_tags():
    assert S.encode_result("float", float("inf")) == {"$float": "inf"}
    assert S.encode_result("List[float]", [float("-inf"), 1]) == [{"$float": "-inf"}, 1.0]
    assert type(S.encode_result("float", 2)) is float
    assert S.encode_result("int", True) is True  # not coerced: the checker sees a bool
    assert S.encode_result("int", 2**70) == {"$int": str(2**70)}
    assert S.encode_result("int", 2**64 - 1) == 2**64 - 1
    assert S.encode_result("None", [1]) is None  # void method: LeetCode prints null
    orjson.dumps(S.encode_result("Any", [float("nan"), 2**80, {"a": float("inf")}]))
    # the C-speed path for (nested) homogeneous lists must still tag what JSON cannot hold
    assert S.encode_result("List[List[int]]", [[1, 2**70]]) == [[1, {"$int": str(2**70)}]]
    assert S.encode_result("List[List[float]]", [[1.0, float("nan")]]) == [[1.0, {"$float": "nan"}]]
    assert S.encode_result("List[List[float]]", [[1], [2]]) == [[1.0], [2.0]]
    inner = [1, 2]
    out = S.encode_result("List[List[int]]", [inner])
    assert out == [[1, 2]] and out[0] is not inner


def test_dicts():
    assert S.encode_result("Dict[int, int]", {1: 2, None: 3, False: 4}) == {"1": 2, "null": 3, "false": 4}
    assert S.encode_result("Any", {1: 2}) == {"$error": "unserializable", "type": "dict"}
    assert S.encode_result("Any", {"a": 1}) == {"a": 1}
    assert S.encode_result("Any", {"$float": "nan"}) == {"$$float": "nan"}  # no forged tags


def test_hostile_results_are_bounded(monkeypatch):
    assert S.encode_result("Any", (x for x in range(3)))["$error"] == "unserializable"
    assert S.encode_result("Any", object())["$error"] == "unserializable"
    loop = []
    loop.append(loop)
    assert S.encode_result("Any", loop)["$error"] == "too_deep"
    deep = []
    for _ in range(10_000):
        deep = [deep]
    assert S.encode_result("Any", deep)["$error"] == "too_deep"
    shared = [1]
    for _ in range(60):
        shared = [shared, shared]
    monkeypatch.setattr(jsonvalues, "MAX_ITEMS", 10_000)
    assert S.encode_result("Any", shared)["$error"] == "too_large"
    at_cap = []
    for _ in range(jsonvalues.MAX_DEPTH - 1):
        at_cap = [at_cap]
    orjson.dumps(S.encode_result("Any", at_cap))  # what passes the cap also serialises


def test_subclasses_are_read_through_base_slots():
    class Sneaky(int):
        def __int__(self):
            raise RuntimeError("learner code")
    class Text(str):
        def __str__(self):
            return "forged"
    assert S.encode_result("int", Sneaky(4)) == 4
    assert S.encode_result("str", Text("real")) == "real"
