"""The language gate: compile a learner's solution, refusing introspection and escapes.

This is the FIRST of two layers. The second, the OS wall (a forked, namespaced, seccomp- and
Landlock-confined child, thrown away after each submission), is what actually contains code. So the
gate's job is to refuse, cheaply and with a clear line number, the constructs that reach interpreter
internals (``__class__``/``__subclasses__``/``__globals__``, frames, code objects, real modules,
``eval``), and otherwise to get out of the way: solutions must run at native CPython speed.

How that differs from stock RestrictedPython (``RestrictingNodeTransformer``, subclassed here):

* Nothing is rewritten except reads of attributes named ``format``/``format_map``. No ``_getattr_``,
  ``_getitem_``, ``_getiter_``, ``_write_``, ``_inplacevar_``, ``_apply_``, unpack guards or print
  collector: those protect shared state, and the child has none worth protecting. Attribute names
  are constants in the source, so they are checked here, at compile time, for free at run time.
* It accepts what LeetCode solutions use: single-underscore names and attributes, augmented
  assignment to attributes and items, ``nonlocal``, annotations, ``match``, an allow-list of dunder
  methods (``gate_modules.ALLOWED_DUNDER_METHODS``), ``*args``/``**kwargs`` calls.
* The builtins are plain CPython ones minus the introspective ones; ``getattr``/``setattr``/
  ``delattr``/``type``/``__import__`` are guarded (see ``gate_modules``).
* ``try/except*`` (CVE-2025-22153: a CPython type confusion in 3.11/3.12) and ``async`` are refused;
  so are ``metaclass=`` and star imports.
* Names such as ``open``, ``dir``, ``input`` or ``eval`` are refused only when the source never binds
  them: ``dir`` (directions), ``open`` (open brackets) and ``input`` (LeetCode 388's parameter) are
  common identifiers in real solutions. Unbound, they resolve to nothing: they are not in the builtins.

The code is compiled with ``compile(..., dont_inherit=True)`` rather than through
``compile_restricted``, which compiles with the ``annotations`` future flag of its own module
leaking into the solution (string annotations break ``@dataclass`` in a module not in sys.modules).
"""
from __future__ import annotations

import ast
import builtins
import sys
import types
import warnings

from RestrictedPython.transformer import RestrictingNodeTransformer, copy_locations

from app.judge import gate_modules as gm
from app.judge.gate_modules import ALLOWED_MODULES, GateViolation  # noqa: F401  (public API)

FORMAT_HOOK = "_gate_format_"
# Builtins a solution never gets; using one that the source does not bind is a compile error.
DENIED_BUILTIN_NAMES = frozenset({
    "globals", "locals", "vars", "dir", "eval", "exec", "compile", "open", "input", "breakpoint",
    "help", "memoryview", "exit", "quit", "copyright", "credits", "license", "aiter", "anext"})
_DUNDER_LOADS = gm.ALLOWED_DUNDER_METHODS | {"__name__", "__slots__"}
_DUNDER_STORES = gm.ALLOWED_DUNDER_METHODS | {"__slots__"}
_MAX_NESTING_FRAMES = 5000


class GateError(Exception):
    """A compile or policy error: ``line`` (1-based, None if unknown) and a plain-English ``reason``."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


def _name_refusal(name: str, binding: bool) -> str | None:
    if gm.is_dunder(name):
        if name in (_DUNDER_STORES if binding else _DUNDER_LOADS):
            return None
        return f"the name '{name}' is not allowed in solutions"
    if len(name) > 2 and name[0] == "_" and name[-1] == "_" and name.strip("_"):
        return f"the name '{name}' is reserved (names like _x_ belong to the judge)"
    return None


def _bound_names(tree: ast.AST) -> set[str]:
    """Every name the source binds anywhere (assignment, parameter, def, class, import, except, match)."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).partition(".")[0])
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            bound.add(node.rest)
    return bound


class SolutionPolicy(RestrictingNodeTransformer):
    """RestrictedPython policy for interview solutions (see the module docstring)."""

    def __init__(self, errors=None, warnings=None, used_names=None):
        super().__init__(errors, warnings, used_names)
        self.gate_errors: list[tuple[int | None, str]] = []
        self.bound: set[str] = set()

    def error(self, node, info):
        line = getattr(node, "lineno", None)
        self.gate_errors.append((line, info))
        super().error(node, info)

    def not_allowed(self, node):
        self.error(node, f"{type(node).__name__} is not allowed in solutions")

    # ----------------------------------------------------------------- names
    def check_name(self, node, name, allow_magic_methods=False):
        """Every binding: assignment targets, parameters, except/import/match names, global, ..."""
        if name is not None:
            refusal = _name_refusal(name, binding=True)
            if refusal:
                self.error(node, refusal)

    def check_function_argument_names(self, node):
        args = node.args
        for arg in [*args.posonlyargs, *args.args, args.vararg, *args.kwonlyargs, args.kwarg]:
            if arg is not None:
                self.check_name(arg, arg.arg)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            refusal = _name_refusal(node.id, binding=False)
            if refusal:
                self.error(node, refusal)
            elif node.id in DENIED_BUILTIN_NAMES and node.id not in self.bound:
                self.error(node, f"'{node.id}' is not available in solutions")
        else:
            self.check_name(node, node.id)
        return node

    def visit_Global(self, node):
        for name in node.names:
            self.check_name(node, name)
        return node

    visit_Nonlocal = visit_Global

    # ----------------------------------------------------------------- attributes
    def _check_attr(self, node, name):
        refusal = gm.attr_refusal(name)
        if refusal:
            self.error(node, refusal)

    def visit_Attribute(self, node):
        """Check the name in every context; rewrite only reads of ``format``/``format_map``.

        Format strings are checked at run time even when they are constants here: the receiver of
        ``.format`` is not known to be a str until then (a user class may define ``format``).
        """
        node = self.node_contents_visit(node)  # inner problems first: a.__class__.__bases__
        self._check_attr(node, node.attr)
        if not (isinstance(node.ctx, ast.Load) and node.attr in gm.FORMAT_ATTRS):
            return node
        hook = ast.Call(func=ast.Name(FORMAT_HOOK, ast.Load()),
                        args=[node.value, ast.Constant(node.attr)], keywords=[])
        copy_locations(hook, node)
        return hook

    def visit_Call(self, node):
        """Constant names given to getattr & co are checked now; run time checks the rest."""
        func = node.func
        called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        constants = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if called in ("getattr", "setattr", "delattr") and len(node.args) >= 2 and node.args[1].__class__ is ast.Constant:
            if isinstance(node.args[1].value, str):
                self._check_attr(node, node.args[1].value)
        elif called in ("attrgetter", "methodcaller"):
            for name in constants[:1] if called == "methodcaller" else constants:
                for part in name.split("."):
                    self._check_attr(node, part)
        return self.node_contents_visit(node)

    def visit_MatchClass(self, node):
        for name in node.kwd_attrs:  # `case C(attr=p)` reads obj.attr
            self._check_attr(node, name)
        return self.node_contents_visit(node)

    # ----------------------------------------------------------------- definitions
    def visit_FunctionDef(self, node):
        if gm.is_dunder(node.name) and node.name not in gm.ALLOWED_DUNDER_METHODS:
            self.error(node, f"defining '{node.name}' is not allowed in solutions")
        else:
            self.check_name(node, node.name)
        self.check_function_argument_names(node)
        return self.node_contents_visit(node)

    def visit_Lambda(self, node):
        self.check_function_argument_names(node)
        return self.node_contents_visit(node)

    def visit_ClassDef(self, node):
        self.check_name(node, node.name)
        if any(keyword.arg == "metaclass" for keyword in node.keywords):
            self.error(node, "metaclasses are not allowed in solutions")
        return self.node_contents_visit(node)

    def visit_Module(self, node):
        self.bound = _bound_names(node)
        return self.node_contents_visit(node)

    # ----------------------------------------------------------------- imports
    def visit_Import(self, node):
        for alias in node.names:
            if alias.name not in ALLOWED_MODULES:
                self.error(node, f"import of '{alias.name}' is not allowed in solutions")
            self.check_name(node, alias.asname)
        return node

    def visit_ImportFrom(self, node):
        if node.level:
            self.error(node, "relative imports are not allowed in solutions")
        elif node.module not in ALLOWED_MODULES and node.module != "__future__":
            self.error(node, f"import of '{node.module}' is not allowed in solutions")
        for alias in node.names:
            if alias.name == "*":
                self.error(node, f"'from {node.module} import *' is not allowed; import the names you use")
            elif alias.name.startswith("_"):
                self.error(node, f"importing '{alias.name}' is not allowed in solutions")
            self.check_name(node, alias.asname)
        return node

    # ----------------------------------------------------------------- plain Python, untransformed
    def _plain(self, node):
        return self.node_contents_visit(node)

    visit_Assign = visit_AugAssign = visit_AnnAssign = visit_For = visit_comprehension = _plain
    visit_With = visit_Subscript = visit_Match = visit_match_case = visit_MatchValue = _plain
    visit_MatchSingleton = visit_MatchSequence = visit_MatchOr = _plain

    def visit_MatchAs(self, node):
        self.check_name(node, node.name)
        return self.node_contents_visit(node)

    visit_MatchStar = visit_MatchAs

    def visit_MatchMapping(self, node):
        self.check_name(node, node.rest)
        return self.node_contents_visit(node)

    def visit_TryStar(self, node):
        self.error(node, "'except*' is not allowed in solutions")

    def _no_async(self, node):
        self.error(node, "async code is not supported in solutions")

    visit_AsyncFunctionDef = visit_Await = visit_AsyncFor = visit_AsyncWith = _no_async


def _first_error(policy: SolutionPolicy) -> GateError:
    line, info = min(policy.gate_errors, key=lambda e: (e[0] is None, e[0] or 0))
    return GateError(f"line {line}: {info}" if line else info, line)


def compile_solution(source: str, filename: str = "solution.py") -> types.CodeType:
    """Parse, check and compile ``source``; raise GateError (first problem, with its line)."""
    limit = sys.getrecursionlimit()
    try:
        with warnings.catch_warnings():  # the learner's SyntaxWarnings are not ours to raise
            warnings.simplefilter("ignore")
            # ast.parse, the visitor and compile() all recurse per nesting level; plain CPython
            # compiles a 1000-term expression, so the gate must too.
            sys.setrecursionlimit(max(limit, _MAX_NESTING_FRAMES))
            tree = ast.parse(source, filename, "exec")
            policy = SolutionPolicy()
            policy.visit(tree)
            if policy.gate_errors:
                raise _first_error(policy)
            return compile(tree, filename, "exec", dont_inherit=True)
    except SyntaxError as exc:
        where = f"line {exc.lineno}: " if exc.lineno else ""
        raise GateError(f"{where}{type(exc).__name__}: {exc.msg}", exc.lineno) from None
    except (ValueError, RecursionError, MemoryError) as exc:  # null bytes, absurd nesting
        raise GateError(f"the code cannot be compiled: {type(exc).__name__}: {exc}") from None
    finally:
        sys.setrecursionlimit(limit)


# ---------------------------------------------------------------- run-time namespace
_BUILTIN_NAMES = """
    abs all any ascii bin bool bytearray bytes callable chr classmethod complex dict divmod enumerate
    filter float format frozenset hasattr hash hex id int isinstance issubclass iter len list map max
    min next object oct ord pow property range repr reversed round set slice sorted staticmethod str
    sum super tuple zip NotImplemented Ellipsis __build_class__
""".split()
_BASE_BUILTINS: dict = {name: getattr(builtins, name) for name in _BUILTIN_NAMES}
_BASE_BUILTINS.update({name: value for name, value in vars(builtins).items()
                       if isinstance(value, type) and issubclass(value, BaseException)})
_BASE_BUILTINS.update({
    "getattr": gm.guarded_getattr, "setattr": gm.guarded_setattr, "delattr": gm.guarded_delattr,
    "type": gm.RESTRICTED_TYPE, "__import__": gm.guarded_import, "print": builtins.print,
})


def _sink_print(sink):
    """``print`` that hands one string per call to ``sink`` (the harness caps and captures it)."""
    native_print = builtins.print

    def print(*args, sep=" ", end="\n", file=None, flush=False):
        if file is not None:
            return native_print(*args, sep=sep, end=end, file=file, flush=flush)
        if sep is None:
            sep = " "
        if end is None:
            end = "\n"
        if type(sep) is not str or type(end) is not str:
            raise TypeError("print(): sep and end must be None or a string")
        sink(sep.join([str(arg) for arg in args]) + end)
    return print


def solution_globals(print_sink=None) -> dict:
    """A fresh module namespace to exec a compiled solution in.

    It is the ``__dict__`` of a new module registered as ``sys.modules["solution"]``, because
    ``dataclasses`` resolves string annotations (``from __future__ import annotations``) through
    ``sys.modules[cls.__module__]``. ``print_sink``: callable(str) receiving printed text; None
    prints to sys.stdout.
    """
    module = types.ModuleType("solution")
    namespace = module.__dict__
    namespace["__builtins__"] = dict(_BASE_BUILTINS)
    if print_sink is not None:
        namespace["__builtins__"]["print"] = _sink_print(print_sink)
    namespace[FORMAT_HOOK] = gm.format_hook
    sys.modules["solution"] = module
    return namespace


_WARM_UP = '''
from dataclasses import dataclass, field
from typing import List, NamedTuple
import collections, heapq, re, decimal, fractions, statistics, random, numpy as np
@dataclass(order=True)
class P:
    x: int = 0
    ys: List[int] = field(default_factory=list)
class Q(NamedTuple):
    a: int
r = [P(1) < P(2), Q(1), collections.namedtuple("T", "a b")(1, 2), re.sub(r"\\d", "x", "a1"),
     "{:>3}".format(1), decimal.Decimal("1.1") + 1, fractions.Fraction(1, 3), statistics.mean([1, 2]),
     random.Random(1).random(), np.linalg.norm(np.arange(4.0)), np.random.default_rng(1).random()]
'''


def preload() -> None:
    """Import every allowed module and warm the compile/run path (the zygote calls this before forking,
    so a walled-in child never needs the filesystem to import anything)."""
    gm.preload_modules()
    exec(compile_solution(_WARM_UP, "<gate warm-up>"), solution_globals(print_sink=lambda s: None))
    sys.modules.pop("solution", None)
