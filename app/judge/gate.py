"""The language gate: compile a learner's solution, refusing introspection and escapes.

The FIRST of two layers; the OS wall (a forked, namespaced, seccomp- and Landlock-confined child,
thrown away after each submission) is what contains code. So the gate refuses, cheaply and with a
line number, what reaches interpreter internals (``__class__``, ``__subclasses__``, ``__globals__``,
frames, code objects, real modules, ``eval``) and otherwise gets out of the way: solutions must run
at native CPython speed. Compared with stock RestrictedPython (whose transformer is subclassed):

* Nothing is rewritten except reads of ``x.format``/``x.format_map`` (x not a literal). No
  ``_getattr_``, ``_getitem_``, ``_getiter_``, ``_write_``, ``_inplacevar_``, ``_apply_``, unpack
  guards or print collector: those protect shared state, and the child has none worth protecting.
  Attribute names are constants in the source, so they are checked here, for free at run time.
* What LeetCode solutions use is accepted: ``self._memo``, ``dp[i][j] += 1``, ``nonlocal``,
  annotations, ``match``, ``*args`` calls, dunder methods from ``gate_modules.ALLOWED_DUNDER_METHODS``.
* Builtins are CPython's minus the introspective ones; ``getattr``/``setattr``/``delattr``/``type``/
  ``__import__`` are guarded (``gate_modules``). ``except*`` (CVE-2025-22153, a CPython type
  confusion in 3.11/3.12), ``async`` and ``metaclass=`` are refused.
* ``open``, ``dir``, ``input``, ``eval``... are refused only when the source never binds them:
  ``dir`` (directions), ``open`` (brackets) and ``input`` (LeetCode 388) are common identifiers.
  Unbound they resolve to nothing anyway: they are not in the builtins.

The code is compiled with ``compile(..., dont_inherit=True)``, not ``compile_restricted``, which
leaks its own module's ``from __future__ import annotations`` into the solution.
"""
from __future__ import annotations

import ast
import builtins
import sys
import threading
import types
import warnings

from RestrictedPython.transformer import RestrictingNodeTransformer, copy_locations

from app.judge import gate_modules as gm
from app.judge.gate_modules import ALLOWED_MODULES, GateViolation  # noqa: F401  (public API)

# Global names of the two run-time hooks: ``x.format`` -> ``_gate_format_(x)``.
FORMAT_HOOKS = {"format": "_gate_format_", "format_map": "_gate_format_map_"}
# Builtins a solution never gets; using one that the source does not bind is a compile error.
DENIED_BUILTIN_NAMES = frozenset({
    "globals", "locals", "vars", "dir", "eval", "exec", "compile", "open", "input", "breakpoint",
    "help", "memoryview", "exit", "quit", "copyright", "credits", "license", "aiter", "anext"})
_DUNDER_LOADS = gm.ALLOWED_DUNDER_METHODS | {"__name__", "__slots__"}
_DUNDER_STORES = gm.ALLOWED_DUNDER_METHODS | {"__slots__"}
_MAX_NESTING_FRAMES = 5000
_COMPILE_LOCK = threading.Lock()


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
        """Check the name in every context; rewrite reads of ``format``/``format_map``.

        ``x.format`` becomes ``_gate_format_(x)``, which checks the format string at run time (the
        receiver is only known to be a str then; a user class may define ``format``). A string
        literal receiver is checked here instead and, when safe, left native: the common
        ``"{} {}".format(a, b)`` costs nothing. An unsafe literal is still refused at run time, like
        every other format walk, so all format refusals look alike.
        """
        node = self.node_contents_visit(node)  # inner problems first: a.__class__.__bases__
        self._check_attr(node, node.attr)
        if not (isinstance(node.ctx, ast.Load) and node.attr in FORMAT_HOOKS):
            return node
        if isinstance(node.value, ast.Constant) and type(node.value.value) is str:
            try:
                gm.check_format_string(node.value.value)
                return node
            except (GateViolation, ValueError):
                pass
        hook = ast.Call(func=ast.Name(FORMAT_HOOKS[node.attr], ast.Load()), args=[node.value], keywords=[])
        copy_locations(hook, node)
        return hook

    def visit_Call(self, node):
        """Constant attribute names given to getattr & co are checked now; run time checks the rest."""
        called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        names = {"getattr": node.args[1:2], "setattr": node.args[1:2], "delattr": node.args[1:2],
                 "methodcaller": node.args[:1], "attrgetter": node.args}.get(called, [])
        for arg in names:
            if isinstance(arg, ast.Constant) and type(arg.value) is str:
                for part in arg.value.split("."):
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
        for alias in node.names:  # `import *` is fine: the copies' public names / __all__ hold no _x
            if alias.name != "*" and (alias.name.startswith("_") or gm.attr_refusal(alias.name)):
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


def uses_numpy(code: types.CodeType) -> bool:
    """Does compiled code name numpy anywhere (an import, or a string handed to ``__import__``)?

    Solutions that do are run by zygotes with numpy pre-imported; the rest by lighter zygotes,
    whose fork is cheaper (numpy doubles a zygote's mappings).
    """
    stack = [code]
    while stack:
        current = stack.pop()
        if any(name == "numpy" or name.startswith("numpy.") for name in current.co_names):
            return True
        for const in current.co_consts:
            if isinstance(const, types.CodeType):
                stack.append(const)
            elif isinstance(const, str) and const.split(".")[0] == "numpy":
                return True
    return False


def compile_solution(source: str, filename: str = "solution.py") -> types.CodeType:
    """Parse, check and compile ``source``; raise GateError (first problem, with its line).

    The recursion limit and the warning filters are process-wide, so compiles are serialised
    (about a millisecond each) to keep concurrent callers from restoring each other's values.
    """
    with _COMPILE_LOCK:
        return _compile(source, filename)


def _compile(source: str, filename: str) -> types.CodeType:
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
    """``print`` handing one string per call to ``sink`` (the harness caps and captures it)."""
    def print(*args, sep=" ", end="\n", file=None, flush=False):
        if file is not None:
            return builtins.print(*args, sep=sep, end=end, file=file, flush=flush)
        sink(str.join(" " if sep is None else sep, map(str, args)) + ("\n" if end is None else end))
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
    for attr, hook_name in FORMAT_HOOKS.items():
        namespace[hook_name] = gm.FORMAT_HOOK_FUNCTIONS[attr]
    sys.modules["solution"] = module
    return namespace


_WARM_UP = '''
from dataclasses import dataclass, field
from typing import List, NamedTuple
import collections, heapq, re, decimal, fractions, statistics, random
@dataclass(order=True)
class P:
    ys: List[int] = field(default_factory=list)
class Q(NamedTuple):
    a: int
fmt = "{}"
r = [P() < P(), Q(1), collections.namedtuple("T", "a b")(1, 2), re.sub(r"\\d", "x", "a1"), fmt.format(1),
     decimal.Decimal("1.1") + 1, fractions.Fraction(1, 3), statistics.mean([1, 2]), random.Random(1).random()]
np_part = 1
import numpy as np
r = [np.linalg.norm(np.arange(4.0)), np.random.default_rng(1).random(), str(np.arange(3) * 1.5), np.arange(5).sum()]
'''


def preload(numpy: bool = True) -> None:
    """Import every allowed module and warm the compile/run path (the zygote calls this before forking,
    so a walled-in child never needs the filesystem to import anything). ``numpy=False`` leaves numpy
    out, for the zygotes that serve solutions which never import it."""
    gm.preload_modules(numpy)
    previous = sys.modules.get("solution")  # a namespace the caller already built stays registered
    warm_up = _WARM_UP if numpy else _WARM_UP.split("\nnp_part = 1\n")[0]
    exec(compile_solution(warm_up, "<gate warm-up>"), solution_globals(print_sink=lambda s: None))
    if previous is None:
        sys.modules.pop("solution", None)
    else:
        sys.modules["solution"] = previous
