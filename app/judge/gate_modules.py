"""The run-time half of the language gate: attribute rules, guarded builtins, sanitised modules.

``gate.py`` refuses what it sees in the source; this covers the routes whose attribute name or
receiver is only known at run time. There are deliberately no ``_write_``/``_getiter_``/``_apply_``
style guards: the child running a solution is walled in by the OS and thrown away, so the gate only
refuses *introspection and escapes* (frames, globals, ``__subclasses__``, real modules, an
unrestricted ``eval``), never shared-state mutation. Everything else runs as native CPython.

* ``getattr``/``setattr``/``delattr`` get the attribute name as a string: same rule, at call time.
* ``str.format``/``format_map`` walk attributes named in the format string (``"{0.__class__}"``):
  ``format_hook`` replaces reads of ``x.format`` and checks the string before handing back the C
  method (CVE-2023-41039).
* ``type(name, bases, dict)`` and every metaclass build a class from a raw dict (e.g. with
  ``__annotations__`` keys that ``dataclass`` pastes into code it ``exec``s); the restricted
  ``type`` answers one-argument calls only and stands in for every metaclass.
* Imports return *sanitised copies*: standalone modules holding the public, non-module members,
  so ``random._os`` or ``np.testing`` do not exist, and an ``AttributeError.obj`` is the copy, never
  the real module (CVE-2024-47532).
* Members that ``eval`` strings or take attribute names are removed or wrapped: ``string.Formatter``
  and ``Template``, ``operator.attrgetter``/``methodcaller`` (names checked), ``typing.get_type_hints``,
  ``ForwardRef``, ``get_args`` and ``functools.singledispatch`` (they ``eval`` string annotations:
  unrestricted bytecode), ``functools.update_wrapper``/``wraps`` (default attribute lists only),
  ``dataclasses.dataclass`` (field names checked first), ``make_dataclass``, numpy file I/O.

Accepted risk, left to the OS wall: numpy hands out raw memory (``np.ndarray((1,), dtype=object,
buffer=bytearray(8))`` forges object pointers), so a determined solution can reach native code
through it; the gate does not try to make numpy memory-safe.
"""
from __future__ import annotations

import builtins
import dataclasses as _dataclasses
import functools as _functools
import importlib
import keyword
import operator as _operator
import sys
import types
from typing import Any

import _string

ALLOWED_MODULES: frozenset[str] = frozenset({
    "collections", "collections.abc", "heapq", "bisect", "math", "itertools", "functools", "operator",
    "string", "re", "typing", "dataclasses", "random", "decimal", "fractions", "statistics", "copy",
    "array", "numpy", "numpy.linalg", "numpy.random", "sys",
})
# ``from __future__ import annotations`` is a compiler directive that also executes an import.
_IMPORTABLE = ALLOWED_MODULES | {"__future__"}

# Dunder methods a solution may define (``def``, or assign in a class body) and read as attributes
# (``super().__init__()``, ``x.__lt__(y)``). Reading them gives nothing the operators don't already
# give. Deliberately absent: __class__, __dict__, __getattribute__/__getattr__/__setattr__, __new__,
# __init_subclass__, __set_name__, __prepare__, __reduce__*, __get__, __match_args__, __annotations__.
ALLOWED_DUNDER_METHODS: frozenset[str] = frozenset(f"__{n}__" for n in """
    init post_init repr str hash bool len iter next reversed contains getitem setitem delitem missing
    call enter exit eq ne lt le gt ge add radd iadd sub rsub isub mul rmul imul matmul rmatmul imatmul
    truediv rtruediv itruediv floordiv rfloordiv ifloordiv mod rmod imod divmod rdivmod pow rpow ipow
    lshift rlshift ilshift rshift rrshift irshift and rand iand or ror ior xor rxor ixor
    neg pos abs invert index int float complex round trunc floor ceil copy deepcopy
""".split())
ALLOWED_DUNDER_ATTRS: frozenset[str] = ALLOWED_DUNDER_METHODS | {"__name__"}
# Plain names that lead to native code or the type graph and have no use in a solution.
DENIED_ATTRS: frozenset[str] = frozenset({
    "mro", "ctypes", "_ctypes", "ctypeslib", "cffi", "_cffi", "f2py", "distutils"})
# Frame, generator, coroutine, async-generator, traceback and code attributes, by prefix so that
# attributes added by later Pythons (f_generator, gi_suspended) are covered too.
DENIED_ATTR_PREFIXES: tuple[str, ...] = ("f_", "gi_", "cr_", "ag_", "tb_", "co_")
FORMAT_ATTRS: frozenset[str] = frozenset({"format", "format_map"})


class GateViolation(Exception):
    """Raised at run time when a solution reaches for something the gate refuses."""


def is_dunder(name: str) -> bool:
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__"


def attr_refusal(name: str) -> str | None:
    """Why attribute ``name`` may not be used (read, written or deleted), or None if it may."""
    if is_dunder(name):
        return None if name in ALLOWED_DUNDER_ATTRS else f"access to '{name}' is not allowed in solutions"
    if name in DENIED_ATTRS or name.startswith(DENIED_ATTR_PREFIXES):
        return f"attribute '{name}' is not allowed in solutions"
    return None


def _checked_name(name: Any) -> Any:
    """An attribute name given as a string, checked; a str subclass (which could lie through
    ``__eq__``/``startswith``) is replaced by its plain content. Non-strings pass: the caller raises."""
    if isinstance(name, str):
        name = str.__str__(name)
        refusal = attr_refusal(name)
        if refusal:
            raise GateViolation(refusal)
    return name


# ---------------------------------------------------------------- str.format / format_map
_BUILTIN_METHOD = type("".format)
# Checked format strings -> their bound format / format_map method (the hot path is one dict hit).
_BOUND: dict[str, dict[str, Any]] = {"format": {}, "format_map": {}}


def check_format_string(fmt: str) -> None:
    """Refuse ``{0.__class__}``-style attribute walks (also inside nested ``{0:{1.x}}`` specs).

    Only attribute steps (``.name``) are checked; ``[key]`` steps are item lookups, as native.
    Fields are checked in order, so a malformed string raises the ValueError ``str.format`` would
    raise, and never before a refused field that ``str.format`` would already have walked.
    """
    for _literal, field, spec, _conversion in _string.formatter_parser(fmt):
        if field is not None:
            _first, rest = _string.formatter_field_name_split(field)
            for is_attr, key in rest:
                if is_attr:
                    refusal = attr_refusal(key)
                    if refusal:
                        raise GateViolation(f"{refusal} (in a format string)")
        if spec:
            check_format_string(spec)


def _bind_checked(fmt: str, name: str) -> Any:
    """``fmt.format`` (or ``format_map``) of the exact str ``fmt``, once its fields are checked."""
    check_format_string(fmt)
    cache = _BOUND[name]
    if len(cache) > 4096:
        cache.clear()
    method = cache[fmt] = getattr(fmt, name)
    return method


def _make_hook(name: str):
    """The hook that replaces every read of ``x.<name>`` (``format`` or ``format_map``), x not a literal.

    The receiver's type is unknown at compile time (a user class may define ``format``), so the
    lookup is native and only a result that *is* ``str.format``/``format_map`` (bound to a str, or
    the unbound descriptor via ``str.format`` or ``super()``) is checked or wrapped. Hot path: a str
    seen before, one dict hit returning its pre-bound, already checked method.
    """
    def hook(obj, _cache=_BOUND[name], _str=str):
        if type(obj) is _str:
            try:
                return _cache[obj]
            except KeyError:
                return _bind_checked(obj, name)
        return _format_hook_slow(obj, name)

    hook.__name__ = hook.__qualname__ = f"{name}_hook"
    return hook


def _make_unbound(name: str, native):
    def checked(self, /, *args, **kwargs):  # str.format(fmt, ...) with fmt checked first
        if isinstance(self, str):
            return _bind_checked(str.__str__(self), name)(*args, **kwargs)
        return native(self, *args, **kwargs)  # raises str.format's own TypeError
    return checked


def _format_hook_slow(obj: Any, name: str) -> Any:
    method = getattr(obj, name)
    if (type(method) is _BUILTIN_METHOD and isinstance(method.__self__, str)
            and method.__name__ in FORMAT_ATTRS):
        return _bind_checked(str.__str__(method.__self__), method.__name__)
    return _UNBOUND.get(method, method) if type(method) is _METHOD_DESCRIPTOR else method


_METHOD_DESCRIPTOR = type(str.format)
_UNBOUND = {str.format: _make_unbound("format", str.format),
            str.format_map: _make_unbound("format_map", str.format_map)}
format_hook, format_map_hook = _make_hook("format"), _make_hook("format_map")
FORMAT_HOOK_FUNCTIONS = {"format": format_hook, "format_map": format_map_hook}


# ---------------------------------------------------------------- guarded builtins
_NO_DEFAULT = object()


def guarded_getattr(obj, name, default=_NO_DEFAULT, /):
    name = _checked_name(name)
    try:
        if name in FORMAT_ATTRS:
            return _format_hook_slow(obj, name)
        return getattr(obj, name)
    except AttributeError:
        if default is _NO_DEFAULT:
            raise
        return default


def guarded_setattr(obj, name, value, /):
    setattr(obj, _checked_name(name), value)


def guarded_delattr(obj, name, /):
    delattr(obj, _checked_name(name))


class RestrictedType:
    """The solution's ``type``: ``type(x)`` and ``isinstance(c, type)`` work, creating classes doesn't.
    The real ``type`` and metaclasses are never handed out: ``type(SomeClass)`` returns this too."""
    __slots__ = ()

    def __call__(self, *args):
        if len(args) == 3:
            raise GateViolation("type() with three arguments (creating classes) is not allowed in solutions")
        if len(args) != 1:
            raise TypeError("type() takes 1 or 3 arguments")
        cls = builtins.type(args[0])
        return self if issubclass(cls, builtins.type) else cls

    def __instancecheck__(self, obj) -> bool:
        return isinstance(obj, builtins.type)

    def __subclasscheck__(self, cls) -> bool:
        return issubclass(cls, builtins.type)

    def __mro_entries__(self, bases):
        raise GateViolation("subclassing type (metaclasses) is not allowed in solutions")

    def __repr__(self) -> str:
        return "<class 'type'>"


RESTRICTED_TYPE = RestrictedType()


# ---------------------------------------------------------------- wrapped module members
def _attrgetter(attr, /, *attrs):
    names = tuple(_checked_name(a) for a in (attr, *attrs))
    for part in (p for name in names if type(name) is str for p in name.split(".")):
        if _checked_name(part) in FORMAT_ATTRS:
            raise GateViolation(f"operator.attrgetter('{part}') is not allowed in solutions")
    return _operator.attrgetter(*names)


def _methodcaller(name, /, *args, **kwargs):
    if _checked_name(name) in FORMAT_ATTRS:
        raise GateViolation(f"operator.methodcaller('{name}') is not allowed in solutions")
    return _operator.methodcaller(_checked_name(name), *args, **kwargs)


def _update_wrapper(wrapper, wrapped, assigned=_functools.WRAPPER_ASSIGNMENTS,
                    updated=_functools.WRAPPER_UPDATES):
    """Custom ``assigned``/``updated`` lists make it a getattr/setattr of any dunder: refused."""
    if tuple(assigned) != _functools.WRAPPER_ASSIGNMENTS or tuple(updated) != _functools.WRAPPER_UPDATES:
        raise GateViolation("functools.update_wrapper/wraps with custom attribute lists is not allowed")
    return _functools.update_wrapper(wrapper, wrapped)


def _wraps(wrapped, assigned=_functools.WRAPPER_ASSIGNMENTS, updated=_functools.WRAPPER_UPDATES):
    return _functools.partial(_update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def _check_dataclass_names(cls) -> None:
    """``dataclass`` pastes field names into source it ``exec``s with real builtins: names must be
    identifiers. A Field's ``name`` is writable after the fact (``field()`` objects, ``fields()``),
    so inherited fields are checked on every call, not only when they were created."""
    for klass in builtins.type.__getattribute__(cls, "__mro__"):
        namespace = builtins.type.__getattribute__(klass, "__dict__")
        names = list(namespace.get("__annotations__", {}))
        fields = namespace.get("__dataclass_fields__", {}) if klass is not cls else {}
        names += [f.name for f in fields.values()] + list(fields)
        for name in names:
            if not (type(name) is str and name.isidentifier() and not keyword.iskeyword(name)):
                raise GateViolation(f"dataclass field name {name!r} is not an identifier")


def _dataclass(cls=None, /, **options):
    def wrap(cls):
        if isinstance(cls, builtins.type):
            _check_dataclass_names(cls)
        return _dataclasses.dataclass(cls, **options)
    return wrap if cls is None else wrap(cls)


_NUMPY_DENIED = frozenset({
    "load", "save", "savez", "savez_compressed", "loadtxt", "savetxt", "genfromtxt", "fromfile",
    "fromregex", "memmap", "show_config", "show_runtime", "get_include", "test", "info"})
_DENIED_MEMBERS: dict[str, frozenset[str]] = {
    "string": frozenset({"Formatter", "Template"}),
    "typing": frozenset({"get_type_hints", "ForwardRef", "get_args", "io", "re"}),
    "functools": frozenset({"singledispatch", "singledispatchmethod"}),
    "dataclasses": frozenset({"make_dataclass"}),
    "copy": frozenset({"dispatch_table"}),
    "numpy": _NUMPY_DENIED,
}
_REPLACED_MEMBERS: dict[str, dict[str, Any]] = {
    "operator": {"attrgetter": _attrgetter, "methodcaller": _methodcaller},
    "functools": {"update_wrapper": _update_wrapper, "wraps": _wraps},
    "dataclasses": {"dataclass": _dataclass},
}
# Objects never exported under any name: code/function/frame constructors and the unguarded builtins.
_NEVER_EXPORTED = frozenset(id(o) for o in (
    types.FunctionType, types.CodeType, types.FrameType, types.TracebackType, types.ModuleType,
    types.CellType, types.MethodType, builtins.type, eval, exec, compile, open, getattr, setattr,
    delattr, globals, locals, vars, dir, __import__, input, breakpoint, memoryview))

_PROXIES: dict[str, types.ModuleType] = {}


def _ignored_setrecursionlimit(limit: int) -> None:
    """LeetCode solutions often start with ``sys.setrecursionlimit(10**6)``; the judge already allows
    200,000 frames on a 512 MiB stack, and a higher limit would only turn RecursionError into a crash."""
    if type(limit) is not int or limit < 1:
        raise ValueError("recursion limit must be a positive int")


# ``sys`` for solutions: only what LeetCode code uses it for. Everything else (modules, path,
# frames, stdin/stdout, exit, audit hooks) is absent.
_SYS_MEMBERS: dict[str, Any] = {
    "maxsize": sys.maxsize, "float_info": sys.float_info, "int_info": sys.int_info,
    "maxunicode": sys.maxunicode, "byteorder": sys.byteorder,
    "setrecursionlimit": _ignored_setrecursionlimit, "getrecursionlimit": sys.getrecursionlimit,
}


def _sanitised_members(name: str, module: types.ModuleType) -> dict[str, Any]:
    if name == "sys":
        return dict(_SYS_MEMBERS)
    denied = _DENIED_MEMBERS.get(name, frozenset())
    members = {}
    for key, value in vars(module).items():
        if (key.startswith("_") or key in denied or isinstance(value, types.ModuleType)
                or id(value) in _NEVER_EXPORTED
                or (isinstance(value, builtins.type) and issubclass(value, builtins.type))):  # metaclass
            continue
        members[key] = value
    members.update(_REPLACED_MEMBERS.get(name, {}))
    return members


def module_proxy(name: str) -> types.ModuleType:
    """The sanitised, standalone copy of allowed module ``name`` (built once per process)."""
    proxy = _PROXIES.get(name)
    if proxy is None:
        module = importlib.import_module(name)
        proxy = types.ModuleType(name, module.__doc__)
        members = _sanitised_members(name, module)
        proxy.__dict__.update(members)
        if isinstance(getattr(module, "__all__", None), (list, tuple)):
            proxy.__all__ = [n for n in module.__all__ if n in members]
        _PROXIES[name] = proxy
        for sub in sorted(_IMPORTABLE):  # allowed submodules are attributes of their parent's proxy
            if sub.startswith(name + "."):
                setattr(proxy, sub[len(name) + 1:], module_proxy(sub))
    return proxy


def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    """``__import__`` for solutions: allowed modules only, always the sanitised copies."""
    if level != 0:
        raise ImportError("relative imports are not allowed in solutions")
    if type(name) is not str or name not in _IMPORTABLE:
        if type(fromlist) is list and type(name) is str and (name == "warnings" or name.startswith("numpy.")):
            # C code (numpy's lazy ``npy_cache_import``, warnings) calls PyImport_Import, which looks
            # ``__import__`` up in the *calling frame's* builtins, i.e. this hook, with fromlist=[];
            # it discards the result and reads sys.modules itself. Solution code never passes a
            # list (IMPORT_NAME passes a tuple or None), so nothing is handed to the solution.
            importlib.import_module(name)
            return None
        raise ImportError(f"import of {name!r} is not allowed in solutions")
    if not fromlist:
        return module_proxy(name.partition(".")[0])
    proxy = module_proxy(name)
    for item in fromlist:  # checked here so CPython's sys.modules fallback for `from a import b` never runs
        if item != "*" and (type(item) is not str or item.startswith("_") or item not in proxy.__dict__):
            raise ImportError(f"cannot import name {item!r} from {name!r} (not available in solutions)")
    return proxy


NUMPY_MODULES = frozenset(name for name in ALLOWED_MODULES if name.split(".")[0] == "numpy")


def preload_modules(numpy: bool = True) -> None:
    for name in sorted(_IMPORTABLE):
        if numpy or name not in NUMPY_MODULES:
            module_proxy(name)
    if numpy:
        _use_numpy_once()


def _use_numpy_once() -> None:
    """numpy imports parts of itself on first use (``np.unique`` loads ``numpy.ma``, ``np.pad`` and
    friends load ``numpy.lib`` pieces): a walled-in child cannot read a file, so every function an
    ML solution is likely to call runs once here, in the zygote, before the wall goes up."""
    import numpy as np
    import numpy.fft  # noqa: F401
    import numpy.ma  # noqa: F401
    import numpy.polynomial  # noqa: F401
    from numpy.lib.stride_tricks import sliding_window_view
    x = np.arange(12.0).reshape(3, 4)
    v = np.array([3.0, 1.0, 2.0, 1.0])
    rng = np.random.default_rng(0)
    np.unique(v), np.unique(v, return_counts=True, return_inverse=True, return_index=True)
    np.median(v), np.percentile(v, [25, 75]), np.quantile(v, 0.5), np.histogram(v, bins=3)
    np.bincount(np.array([0, 1, 1])), np.argsort(v, kind="stable"), np.searchsorted(np.sort(v), 2.0)
    np.cov(x), np.corrcoef(x), np.einsum("ij,kj->ik", x, x), np.pad(x, 1), np.convolve(v, v)
    np.clip(v, 0, 1), np.isclose(v, v).all(), np.allclose(v, v), np.nan_to_num(v), np.cumsum(v)
    np.linalg.svd(x), np.linalg.solve(np.eye(3), np.ones(3)), np.linalg.inv(np.eye(2)), np.linalg.norm(x)
    np.linalg.eigh(np.eye(2)), np.linalg.lstsq(x, np.ones(3), rcond=None), np.linalg.det(np.eye(2))
    np.polyfit(v, v, 1), np.fft.fft(v), sliding_window_view(v, 2), np.ma.masked_array(v)
    rng.permutation(4), rng.choice(4, 2), rng.normal(size=2), rng.integers(0, 3, 2), rng.random(2)
    np.random.seed(0), np.random.rand(2), np.random.randn(2), np.random.permutation(3)
    np.where(v > 1, v, 0), np.maximum(v, 1), np.exp(v), np.log1p(v), np.tanh(v), np.outer(v, v)
    np.concatenate([v, v]), np.stack([v, v]), np.vstack([v, v]), np.hstack([v, v]), np.tile(v, 2)
    np.triu(x), np.tril(x), np.diag(v), np.trace(x[:, :3]), np.round(v, 2), np.array2string(v), repr(x)
