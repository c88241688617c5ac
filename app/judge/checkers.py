"""Output checkers. They run in the TRUSTED parent on ``actual`` values that came out of the sandbox.

``actual`` is any JSON the learner managed to produce (huge, deeply nested, wrong types), so every
checker is iterative with a nesting cap, and answers False instead of raising. Only a configuration
mistake (unknown checker name, ``custom`` without a function) raises ValueError: that is the
bank's fault and must surface as IE, not as the learner's WA.

Equality is type-aware: ``True`` is not ``1`` and ``1`` is not ``1.0`` (the harness already turns
an int returned for a ``float`` signature into a float, and problems with computed floats use the
``float`` or ``allclose`` checker). The child's wire tags are understood on both sides:
``{"$float": "nan"|"inf"|"-inf"}`` and ``{"$int": "<digits>"}`` compare as the numbers they stand
for; NaN equals NaN (expecting NaN and getting NaN is right). ``$error`` markers equal nothing.
"""
from __future__ import annotations

import math
from collections import Counter
from itertools import chain

import orjson

MAX_NESTING = 1000
CHECKERS = ("exact", "unordered", "unordered_nested", "set_like", "float", "allclose", "inplace",
            "design", "custom")


class _Mismatch(Exception):
    """Raised inside key building: the value cannot match anything (too deep, unknown type)."""


def _untag(d):
    """Scalar value of a wire tag dict, or None if ``d`` is not a tag."""
    if len(d) != 1:
        return None
    (k, v), = d.items()
    if k == "$float" and v in ("nan", "inf", "-inf"):
        return float(v)
    if k == "$int" and type(v) is str and len(v) <= 4300:
        try:
            return int(v)
        except ValueError:
            raise _Mismatch from None
    if k == "$error":
        raise _Mismatch
    return None


def _emit(out, x):
    """Append the type-tagged tokens of a scalar; True for a container (caller descends)."""
    t = type(x)
    if t is int:
        out += ("i", x)
    elif t is str:
        out += ("s", x)
    elif t is bool:
        out += ("b", x)
    elif x is None:
        out.append("n")
    elif t is float:
        out += ("nan",) if x != x else ("f", x)
    elif t is dict:
        v = _untag(x)
        if v is None:
            return True
        _emit(out, v)
    elif t in (list, tuple):
        return True
    else:
        raise _Mismatch
    return False


def _key(root):
    """Exact-equality key of any JSON value: a FLAT tuple of tokens (``[``/``]``/``{``/``}`` mark
    nesting), so comparing and hashing keys never recurses in C however deep the value is.
    Built iteratively; deeper than MAX_NESTING is a mismatch."""
    out = []
    stack = [(iter((root,)), None)]
    while stack:
        it, close = stack[-1]
        for x in it:
            if _emit(out, x):
                if len(stack) > MAX_NESTING:
                    raise _Mismatch
                if type(x) is dict:
                    if any(type(k) is not str for k in x):
                        raise _Mismatch
                    out.append("{")
                    stack.append((iter([kv for item in sorted(x.items()) for kv in item]), "}"))
                else:
                    out.append("[")
                    stack.append((iter(x), "]"))
                break
        else:
            stack.pop()
            if close:
                out.append(close)
    return tuple(out)


def _safe_key(x):
    try:
        return _key(x)
    except (_Mismatch, RecursionError, TypeError, ValueError):
        return None


def _fast_equal(a, b):
    """C-speed exact equality for the common case; False means "not proven", not "different".
    orjson tells 1, 1.0 and true apart; it writes NaN/inf as null, so bytes with null are unproven,
    and so are ``$error`` markers (they equal nothing)."""
    try:
        da = orjson.dumps(a, option=orjson.OPT_SORT_KEYS)
        return da == orjson.dumps(b, option=orjson.OPT_SORT_KEYS) and b"null" not in da \
            and b'"$error"' not in da
    except (orjson.JSONEncodeError, TypeError):
        return False


def _exact(expected, actual):
    if _fast_equal(expected, actual):
        return True
    ke = _safe_key(expected)
    return ke is not None and ke == _safe_key(actual)


def _multiset(items, inner_unordered=False):
    if type(items) not in (list, tuple):
        return None
    keys = []
    for x in items:
        if inner_unordered and type(x) in (list, tuple):
            inner = _multiset(x)
            k = None if inner is None else ("m", frozenset(inner.items()))
        else:
            k = _safe_key(x)
        if k is None:
            return None
        keys.append(k)
    return Counter(keys)


def _one_type(items):
    """int or str when every item has exactly that type: then Python's own sorting and hashing
    are exact (no 1 == 1.0 == True confusion) and the fast paths below are safe."""
    types = set(map(type, items))
    return types.pop() if len(types) == 1 and types <= {int, str} else None


def _unordered(expected, actual, inner_unordered=False):
    if type(expected) not in (list, tuple) or type(actual) not in (list, tuple) \
            or len(expected) != len(actual):
        return False
    kind = _one_type(expected)
    if kind is not None and _one_type(actual) is kind:  # fast path: flat ints or strings
        return sorted(expected) == sorted(actual)
    if set(map(type, expected)) == {list} == set(map(type, actual)):
        kind = _one_type(chain.from_iterable(expected))
        if kind is not None and _one_type(chain.from_iterable(actual)) is kind:
            inner = (lambda x: tuple(sorted(x))) if inner_unordered else tuple
            return Counter(map(inner, expected)) == Counter(map(inner, actual))
    me = _multiset(expected, inner_unordered)
    return me is not None and me == _multiset(actual, inner_unordered)


def _num(x):
    """float for a number or numeric tag, else None (bools are not numbers here)."""
    t = type(x)
    if t is float or t is int:
        return float(x) if t is float or abs(x) < 1 << 1000 else None
    if t is dict:
        try:
            v = _untag(x)
        except _Mismatch:
            return None
        return None if v is None else _num(v)
    return None


def _close(a, b, rel_tol, abs_tol):
    if a != a or b != b:
        return a != a and b != b
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= max(abs_tol, rel_tol * max(abs(a), abs(b)))


def _float(expected, actual, options):
    rel = float(options.get("rel_tol", 1e-5))
    abs_ = float(options.get("abs_tol", 1e-5))
    if type(expected) is list and type(actual) is list and len(expected) == len(actual) \
            and set(map(type, expected)) | set(map(type, actual)) <= {int, float}:
        try:
            return all(x == y or _close(float(x), float(y), rel, abs_)
                       for x, y in zip(expected, actual))
        except OverflowError:  # an int too big for a float: the general walk below decides
            pass
    stack = [(expected, actual, 0)]
    while stack:
        e, a, depth = stack.pop()
        ne, na = _num(e), _num(a)
        if ne is not None or na is not None:
            if ne is None or na is None or not _close(ne, na, rel, abs_):
                return False
        elif type(e) in (list, tuple):
            if type(a) not in (list, tuple) or len(a) != len(e) or depth >= MAX_NESTING:
                return False
            stack.extend((x, y, depth + 1) for x, y in zip(e, a))
        elif not _exact(e, a):
            return False
    return True


def _allclose(expected, actual, options):
    import numpy as np  # lazily: the parent only pays for numpy when a problem uses it

    def array(x):
        x = _detag(x)
        if x is None:
            return None
        arr = np.asarray(x)
        return arr if arr.dtype.kind in "iuf" else None

    try:
        e, a = array(expected), array(actual)
        if e is None or a is None or e.shape != a.shape:
            return False
        return bool(np.allclose(a, e, rtol=float(options.get("rtol", 1e-5)),
                                atol=float(options.get("atol", 1e-8)),
                                equal_nan=bool(options.get("equal_nan", True))))
    except (ValueError, TypeError, OverflowError, RecursionError):
        return False


def _detag(x):
    """Copy of nested lists with numeric tags turned into numbers, None if anything else is odd."""
    n = _num(x)
    if n is not None or type(x) not in (list, tuple):
        return None if n is None else (x if type(x) is int else n)
    root = []
    stack = [(x, root, 0)]
    while stack:
        src, dst, depth = stack.pop()
        if depth >= 64:  # numpy's own dimension limit
            return None
        for item in src:
            if type(item) in (list, tuple):
                child = []
                dst.append(child)
                stack.append((item, child, depth + 1))
            else:
                n = _num(item)
                if n is None:
                    return None
                dst.append(item if type(item) is int else n)
    return root


def check(checker: str, expected, actual, options: dict | None = None) -> bool:
    """True when ``actual`` is an accepted answer for ``expected`` under ``checker``."""
    options = options or {}
    if checker in ("exact", "inplace"):
        return _exact(expected, actual)
    if checker == "design":
        return type(actual) is list and _exact(expected, actual)
    if checker == "unordered":
        return _unordered(expected, actual)
    if checker == "unordered_nested":
        return _unordered(expected, actual, inner_unordered=True)
    if checker == "set_like":
        return _unordered(expected, actual)  # inner lists keep their order: exact keys
    if checker == "float":
        return _float(expected, actual, options)
    if checker == "allclose":
        return _allclose(expected, actual, options)
    if checker == "custom":
        fn = options.get("function")
        if not callable(fn):
            raise ValueError("custom checker needs options['function']")
        try:
            return bool(fn(expected, actual, options.get("args")))
        except Exception:
            return False
    raise ValueError(f"unknown checker {checker!r}")


def first_mismatch(checker: str, expected, actual, options: dict | None = None) -> str | None:
    """A short human explanation of the first difference, or None when there is nothing cheap to
    say (or no difference). Indices are positions in the ops/output arrays (0 is the constructor).
    For ``design`` pass ``options={"ops": [...], "args": [...]}`` to name the operation."""
    options = options or {}
    if checker not in ("exact", "inplace", "design", "float"):
        return None
    if type(expected) is not list or type(actual) is not list:
        return None if check(checker, expected, actual, options) else \
            f"expected {_show(expected)}, got {_show(actual)}"
    same = (lambda e, a: _float(e, a, options)) if checker == "float" else _exact
    for i, (e, a) in enumerate(zip(expected, actual)):
        if not same(e, a):
            if checker == "design":
                ops, args = options.get("ops") or [], options.get("args") or []
                op = ops[i] if i < len(ops) else "?"
                call = ", ".join(_show(v) for v in args[i]) if i < len(args) and \
                    type(args[i]) is list else ""
                return f"operation {i} {op}({call}): expected {_show(e)}, got {_show(a)}"
            return f"index {i}: expected {_show(e)}, got {_show(a)}"
    if len(expected) != len(actual):
        return f"expected {len(expected)} values, got {len(actual)}"
    return None


def _show(x, limit=60):
    try:
        text = orjson.dumps(x).decode()
    except (orjson.JSONEncodeError, TypeError):
        text = repr(x)
    return text if len(text) <= limit else text[:limit - 3] + "..."
