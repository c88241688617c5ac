"""The in-child harness, driven with plain ``exec`` of LeetCode-style solutions (the language gate
is another module's job): calls, codecs, design sequences, errors, prints, deep recursion, TLE."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import orjson
import pytest

from app.judge import harness, structures

PRELUDE = """
from typing import *
import collections, heapq, bisect, math, itertools, functools, time
from collections import defaultdict, deque, Counter, OrderedDict
from functools import cache, lru_cache
from math import inf
"""


def load(source, codec=None):
    ns = {"__name__": "solution"}
    ns.update(structures.prelude_classes(codec))
    exec(compile(PRELUDE, "<prelude>", "exec"), ns)
    exec(compile(textwrap.dedent(source), "solution.py", "exec"), ns)
    return ns


def run(src, spec, tests, **kw):
    spec = {"kind": "function", "class": "Solution", "codec": None, "inplace": None,
            "time_limit_ms": 10_000, "stdout_cap": 65536, **spec}
    records = []
    harness.run_tests(load(src, spec["codec"]), spec, [orjson.dumps(t) for t in tests],
                      records.append, **kw)
    for r in records:
        if isinstance(r.get("out"), harness.RawJSON):  # plain outputs arrive pre-serialised
            r["out"] = orjson.loads(r["out"].data)
        orjson.dumps(r)  # every record must be writable as one JSON line
    return records


def outs(records):
    assert all(r["ok"] for r in records), records
    return [r["out"] for r in records]


TWO_SUM = """
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""
TWO_SUM_SPEC = {"method": "twoSum", "params": [{"name": "nums", "type": "List[int]"},
                                               {"name": "target", "type": "int"}],
                "returns": "List[int]"}


def test_two_sum_records():
    recs = run(TWO_SUM, TWO_SUM_SPEC, [{"args": [[2, 7, 11, 15], 9]}, {"args": [[3, 2, 4], 6]}])
    assert outs(recs) == [[0, 1], [1, 2]]
    assert [r["i"] for r in recs] == [0, 1]
    r = recs[0]
    assert set(r) == {"i", "ok", "out", "cpu_ns", "stdout", "stdout_truncated", "stdout_bytes"}
    assert type(r["cpu_ns"]) is int and r["cpu_ns"] >= 0
    assert (r["stdout"], r["stdout_truncated"]) == ("", False)


def test_reverse_linked_list():
    src = """
    class Solution:
        def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
            prev = None
            while head:
                head.next, prev, head = prev, head, head.next
            return prev
    """
    spec = {"method": "reverseList", "params": [{"name": "head", "type": "Optional[ListNode]"}],
            "returns": "Optional[ListNode]"}
    assert outs(run(src, spec, [{"args": [[1, 2, 3]]}, {"args": [[]]}])) == [[3, 2, 1], []]


def test_max_depth_of_tree():
    src = """
    class Solution:
        def maxDepth(self, root: Optional[TreeNode]) -> int:
            return 0 if not root else 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
    """
    spec = {"method": "maxDepth", "params": [{"name": "root", "type": "Optional[TreeNode]"}],
            "returns": "int"}
    assert outs(run(src, spec, [{"args": [[3, 9, 20, None, None, 15, 7]]}, {"args": [[]]}])) == [3, 0]


def test_in_place_rotate_reports_the_mutated_argument():
    src = """
    class Solution:
        def rotate(self, matrix: List[List[int]]) -> None:
            matrix[:] = [list(row) for row in zip(*matrix[::-1])]
    """
    spec = {"method": "rotate", "params": [{"name": "matrix", "type": "List[List[int]]"}],
            "returns": "None", "inplace": "matrix"}
    assert outs(run(src, spec, [{"args": [[[1, 2], [3, 4]]]}])) == [[[3, 1], [4, 2]]]


def test_fresh_instance_and_fresh_inputs_per_test():
    src = """
    class Solution:
        calls = 0
        def __init__(self):
            self.mine = []
        def grow(self, nums: List[int]) -> int:
            nums.append(0)
            self.mine.append(1)
            return len(nums) * 10 + len(self.mine)
    """
    spec = {"method": "grow", "params": [{"name": "nums", "type": "List[int]"}], "returns": "int"}
    assert outs(run(src, spec, [{"args": [[1]]}] * 3)) == [21, 21, 21]


LRU = """
class LRUCache:
    def __init__(self, capacity: int):
        self.cap, self.data = capacity, OrderedDict()
    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key: int, value: int) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
        return "ignored: void method"
    def keys(self) -> List[int]:
        return self.data.keys()
"""
LRU_SPEC = {"kind": "design", "class": "LRUCache", "methods": {
    "put": {"params": [{"name": "key", "type": "int"}, {"name": "value", "type": "int"}],
            "returns": "None"},
    "get": {"params": [{"name": "key", "type": "int"}], "returns": "int"},
    "keys": {"params": [], "returns": "List[int]"}}}


def test_lru_cache_design_sequence():
    test = {"ops": ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get", "keys"],
            "args": [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4], []]}
    [rec] = run(LRU, LRU_SPEC, [test])
    assert rec["out"] == [None, None, None, 1, None, -1, None, -1, 3, 4, [3, 4]]


def test_design_returns_are_encoded_when_returned():
    src = """
    class Bag:
        def __init__(self):
            self.items = []
        def add(self, x: int) -> None:
            self.items.append(x)
        def view(self) -> List[int]:
            return self.items  # the learner hands out internal state; later ops mutate it
        def mean(self) -> float:
            return sum(self.items) // max(1, len(self.items)) if self.items else float("nan")
    """
    spec = {"kind": "design", "class": "Bag", "methods": {
        "add": {"params": [{"name": "x", "type": "int"}], "returns": "None"},
        "view": {"params": [], "returns": "List[int]"}, "mean": {"params": [], "returns": "float"}}}
    test = {"ops": ["Bag", "mean", "add", "view", "mean", "add", "view"],
            "args": [[], [], [4], [], [], [6], []]}
    [rec] = run(src, spec, [test])
    assert rec["out"] == [None, {"$float": "nan"}, None, [4], 4.0, None, [4, 6]]
    assert type(rec["out"][4]) is float


def test_design_error_stops_and_names_the_line():
    src = LRU.replace("return -1", "return 1 // 0")
    [rec] = run(src, LRU_SPEC, [{"ops": ["LRUCache", "get"], "args": [[1], [5]]},
                                {"ops": ["LRUCache"], "args": [[1]]}])
    assert rec["error"]["type"] == "ZeroDivisionError" and rec["error"]["line"] == 7


def test_clone_graph_and_a_cheat():
    src = """
    class Solution:
        def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
            if not node:
                return None
            copies = {node: Node(node.val)}
            todo = [node]
            while todo:
                cur = todo.pop()
                for nb in cur.neighbors:
                    if nb not in copies:
                        copies[nb] = Node(nb.val)
                        todo.append(nb)
                    copies[cur].neighbors.append(copies[nb])
            return copies[node]
    """
    spec = {"method": "cloneGraph", "params": [{"name": "node", "type": "Optional['Node']"}],
            "returns": "Optional['Node']", "codec": "graph"}
    adj = [[2, 4], [1, 3], [2, 4], [1, 3]]
    assert outs(run(src, spec, [{"args": [adj]}, {"args": [[]]}])) == [adj, []]
    cheat = "class Solution:\n    def cloneGraph(self, node):\n        return node\n"
    assert outs(run(cheat, spec, [{"args": [adj]}]))[0]["$error"] == "not_a_copy"


def test_copy_random_list():
    src = """
    class Solution:
        def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
            copies = {None: None}
            cur = head
            while cur:
                copies[cur] = Node(cur.val)
                cur = cur.next
            cur = head
            while cur:
                copies[cur].next, copies[cur].random = copies[cur.next], copies[cur.random]
                cur = cur.next
            return copies[head]
    """
    spec = {"method": "copyRandomList", "params": [{"name": "head", "type": "Optional[Node]"}],
            "returns": "Optional[Node]", "codec": "random_list"}
    data = [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]
    assert outs(run(src, spec, [{"args": [data]}])) == [data]


def test_cycle_problems():
    src = """
    class Solution:
        def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
            seen = set()
            while head and head not in seen:
                seen.add(head)
                head = head.next
            return head
    """
    spec = {"method": "detectCycle", "params": [{"name": "head", "type": "Optional[ListNode]"}],
            "returns": "Optional[ListNode]", "codec": "cycle"}
    tests = [{"args": [{"list": [3, 2, 0, -4], "pos": 1}]}, {"args": [{"list": [1], "pos": -1}]}]
    assert outs(run(src, spec, tests)) == [1, -1]


RAISES = """
class Solution:
    def helper(self, x):
        return 10 // x

    def divide(self, xs: List[int]) -> List[int]:
        return [self.helper(x) for x in xs]
"""
RAISES_SPEC = {"method": "divide", "params": [{"name": "xs", "type": "List[int]"}],
               "returns": "List[int]"}


def test_error_traceback_is_trimmed_to_user_lines():
    recs = run(RAISES, RAISES_SPEC, [{"args": [[1, 2]]}, {"args": [[0]]}, {"args": [[1]]}],
               source=textwrap.dedent(RAISES))
    assert outs(recs[:1]) == [[10, 5]]
    assert len(recs) == 2  # stops after the first error
    err = recs[1]["error"]
    assert recs[1]["ok"] is False and type(recs[1]["cpu_ns"]) is int
    assert err["type"] == "ZeroDivisionError" and err["message"] == "integer division or modulo by zero"
    assert err["line"] == 4
    tb = err["traceback"].splitlines()
    assert tb[0] == "ZeroDivisionError: integer division or modulo by zero"
    assert tb[1:3] == ["    return 10 // x", "Line 4 in helper (Solution.py)"]
    assert "Line 7 in divide (Solution.py)" in tb
    assert "harness" not in err["traceback"] and "test_harness" not in err["traceback"]


def test_missing_class_and_bad_tests():
    [rec] = run("class Wrong:\n    pass\n", TWO_SUM_SPEC, [{"args": [[1], 1]}])
    assert rec["error"]["type"] == "NameError" and rec["error"]["line"] is None
    [rec] = run(TWO_SUM, TWO_SUM_SPEC, [{"args": [[1]]}, {"args": [[1], 2]}])
    assert rec["internal"] is True and rec["ok"] is False  # judge's fault, not the learner's


def test_signature_the_codecs_cannot_serve_is_internal():
    spec = {"method": "f", "params": [{"name": "node", "type": "Node"}], "returns": "Node"}
    [rec] = run("class Solution:\n    def f(self, node):\n        return node\n", spec,
                [{"args": [[[2], [1]]]}])
    assert rec["internal"] is True and "codec" in rec["error"]["message"]
    bad_design = {**LRU_SPEC, "methods": {"get": {"params": [], "returns": "Node"}}}
    [rec] = run(LRU, bad_design, [{"ops": ["LRUCache", "get"], "args": [[1], []]}])
    assert rec["internal"] is True


def test_memory_and_exit_are_reported_by_type():
    src = "class Solution:\n    def f(self):\n        raise MemoryError\n"
    [rec] = run(src, {"method": "f", "params": [], "returns": "int"}, [{"args": []}])
    assert rec["error"]["type"] == "MemoryError" and rec["error"]["line"] == 3
    src = "import sys\nclass Solution:\n    def f(self):\n        sys.exit(3)\n"
    [rec] = run(src, {"method": "f", "params": [], "returns": "int"}, [{"args": []}])
    assert rec["error"]["type"] == "SystemExit"


def test_prints_are_captured_per_test_and_capped():
    src = """
    import sys
    class Solution:
        def echo(self, s: str, n: int) -> int:
            for _ in range(n):
                print(s)
            return n
    """
    spec = {"method": "echo", "params": [{"name": "s", "type": "str"}, {"name": "n", "type": "int"}],
            "returns": "int", "stdout_cap": 10}
    out = harness.CappedOutput(cap=10)
    ns = load(src)
    ns["print"] = lambda *a, **k: print(*a, file=out, **k)  # stands in for the gate's print hook
    records = []
    tests = [orjson.dumps({"args": ["a", 1]}), orjson.dumps({"args": ["b", 1]}),
             orjson.dumps({"args": ["0123456789", 5]})]
    harness.run_tests(ns, {**spec, "kind": "function", "class": "Solution"}, tests,
                      records.append, out)
    assert [(r["stdout"], r["stdout_truncated"]) for r in records] == [
        ("a\n", False), ("b\n", False), ("0123456789", True)]
    assert records[2]["stdout_bytes"] == 55 and out.total_bytes == 59


def test_capped_output_counts_bytes_not_characters():
    out = harness.CappedOutput(cap=3)
    out.write("é")
    out.write("abc")
    assert out.take() == ("éab", True) and out.test_bytes == 5
    out.begin_test()
    assert out.take() == ("", False) and out.total_bytes == 5
    with pytest.raises(TypeError):
        out.write(b"bytes")
    class Loud(str):
        pass
    out.write(Loud("x"))
    assert out.take() == ("x", False)


DEEP_LIST = """
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new = self.reverseList(head.next)
        head.next.next, head.next = head, None
        return new
"""


def test_deep_recursion_on_a_linked_list_under_a_big_stack():
    n = 100_000
    spec = {"method": "reverseList", "params": [{"name": "head", "type": "Optional[ListNode]"}],
            "returns": "Optional[ListNode]"}
    limit = sys.getrecursionlimit()
    recs = harness.run_with_big_stack(lambda: run(DEEP_LIST, spec, [{"args": [list(range(n))]}]))
    assert outs(recs) == [list(range(n))[::-1]]
    assert sys.getrecursionlimit() == limit  # restored for the caller


def test_infinite_recursion_is_a_short_recursion_error():
    src = "class Solution:\n    def f(self, n: int) -> int:\n        return self.f(n + 1)\n"
    [rec] = harness.run_with_big_stack(
        lambda: run(src, {"method": "f", "params": [{"name": "n", "type": "int"}], "returns": "int"},
                    [{"args": [0]}]))
    err = rec["error"]
    assert err["type"] == "RecursionError" and err["line"] == 3
    assert "[Previous line repeated" in err["traceback"] and len(err["traceback"]) < 2000


C_RECURSION = """
import functools, sys
sys.path.insert(0, {root!r})
from app.judge import harness
sys.setrecursionlimit(250_000)
@functools.cache
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
run = (lambda f: harness.run_with_big_stack(f, 256)) if {big} else (lambda f: f())
print(run(lambda: depth(100_000)))
"""


@pytest.mark.parametrize("big", [True, False])
def test_big_stack_is_what_lets_c_level_recursion_reach_1e5(big):
    """@cache recursion goes through C; on the 8 MB main stack it dies (the control case)."""
    code = C_RECURSION.format(root=str(__import__("pathlib").Path(__file__).parents[2]), big=big)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    if big:
        assert proc.returncode == 0 and proc.stdout.strip() == "100000", proc.stderr[-500:]
    else:
        assert proc.returncode != 0


def test_run_with_big_stack_returns_and_raises():
    assert harness.run_with_big_stack(lambda: 42, stack_mb=16) == 42
    with pytest.raises(KeyError):
        harness.run_with_big_stack(lambda: {}["missing"], stack_mb=16)


def test_cumulative_time_limit_gives_tle():
    src = """
    class Solution:
        def burn(self, ms: int) -> int:
            start = time.process_time()
            while time.process_time() - start < ms / 1000:
                pass
            return ms
    """
    spec = {"method": "burn", "params": [{"name": "ms", "type": "int"}], "returns": "int",
            "time_limit_ms": 100}
    recs = run(src, spec, [{"args": [60]}] * 4)
    assert [r["ok"] for r in recs] == [True, False]
    assert recs[1]["tle"] is True and "out" not in recs[1]
    assert recs[1]["cpu_total_ns"] > 100_000_000 and recs[0]["cpu_ns"] >= 60_000_000


def test_cpu_time_excludes_decoding():
    vals = [0] + [v for i in range(1, 200_000) for v in (None, i)]
    src = "class Solution:\n    def f(self, root: Optional[TreeNode]) -> int:\n        return 1\n"
    spec = {"method": "f", "params": [{"name": "root", "type": "Optional[TreeNode]"}],
            "returns": "int"}
    [rec] = run(src, spec, [{"args": [vals]}])
    assert rec["out"] == 1 and rec["cpu_ns"] < 5_000_000


def test_outputs_are_normalised_for_json():
    src = """
    class Solution:
        def f(self, kind: int) -> float:
            return [2, float('nan'), 2 ** 80][kind]
    """
    spec = {"method": "f", "params": [{"name": "kind", "type": "int"}], "returns": "float"}
    assert outs(run(src, spec, [{"args": [0]}, {"args": [1]}])) == [2.0, {"$float": "nan"}]
    src2 = src.replace("-> float", "-> int")
    spec2 = {**spec, "returns": "int"}
    assert outs(run(src2, spec2, [{"args": [2]}])) == [{"$int": str(2**80)}]


def test_returned_cycle_is_a_marker():
    src = """
    class Solution:
        def f(self, head: Optional[ListNode]) -> Optional[ListNode]:
            head.next.next = head
            return head
    """
    spec = {"method": "f", "params": [{"name": "head", "type": "Optional[ListNode]"}],
            "returns": "Optional[ListNode]"}
    assert outs(run(src, spec, [{"args": [[1, 2]]}])) == [{"$error": "cycle", "type": "ListNode"}]
