"""What the sandboxed child does once it is walled in: compile, load, run the tests, report.

Runs only inside a child forked from the zygote, after ``layers.isolate_child``. Everything it
imports is imported by ``preload()`` in the zygote first, because the child can no longer read the
interpreter's files. Records go to the parent as newline-delimited JSON (``ResultWriter``); the
parent treats them as untrusted.

The code arrives compiled (marshal) by the language gate in the trusted parent. Record sequence:
``ready`` (written by the zygote's child stub), then either ``load_error`` (the module body raised),
or one ``test`` record per test, then ``done``.
"""
from __future__ import annotations

import marshal
import os

import orjson

from app.judge import harness

# What LeetCode's Python 3 environment gives a solution without imports: typing names and the
# usual modules, plus their most used names star-imported.
PRELUDE_MODULES = ("collections", "heapq", "bisect", "math", "itertools", "functools", "operator",
                   "string", "re", "random")
PRELUDE_STAR = ("typing", "collections", "heapq", "bisect", "math", "itertools", "functools")


def preload(numpy: bool = True) -> None:
    """Everything a child may touch; numpy (single-threaded: the zygote's environment sets
    OPENBLAS_NUM_THREADS=1) only in the zygotes that serve solutions importing it."""
    from app.judge import checkers, gate, harness, structures  # noqa: F401
    gate.preload(numpy)
    _template()


class ResultWriter:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def emit(self, record: dict) -> None:
        """One JSON line; a test's output follows as its own ``out_len`` bytes of JSON and a newline.

        Why the output travels apart: the parent can then compare it byte for byte with the
        expected output's JSON and skip parsing megabytes when they are equal.
        """
        if "out" in record:
            out = record.pop("out")
            if isinstance(out, harness.RawJSON):
                out = out.data
            else:
                out = orjson.dumps(out, option=orjson.OPT_SERIALIZE_NUMPY)
            record["out_len"] = len(out)
            # writev: megabytes of output are never copied into one buffer (every fresh page
            # costs a fault here).
            self._write_all([orjson.dumps(record) + b"\n", out, b"\n"])
        else:
            self._write_all([orjson.dumps(record, option=orjson.OPT_SERIALIZE_NUMPY) + b"\n"])

    def _write_all(self, parts: list[bytes]) -> None:
        views = [memoryview(part) for part in parts if part]
        while views:
            written = os.writev(self.fd, views)
            while views and written >= len(views[0]):
                written -= len(views[0])
                views.pop(0)
            if views and written:
                views[0] = views[0][written:]


_TEMPLATE: tuple | None = None


def _template() -> tuple:
    """The solution's namespace and stdout, built ONCE in the zygote and used as they are by the child.

    Why not a fresh copy per child: copying a dict of a few hundred prelude names increments every
    value's reference count, and each increment copies a page on write in the forked child (about
    300 page faults, a millisecond here). The child is thrown away after one submission, so it may
    use the inherited dict itself. Modules come through the gate's own import hook, so they are
    the sanitised ones.
    """
    global _TEMPLATE
    if _TEMPLATE is None:
        from app.judge import gate, harness
        stdout = harness.CappedOutput()
        namespace = gate.solution_globals(print_sink=stdout.write)
        importer = namespace["__builtins__"]["__import__"]
        prelude: dict = {}
        for module_name in PRELUDE_MODULES:
            prelude[module_name] = importer(module_name)
        for module_name in PRELUDE_STAR:
            module = importer(module_name)
            public = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
            for name in public:
                if not name.startswith("_") and hasattr(module, name):
                    prelude.setdefault(name, getattr(module, name))
        prelude["inf"] = float("inf")
        for name, value in prelude.items():
            namespace.setdefault(name, value)
        _TEMPLATE = (namespace, stdout)
    return _TEMPLATE


def run(payload: dict, emit) -> None:
    from app.judge import harness, structures
    spec, code = payload["spec"], payload["source"]
    compiled = marshal.loads(payload["code"])  # compiled by the gate in the trusted parent
    namespace, stdout = _template()
    stdout.cap, stdout.limit = spec.get("stdout_cap", 65536), spec.get("stdout_limit")
    # Before exec: a class body may build a ListNode at definition time.
    namespace.update(structures.prelude_classes(spec.get("codec")))
    stdout.begin_test()
    # Before the learner's module body runs; only codec problems need it (see _template for
    # what copying this dict costs).
    pristine = dict(namespace) if spec.get("then") else None

    def fresh_namespace() -> dict:
        """The learner's module run again in a clean namespace: a decoder that shares nothing
        (no class attribute, no global) with the encoder of codec problems."""
        again = dict(pristine)
        exec(compiled, again)
        return again

    try:
        exec(compiled, namespace)
    except BaseException as exc:  # noqa: BLE001 - the learner's module body, reported as RE
        emit({"event": "load_error", "error": {"type": type(exc).__name__, "message": str(exc)[:1000]}})
        return

    def emit_test(record: dict) -> None:
        record.setdefault("event", "test")
        emit(record)

    harness.run_tests(namespace, spec, payload["tests"], emit_test, stdout, source=code,
                      fresh=fresh_namespace if spec.get("then") else None)
    emit({"event": "done"})
