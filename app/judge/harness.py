"""The code that runs INSIDE the sandboxed child: call the learner's solution on each test input.

The child only ever sees inputs. For each test it decodes fresh objects (``orjson.loads`` per test,
so nothing leaks between tests and no deepcopy is needed), builds a fresh instance, times the
learner's call with ``cpu_clock_ns`` (CPU, not wall: identical submissions must report
near-identical times), captures what the learner printed, encodes the output and hands one record to
``emit``. Verdicts are not decided here: the trusted parent compares outputs with expected values.

No OS work and no I/O policy lives here; the sandbox does that. Infinite loops are not caught here
either (a running call cannot be interrupted from Python): RLIMIT_CPU and the parent's wall clock end
them. The cumulative ``time_limit_ms`` check only stops a run that is over budget between tests.
"""
from __future__ import annotations

import gc
import sys
import threading
import time

import orjson

from app.judge import structures
from app.judge.tracebacks import describe, message_of

RECURSION_LIMIT = 200_000  # Python frames; LeetCode accepts recursion ~10^4-10^5 deep
_PLAIN = (str, bool, type(None))
_INT_MIN, _INT_MAX = -(1 << 63), (1 << 64) - 1  # what orjson can write

# The CPU time of the thread running the learner's code (it cannot start threads of its own).
# Why not the process clock: while RLIMIT_CPU is set (always, in the sandbox) Linux reads the
# process CPU clock from the group timer, which moves only at scheduler ticks (4 ms here), so a
# 40 ms solution was reported as 36, 40 or 44 ms and a 1 ms one as 0. The thread clock is exact.
cpu_clock_ns = time.thread_time_ns


class OutputLimitExceeded(BaseException):
    """Raised on every print once a run has printed more than its limit.

    A BaseException, so ``except Exception`` in the learner's code does not swallow it; a bare
    ``except`` can, but every later print raises again and the parent counts bytes too.
    """


class CappedOutput:
    """The learner's stdout: the gate's print hook calls ``write(str)``.

    Keeps at most ``cap`` characters per test (the parent shows them next to a failing case) and
    counts every byte written (``test_bytes`` this test, ``total_bytes`` overall) so the parent can
    apply an output limit without the child buffering it. Writes past the cap cost only a count.
    """

    def __init__(self, cap: int = 65536, limit: int | None = None):
        self.cap = cap
        self.limit = limit  # bytes printed over the whole run before OutputLimitExceeded
        self.total_bytes = 0
        self.begin_test()

    def begin_test(self) -> None:
        self._parts: list[str] = []
        self._kept = 0
        self._truncated = False
        self.test_bytes = 0

    def write(self, s: str) -> int:
        if type(s) is not str:
            if not isinstance(s, str):
                raise TypeError(f"write() argument must be str, not {type(s).__name__}")
            s = str.__str__(s)
        n = len(s) if s.isascii() else len(s.encode("utf-8", "replace"))
        self.test_bytes += n
        self.total_bytes += n
        if self.limit is not None and self.total_bytes > self.limit:
            raise OutputLimitExceeded(f"printed more than {self.limit} bytes")
        room = self.cap - self._kept
        if room > 0:
            piece = s[:room]
            self._parts.append(piece)
            self._kept += len(piece)
        if len(s) > max(room, 0):
            self._truncated = True
        return len(s)

    def flush(self) -> None:
        """``print(..., flush=True)`` calls this."""

    def take(self) -> tuple[str, bool]:
        return "".join(self._parts), self._truncated


def run_tests(namespace: dict, spec: dict, tests: list[bytes], emit, stdout: CappedOutput | None = None,
              *, source: str | None = None, filename: str = "solution.py", fresh=None) -> None:
    """Run every test in order, calling ``emit(record)`` once per test; stop at the first error.

    Records (``i`` is the test index):
      ``{"i", "ok": True, "out", "cpu_ns", "stdout", "stdout_truncated", "stdout_bytes"}``
      ``{"i", "ok": False, "error": {type, message, line, traceback}, "cpu_ns", "stdout", ...}``
      ``{"i", "ok": False, "tle": True, "cpu_ns", "cpu_total_ns", "stdout", ...}`` (replaces the
          ok record of the test that took the cumulative CPU time over ``time_limit_ms``)
      ``{"i", "ok": False, "internal": True, "error": {type, message}}`` a bad test blob or spec:
          the judge's fault (IE), never the learner's.
    ``filename`` is what the gate compiled the learner's code as; ``source`` (optional) lets the
    traceback quote the learner's lines. ``fresh`` (codec problems with ``then``) returns the
    learner's module run again in a new namespace: the decoder comes from there, so nothing the
    encoder stashed (a class attribute, a global) can reach it. Run this under
    ``run_with_big_stack`` (or with a raised RLIMIT_STACK): the recursion limit set here assumes a C
    stack far bigger than 8 MB.
    """
    stdout = stdout if stdout is not None else CappedOutput(spec.get("stdout_cap", 65536))
    for name, cls in structures.prelude_classes(spec.get("codec")).items():
        namespace.setdefault(name, cls)
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        _run(namespace, spec, tests, emit, stdout, source.splitlines() if source else None, filename, fresh)
    finally:
        sys.setrecursionlimit(old_limit)


TIMING_RUNS = 3  # the timing tests run this often in all; the best run is the reported runtime


def _run(namespace, spec, tests, emit, stdout, lines, filename, fresh=None):
    limit_ms = spec.get("time_limit_ms")
    limit_ns = None if limit_ms is None else int(limit_ms) * 1_000_000
    design = spec.get("kind") == "design"
    timing = set(spec.get("timing") or ())
    snapshots = {}  # timing test -> its input as JSON, for the re-runs (the first run may mutate it)
    total = 0
    for i, blob in enumerate(tests):
        try:
            # bytes: decode now, fresh objects for this test. Already decoded: the zygote decoded the
            # suite once and this forked child has private copies that run exactly once.
            data = orjson.loads(blob) if isinstance(blob, (bytes, str)) else blob
            if i in timing:
                snapshots[i] = blob if isinstance(blob, bytes) else orjson.dumps(data)
            prepared = (_prepare_design if design else _prepare_function)(spec, data)
        except Exception as exc:
            emit({"i": i, "ok": False, "internal": True,
                  "error": {"type": type(exc).__name__, "message": message_of(exc)}})
            return
        stdout.begin_test()
        out, cpu, exc = _call(namespace, spec, prepared, design, fresh)
        total += cpu
        text, truncated = stdout.take()
        record = {"i": i, "ok": exc is None, "cpu_ns": cpu, "stdout": text,
                  "stdout_truncated": truncated, "stdout_bytes": stdout.test_bytes}
        if exc is not None:
            record["error"] = describe(exc, filename, lines)
            exc = None  # drop the traceback (and every frame of a 10^5-deep recursion) now
            emit(record)
            return
        if limit_ns is not None and total > limit_ns:
            record.update(ok=False, tle=True, cpu_total_ns=total)
            emit(record)
            return
        record["out"] = out
        emit(record)
        prepared = out = record = None  # free this test's objects now, outside any timed window
        # Cycles (a @cache'd closure refers to itself) would otherwise pile up from test to test
        # and count against the memory limit; the zygote's own objects are frozen, so this is cheap.
        gc.collect()
    if snapshots and (limit_ns is None or total * TIMING_RUNS < limit_ns):
        emit({"event": "timing", "best_ns": _best_times(namespace, spec, snapshots, design, stdout, fresh)})


def _best_times(namespace, spec, snapshots, design, stdout, fresh=None):
    """Re-run each timing test on a fresh copy of its input; report each test's best re-run time.

    Why: one run's CPU time wobbles with the host (tens of percent on a shared VM); the best of a
    few is what the code costs. Only after every test passed, and only while the re-runs fit well
    inside the time limit, so they can never change a verdict.
    """
    best = {}
    for i, blob in snapshots.items():
        for _ in range(TIMING_RUNS - 1):
            stdout.begin_test()
            prepared = (_prepare_design if design else _prepare_function)(spec, orjson.loads(blob))
            _, cpu, exc = _call(namespace, spec, prepared, design, fresh)
            if exc is not None:
                return {}
            best[str(i)] = min(best.get(str(i), cpu), cpu)
            gc.collect()
    return best


def _call(namespace, spec, prepared, design, fresh):
    """One test's call: (output, cpu_ns, exception). ``fresh`` builds the decoder's namespace before
    the clock starts; a module body that fails on that re-run is the learner's error."""
    if design:
        return _call_design(namespace, spec, prepared)
    try:
        decoder_globals = fresh() if fresh is not None else namespace
    except BaseException as exc:  # noqa: BLE001 - the learner's module body, run again
        return None, 0, exc
    return _call_function(namespace, spec, prepared, decoder_globals)


def _prepare_function(spec, data):
    codec, ctx = spec.get("codec"), structures.CodecContext()
    params = spec.get("params") or []
    for t in [p.get("type") for p in params] + [spec.get("returns")]:
        structures.validate_type(t, codec)
    values = data["args"]
    if len(values) != len(params):
        raise ValueError(f"test has {len(values)} args, signature has {len(params)}")
    args = [structures.decode_arg(p.get("type"), v, codec, ctx) for p, v in zip(params, values)]
    names = [p.get("name") for p in params]
    out_index = names.index(spec["inplace"]) if spec.get("inplace") else None
    if not isinstance(spec["method"], str) or spec["method"].startswith("_"):
        raise ValueError("spec needs a public method name")
    # Copy problems must leave their input as it was (LeetCode checks this too).
    original = values if codec == "random_list" else None
    return args, ctx, out_index, original


def _call_function(namespace, spec, prepared, decoder_globals=None):
    """Time only the learner's code: constructing ``Solution()`` (its ``__init__`` is theirs) and
    the call. Encoding happens after the clock stops. ``decoder_globals``: where the ``then``
    method's class comes from (a fresh run of the module, built before the clock starts)."""
    args, ctx, out_index, original = prepared
    cls_name, method, then = spec.get("class", "Solution"), spec["method"], spec.get("then")
    start = cpu_clock_ns()
    try:
        result = getattr(_lookup(namespace, cls_name)(), method)(*args)
        if then:  # codec problems: a fresh instance decodes what the first encoded
            if type(result) is not str:
                raise TypeError(f"{method}() must return a str, not {type(result).__name__}")
            result = getattr(_lookup(decoder_globals or namespace, cls_name)(), then)(result)
    except BaseException as exc:  # SystemExit too: a learner calling exit() is a runtime error
        return None, cpu_clock_ns() - start, exc
    cpu = cpu_clock_ns() - start
    codec = spec.get("codec")
    if then and _shares_tree_nodes(result, args):
        return None, cpu, ValueError(f"{then}() returned the original nodes; it must build the tree "
                                     f"from the string {method}() produced")
    if original is not None:
        now = [structures.encode_result(p.get("type"), a, codec) for p, a in zip(spec["params"], args)]
        if now != original:
            return None, cpu, ValueError("the input list was modified; a copy must leave it as it was")
    try:
        if out_index is not None:  # in-place problem: the mutated argument is the output
            rtype, result = spec["params"][out_index].get("type"), args[out_index]
        else:
            rtype = spec.get("returns")
        return _encode_output(rtype, result, codec, ctx), cpu, None
    except (MemoryError, RecursionError) as exc:
        return None, cpu, exc


def _shares_tree_nodes(result, args) -> bool:
    """Does the decoded tree reuse any node object of the input (a serialize/deserialize cheat)?"""
    seen, stack = set(), [a for a in args if isinstance(a, structures.TreeNode)]
    while stack:
        node = stack.pop()
        if isinstance(node, structures.TreeNode) and id(node) not in seen:
            seen.add(id(node))
            stack.extend((node.left, node.right))
    stack = [result]
    visited = set()
    while stack:
        node = stack.pop()
        if isinstance(node, structures.TreeNode) and id(node) not in visited:
            if id(node) in seen:
                return True
            visited.add(id(node))
            stack.extend((node.left, node.right))
    return False


def _encode_output(rtype, result, codec, ctx):
    """Fast path: a plain value (no nodes, no floats to tag) is serialised by orjson in C.

    Why: the generic encoder walks the value in Python (about 10 ms for 10^5 integers). orjson
    refuses what needs the generic treatment (sets, ints beyond 64 bits, non-string keys, numpy,
    unknown objects) with TypeError, and then the generic encoder runs. NaN is only possible in
    floats, and float-typed results always take the generic path, which tags NaN and infinity.
    """
    if rtype and not structures.is_plain_type(rtype):
        return structures.encode_result(rtype, result, codec, ctx)
    try:
        return RawJSON(orjson.dumps(result))
    except (TypeError, orjson.JSONEncodeError):
        return structures.encode_result(rtype, result, codec, ctx)


class RawJSON:
    """An output already serialised as JSON: written to the parent as it is, never copied again.

    (Not a bytes subclass: constructing one would copy megabytes.)"""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


def _prepare_design(spec, data):
    ops, all_args = data["ops"], data["args"]
    if not ops or len(ops) != len(all_args) or any(str(op).startswith("_") for op in ops):
        raise ValueError("design test needs ops and args of equal length and public names")
    codec, methods = spec.get("codec"), spec.get("methods") or {}
    ctx, calls, per_op = structures.CodecContext(), [], {}
    for op, args in zip(ops, all_args):
        info = per_op.get(op)
        if info is None:  # once per method name, not per call: suites hold 10^5 calls
            sig = methods.get(op) or {}
            params = sig.get("params") or ()
            for t in [p.get("type") for p in params] + [sig.get("returns")]:
                structures.validate_type(t, codec)
            types = [p.get("type") for p in params]
            needs_decode = any(not structures.is_plain_type(t) for t in types)
            rtype = sig.get("returns", "Any")
            info = per_op[op] = (types if needs_decode else None, rtype, structures.is_float_type(rtype))
        types, rtype, as_float = info
        if types:
            args = [structures.decode_arg(t, v, codec, ctx) for t, v in zip(types, args)]
        calls.append((op, args, rtype, as_float))
    return calls, ctx


def _call_design(namespace, spec, prepared):
    """One clock window around the whole operation sequence: ``cpu_clock_ns`` is a syscall
    (~1 us here), so timing each of 10^5 cheap operations would measure the clock. Scalar returns
    are appended inside the window (cheap, deterministic); anything bigger is encoded at once (a
    later operation may mutate it) with the clock paused."""
    calls, ctx = prepared
    codec = spec.get("codec")
    (first, first_args, _, _), rest = calls[0], calls[1:]
    out, paused = [None], 0
    start = cpu_clock_ns()
    try:
        inst = _lookup(namespace, first)(*first_args)
        for op, args, rtype, as_float in rest:
            r = getattr(inst, op)(*args)
            t = type(r)
            if rtype == "None":
                out.append(None)
            elif t in _PLAIN or (t is int and not as_float and _INT_MIN <= r <= _INT_MAX) \
                    or (t is float and r - r == 0.0):  # finite: inf - inf and NaN give NaN
                out.append(r)
            else:
                t0 = cpu_clock_ns()
                out.append(structures.encode_result(rtype, r, codec, ctx))
                paused += cpu_clock_ns() - t0
    except BaseException as exc:
        return None, cpu_clock_ns() - start - paused, exc
    return out, cpu_clock_ns() - start - paused, None


def _lookup(namespace, name):
    try:
        return namespace[name]
    except KeyError:
        raise NameError(f"name {name!r} is not defined") from None


def run_with_big_stack(fn, stack_mb: int = 256):
    """Run ``fn()`` in a thread whose C stack is ``stack_mb`` MB and return its result (or re-raise
    its exception). The main thread's stack is fixed at exec time, and deep recursion through C
    (``@cache``, ``sorted(key=...)``, ``__eq__``) needs several hundred bytes of C stack per level:
    at 8 MB a ``@cache`` recursion dies with SIGSEGV near depth 20,000. The stack is reserved
    virtually (only touched pages cost memory) but counts towards RLIMIT_AS. The sandbox must
    allow one thread: RLIMIT_NPROC >= 2 for the slot uid and clone() with CLONE_THREAD (clone3
    answered with ENOSYS so glibc falls back), or it creates the thread before those apply.
    Alternative without a thread: raise RLIMIT_STACK before exec of the zygote.
    """
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:
            box["error"] = exc

    old = threading.stack_size(stack_mb << 20)
    try:
        worker = threading.Thread(target=target, name="grindstone-solution", daemon=True)
        worker.start()
    finally:
        threading.stack_size(old)
    worker.join()
    if "error" in box:
        raise box.pop("error")
    return box.get("value")
