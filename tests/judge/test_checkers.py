"""Checkers run in the trusted parent on untrusted output: right answers pass, near misses fail,
and hostile values (huge, deep, wrongly typed) give False without raising."""
from __future__ import annotations

import time

import pytest

from app.judge.checkers import CHECKERS, check, first_mismatch

NAN, INF, NINF = {"$float": "nan"}, {"$float": "inf"}, {"$float": "-inf"}


def deep(n, leaf=1):
    x = leaf
    for _ in range(n):
        x = [x]
    return x


# ------------------------------------------------------------------ exact / inplace
@pytest.mark.parametrize("expected,actual,ok", [
    ([0, 1], [0, 1], True),
    ([0, 1], [1, 0], False),
    (1, 1.0, False),
    (True, 1, False),
    (1, True, False),
    (0, False, False),
    (None, [], False),
    ("1", 1, False),
    ([[1, 2], [3]], [[1, 2], [3]], True),
    ([[1, 2], [3]], [[1, 2], 3], False),
    ({"a": [1]}, {"a": [1]}, True),
    ({"a": 1}, {"a": 1, "b": 2}, False),
    (2.5, 2.5, True),
    (0.0, -0.0, True),
    (float("nan"), NAN, True),
    (NAN, NAN, True),
    (float("inf"), INF, True),
    (INF, NINF, False),
    (2**80, {"$int": str(2**80)}, True),
    ({"$int": "12"}, 12, True),
    ([1], {"$error": "cycle", "type": "ListNode"}, False),
    ({"$error": "cycle"}, {"$error": "cycle"}, False),  # markers never match, not even themselves
    ([None], [float("nan")], False),  # orjson writes NaN as null: the fast path must not say True
])
def test_exact(expected, actual, ok):
    assert check("exact", expected, actual) is ok
    assert check("inplace", expected, actual) is ok


def test_exact_on_hostile_values_never_raises():
    assert check("exact", [1], deep(100_000)) is False
    assert check("exact", deep(2000), deep(2000)) is False  # past the nesting cap: refuse
    assert check("exact", deep(500), deep(500)) is True  # deeper than orjson's 254 still works
    assert check("exact", [1], {1: 2}) is False
    assert check("exact", [1], {"$int": "1" * 5000}) is False
    assert check("exact", [1], object()) is False
    assert check("exact", [1], [{1, 2}]) is False


def test_exact_on_large_output_is_fast():
    big = list(range(10**6))
    start = time.perf_counter()
    assert check("exact", big, list(big)) is True
    assert check("exact", big, big[:-1] + [-1]) is False
    assert time.perf_counter() - start < 5


# ------------------------------------------------------------------ unordered family
@pytest.mark.parametrize("expected,actual,ok", [
    ([1, 2, 3], [3, 1, 2], True),
    ([1, 1, 2], [1, 2, 2], False),
    ([1, 2], [1, 2, 2], False),
    ([1, 2], [1.0, 2], False),
    ([1, 0], [True, 0], False),
    (["a", 1], [1, "a"], True),
    ([[1, 2], [3]], [[3], [1, 2]], True),
    ([[1, 2], [3]], [[3], [2, 1]], False),
    ([1], 1, False),
    ([1], "1", False),
])
def test_unordered(expected, actual, ok):
    assert check("unordered", expected, actual) is ok


@pytest.mark.parametrize("expected,actual,ok", [
    ([["eat", "tea", "ate"], ["tan", "nat"], ["bat"]],
     [["bat"], ["nat", "tan"], ["ate", "eat", "tea"]], True),
    ([[], [1], [2], [1, 2]], [[2, 1], [], [2], [1]], True),
    ([[-1, -1, 2], [-1, 0, 1]], [[0, 1, -1], [2, -1, -1]], True),
    ([[-1, -1, 2], [-1, 0, 1]], [[0, 1, -1], [2, 2, -1]], False),  # inner multiset, not set
    ([[1, 2], [1, 2]], [[1, 2]], False),
    ([[1, 2]], [[1, 2, 2]], False),
    ([[1]], [1], False),
    ([[1]], [[True]], False),
])
def test_unordered_nested(expected, actual, ok):
    assert check("unordered_nested", expected, actual) is ok


@pytest.mark.parametrize("expected,actual,ok", [
    ([[1, 2, 3], [1, 3, 2], [2, 1, 3]], [[2, 1, 3], [1, 2, 3], [1, 3, 2]], True),
    ([[1, 2, 3], [1, 3, 2]], [[3, 2, 1], [1, 3, 2]], False),  # inner order is kept
    ([[1, 2]], [[1, 2], [1, 2]], False),
])
def test_set_like(expected, actual, ok):
    assert check("set_like", expected, actual) is ok


def test_unordered_hostile():
    assert check("unordered_nested", [[1]], [deep(5000)]) is False
    assert check("unordered", [[1]], [deep(5000)]) is False
    assert check("set_like", [[1]], [{"$error": "too_deep", "type": "list"}]) is False


# ------------------------------------------------------------------ float / allclose
@pytest.mark.parametrize("expected,actual,options,ok", [
    (2.0, 2, None, True),
    (0.5, 0.500001, None, True),
    (0.5, 0.50002, None, False),
    (1e9, 1e9 + 1000, None, True),  # relative tolerance
    (1e9, 1e9 + 1e5, None, False),
    (0.5, 0.51, {"abs_tol": 0.1}, True),
    ([[1.0, 2.0], [3.0]], [[1.000001, 2], [3.0]], None, True),
    ([[1.0, 2.0], [3.0]], [[1.0, 2.0], 3.0], None, False),
    ([1.0, 2.0], [1.0], None, False),
    (float("nan"), NAN, None, True),
    (1.0, NAN, None, False),
    (float("inf"), INF, None, True),
    (float("inf"), 1e308, None, False),
    (1.0, True, None, False),
    (["a", 1.0], ["a", 1.000001], None, True),
    (["a", 1.0], ["b", 1.0], None, False),
    (1.0, "1.0", None, False),
    (1.0, {"$error": "x"}, None, False),
])
def test_float(expected, actual, options, ok):
    assert check("float", expected, actual, options) is ok


@pytest.mark.parametrize("expected,actual,options,ok", [
    ([[1.0, 2.0], [3.0, 4.0]], [[1.0, 2.0], [3.0, 4.0000001]], None, True),
    ([[1.0, 2.0], [3.0, 4.0]], [[1.0, 2.0, 3.0, 4.0]], None, False),  # shapes must match
    ([1.0, 2.0], [1.0, 2.1], None, False),
    ([1.0, 2.0], [1.0, 2.1], {"atol": 0.2}, True),
    ([1.0, 2.0], [1.0, 2.1], {"rtol": 0.1}, True),
    ([1.0, 2.0], [[1.0], [2.0, 3.0]], None, False),  # ragged
    ([1.0, 2.0], ["1", "2"], None, False),
    ([1.0, 2.0], [True, 2.0], None, False),
    ([1.0, float("nan")], [1.0, NAN], None, True),
    ([1.0, float("nan")], [1.0, NAN], {"equal_nan": False}, False),
    ([1, 2], [1, 2], None, True),
    (1.5, 1.5, None, True),
    ([1.0], deep(100), None, False),
    ([1.0], [2**70], None, False),
])
def test_allclose(expected, actual, options, ok):
    assert check("allclose", expected, actual, options) is ok


# ------------------------------------------------------------------ design / custom / errors
LRU_OPS = ["LRUCache", "put", "put", "get", "put", "get"]
LRU_ARGS = [[2], [1, 1], [2, 2], [1], [3, 3], [2]]


def test_design():
    expected = [None, None, None, 1, None, -1]
    assert check("design", expected, [None, None, None, 1, None, -1]) is True
    assert check("design", expected, [None, None, None, -1, None, -1]) is False
    assert check("design", expected, [None, None, None, 1, None]) is False
    assert check("design", expected, [None, 0, None, 1, None, -1]) is False  # void must be null
    assert check("design", expected, {"$error": "x"}) is False


def test_design_first_mismatch_names_the_operation():
    opts = {"ops": LRU_OPS, "args": LRU_ARGS}
    expected = [None, None, None, 1, None, -1]
    msg = first_mismatch("design", expected, [None, None, None, -1, None, -1], opts)
    assert msg == "operation 3 get(1): expected 1, got -1"
    assert first_mismatch("design", expected, expected, opts) is None
    assert first_mismatch("design", expected, expected[:4], opts) == "expected 6 values, got 4"
    assert first_mismatch("exact", [1, 2], [1, 3]) == "index 1: expected 2, got 3"
    assert first_mismatch("exact", 1, 2) == "expected 1, got 2"
    assert first_mismatch("unordered", [1], [2]) is None


def test_custom_checker():
    seen = []

    def valid_split(expected, actual, args):
        seen.append(args)
        return sorted(actual) == sorted(args[0])

    opts = {"function": valid_split, "args": [[3, 1, 2]]}
    assert check("custom", None, [1, 2, 3], opts) is True
    assert check("custom", None, [1, 2], opts) is False
    assert seen == [[[3, 1, 2]], [[3, 1, 2]]]
    assert check("custom", None, [1, "a"], opts) is False  # the function raised TypeError
    with pytest.raises(ValueError):
        check("custom", 1, 1, {})


def test_unknown_checker_is_a_configuration_error():
    with pytest.raises(ValueError):
        check("fuzzy", 1, 1)
    assert set(CHECKERS) == {"exact", "unordered", "unordered_nested", "set_like", "float",
                             "allclose", "inplace", "design", "custom"}


@pytest.mark.parametrize("checker", [c for c in CHECKERS if c != "custom"])
@pytest.mark.parametrize("actual", [None, 5, "x", [], {}, deep(3000), [[1, [2, {"a": [3]}]]],
                                    {"$float": 7}, {"$int": "x"}, [float("nan")], [2**100]])
def test_every_checker_survives_hostile_actuals(checker, actual):
    assert check(checker, [[1.0, 2.0]], actual) is False
