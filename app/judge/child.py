"""What the sandboxed child does once it is walled in: compile, load, run the tests, report.

Runs only inside a child forked from the zygote, after ``layers.isolate_child``. Everything it
imports is imported by ``preload()`` in the zygote first, because the child can no longer read the
interpreter's files. Records go to the parent as newline-delimited JSON (``ResultWriter``); the
parent treats them as untrusted.

Record sequence: ``ready`` (written by the zygote's child stub), then either ``compile_error`` or
``load_error`` (the module body raised), or one ``test`` record per test, then ``done``.
"""
from __future__ import annotations

import os

import orjson

# What LeetCode's Python 3 environment gives a solution without imports: typing names and the
# usual modules, plus their most used names star-imported.
PRELUDE_MODULES = ("collections", "heapq", "bisect", "math", "itertools", "functools", "operator",
                   "string", "re", "random")
PRELUDE_STAR = ("typing", "collections", "heapq", "bisect", "math", "itertools", "functools")


def preload() -> None:
    import numpy  # noqa: F401  (single-threaded: the zygote's environment sets OPENBLAS_NUM_THREADS=1)

    from app.judge import checkers, harness, structures  # noqa: F401
    _prelude_template()


class ResultWriter:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def emit(self, record: dict) -> None:
        data = orjson.dumps(record, option=orjson.OPT_SERIALIZE_NUMPY) + b"\n"
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]


_PRELUDE: dict | None = None


def _prelude_template() -> dict:
    """Built once in the zygote through the gate's own import hook, so modules are the sanitised ones."""
    global _PRELUDE
    if _PRELUDE is None:
        from app.judge import gate
        importer = gate.solution_globals()["__builtins__"]["__import__"]
        names: dict = {}
        for module_name in PRELUDE_MODULES:
            names[module_name] = importer(module_name)
        for module_name in PRELUDE_STAR:
            module = importer(module_name)
            public = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
            for name in public:
                if not name.startswith("_") and hasattr(module, name):
                    names.setdefault(name, getattr(module, name))
        names["inf"] = float("inf")
        _PRELUDE = names
    return _PRELUDE


def run(payload: dict, emit) -> None:
    from app.judge import gate, harness, structures
    spec, code = payload["spec"], payload["code"]
    try:
        compiled = gate.compile_solution(code)
    except gate.GateError as exc:
        emit({"event": "compile_error", "line": exc.line, "reason": exc.reason})
        return
    stdout = harness.CappedOutput(spec.get("stdout_cap", 65536), spec.get("stdout_limit"))
    namespace = gate.solution_globals(print_sink=stdout.write)
    for name, value in _prelude_template().items():
        namespace.setdefault(name, value)
    # Before exec: a class body may build a ListNode at definition time.
    namespace.update(structures.prelude_classes(spec.get("codec")))
    stdout.begin_test()
    try:
        exec(compiled, namespace)
    except BaseException as exc:  # noqa: BLE001 - the learner's module body, reported as RE
        emit({"event": "load_error", "error": {"type": type(exc).__name__, "message": str(exc)[:1000]}})
        return

    def emit_test(record: dict) -> None:
        record["event"] = "test"
        emit(record)

    harness.run_tests(namespace, spec, payload["tests"], emit_test, stdout, source=code)
    emit({"event": "done"})
