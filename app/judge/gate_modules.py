"""The run-time half of the language gate: attribute rules, the few guarded builtins, sanitised modules.

``gate.py`` refuses what it can see in the source at compile time; this module covers the routes
whose name or receiver is only known at run time. It holds no ``_write_``/``_getiter_``/``_apply_``
style guards on purpose: the child that runs a solution is thrown away afterwards and is walled in by
the OS, so the gate only needs to refuse *introspection and escapes* (reaching frames, globals,
``__subclasses__``, real modules, an unrestricted ``eval``), not to protect shared state. Everything
that is not an escape route runs as native CPython.

What is guarded here, and why:

* ``getattr``/``setattr``/``delattr`` take the attribute name as a string, so the compile-time
  attribute check cannot see it; the same rule (``attr_refusal``) is applied when they are called.
* ``str.format``/``format_map`` walk attributes named inside the format string
  (``"{0.__class__}"``); ``format_hook`` replaces every *read* of an attribute called ``format`` or
  ``format_map`` and checks the format string before handing back the real C method.
* ``type`` with three arguments builds a class from a raw dict (the dataclass code-generation
  injection below) and ``type(cls)`` would hand out the real ``type``: the restricted ``type`` only
  answers one-argument calls and stands in for every metaclass.
* Imports go through ``guarded_import``: only ``ALLOWED_MODULES``, and what is returned is a
  *sanitised copy* of the module (a standalone ``ModuleType`` with public, non-module attributes),
  so ``random._os``, ``np.testing`` or ``collections._sys`` do not exist for a solution, and an
  ``AttributeError`` raised on it carries the copy, never the real module (CVE-2024-47532).
* Module members that evaluate strings or take attribute names are removed or wrapped:
  ``string.Formatter``/``Template``, ``operator.attrgetter``/``methodcaller`` (names checked),
  ``typing.get_type_hints``/``ForwardRef``/``get_args`` and ``functools.singledispatch`` (they
  ``eval`` string annotations with the solution's globals, unrestricted bytecode),
  ``functools.update_wrapper``/``wraps`` (only the default attribute lists), ``dataclasses.dataclass``
  (field names checked before its code generation runs) and ``make_dataclass``, numpy file I/O.
"""
from __future__ import annotations

import builtins
import dataclasses as _dataclasses
import functools as _functools
import importlib
import keyword
import operator as _operator
import types
from typing import Any

import _string

ALLOWED_MODULES: frozenset[str] = frozenset({
    "collections", "collections.abc", "heapq", "bisect", "math", "itertools", "functools", "operator",
    "string", "re", "typing", "dataclasses", "random", "decimal", "fractions", "statistics", "copy",
    "array", "numpy", "numpy.linalg", "numpy.random",
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


def _exact_str(name: Any) -> Any:
    """A str subclass could lie through ``__eq__``/``startswith``; check and use its plain content."""
    return str.__str__(name) if isinstance(name, str) and type(name) is not str else name


def _check_attr(name: str) -> None:
    refusal = attr_refusal(name)
    if refusal:
        raise GateViolation(refusal)


# ---------------------------------------------------------------- str.format / format_map
_BUILTIN_METHOD = type("".format)
_STR_FORMAT, _STR_FORMAT_MAP = str.format, str.format_map
_CHECKED_FORMATS: set[str] = set()


def check_format_string(fmt: str) -> None:
    """Refuse ``{0.__class__}``-style attribute walks (also inside nested ``{0:{1.x}}`` specs).

    Only attribute steps (``.name``) are checked; ``[key]`` steps are item lookups, as native. A
    malformed string raises the same ValueError that ``str.format`` would.
    """
    if fmt in _CHECKED_FORMATS:
        return
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
    if len(_CHECKED_FORMATS) > 4096:
        _CHECKED_FORMATS.clear()
    _CHECKED_FORMATS.add(fmt)


def _checked_str_format(self, /, *args, **kwargs):
    if isinstance(self, str):
        check_format_string(str.__str__(self))
    return _STR_FORMAT(self, *args, **kwargs)


def _checked_str_format_map(self, mapping, /):
    if isinstance(self, str):
        check_format_string(str.__str__(self))
    return _STR_FORMAT_MAP(self, mapping)


def format_hook(obj: Any, name: str, _str=str, _checked=_CHECKED_FORMATS) -> Any:
    """Every ``x.format`` / ``x.format_map`` read in a solution becomes ``format_hook(x, name)``.

    The receiver's type is unknown at compile time (a user class may have its own ``format``), so
    the lookup is native and only a result that *is* ``str.format``/``format_map`` (bound to a str,
    or the unbound descriptor, e.g. via ``super()`` or ``str.format``) is checked or wrapped. The
    first branch is the hot path (a str already checked): one call, one set lookup.
    """
    if type(obj) is _str and obj in _checked:
        return obj.format if name == "format" else obj.format_map
    return _format_hook_slow(obj, name)


def _format_hook_slow(obj: Any, name: str) -> Any:
    if type(obj) is str:
        check_format_string(obj)
        return obj.format if name == "format" else obj.format_map
    method = getattr(obj, name)
    if type(method) is _BUILTIN_METHOD and isinstance(method.__self__, str) and method.__name__ in FORMAT_ATTRS:
        check_format_string(str.__str__(method.__self__))
        return method
    if method is _STR_FORMAT:
        return _checked_str_format
    if method is _STR_FORMAT_MAP:
        return _checked_str_format_map
    return method


# ---------------------------------------------------------------- guarded builtins
_NO_DEFAULT = object()


def guarded_getattr(obj, name, default=_NO_DEFAULT, /):
    name = _exact_str(name)
    if type(name) is str:
        _check_attr(name)
        if name in FORMAT_ATTRS:
            try:
                return format_hook(obj, name)
            except AttributeError:
                if default is _NO_DEFAULT:
                    raise
                return default
    return getattr(obj, name) if default is _NO_DEFAULT else getattr(obj, name, default)


def guarded_setattr(obj, name, value, /):
    name = _exact_str(name)
    if type(name) is str:
        _check_attr(name)
    setattr(obj, name, value)


def guarded_delattr(obj, name, /):
    name = _exact_str(name)
    if type(name) is str:
        _check_attr(name)
    delattr(obj, name)


class RestrictedType:
    """The solution's ``type``: ``type(x)`` works, ``isinstance(c, type)`` works, class creation doesn't.

    ``type(name, bases, dict)`` (and every metaclass) builds a class from a raw dict, e.g. with
    ``__annotations__`` keys that ``dataclass`` pastes into the code it ``exec``s. So the real
    ``type`` and metaclasses are never handed out: ``type(SomeClass)`` returns this object too.
    """
    __slots__ = ()

    def __call__(self, *args):
        if len(args) != 1:
            raise GateViolation("type() with three arguments (creating classes) is not allowed in solutions")
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
    names = tuple(_exact_str(a) for a in (attr, *attrs))
    for name in names:
        for part in name.split(".") if type(name) is str else ():
            _check_attr(part)
            if part in FORMAT_ATTRS:
                raise GateViolation(f"operator.attrgetter('{part}') is not allowed in solutions")
    return _operator.attrgetter(*names)


def _methodcaller(name, /, *args, **kwargs):
    name = _exact_str(name)
    if type(name) is str:
        _check_attr(name)
        if name in FORMAT_ATTRS:
            raise GateViolation(f"operator.methodcaller('{name}') is not allowed in solutions")
    return _operator.methodcaller(name, *args, **kwargs)


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

_C_LEVEL_IMPORTS = ("numpy.", "warnings")
_PROXIES: dict[str, types.ModuleType] = {}


def _sanitised_members(name: str, module: types.ModuleType) -> dict[str, Any]:
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
        if type(fromlist) is list and type(name) is str and name.startswith(_C_LEVEL_IMPORTS):
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
        if type(item) is not str or item.startswith("_") or item not in proxy.__dict__:
            raise ImportError(f"cannot import name {item!r} from {name!r} (not available in solutions)")
    return proxy


def preload_modules() -> None:
    for name in sorted(_IMPORTABLE):
        module_proxy(name)
