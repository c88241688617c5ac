"""The zygote: a warm, secret-free process per sandbox slot that forks one child per submission.

Started by exec (``python -I -m app.judge.sandbox.zygote CONFIG_JSON``) with a clean environment,
so its memory and ``/proc/self/environ`` hold nothing of the web or worker process. At start it:
raises its stack limit and re-execs itself (the main thread's stack can only grow up to the
RLIMIT_STACK in force at exec), joins its slot's cgroup (children inherit membership, so no
per-submission cgroup migration), makes itself immune to the OOM killer, enters fresh net, IPC,
UTS and mount namespaces that every child inherits, pre-imports everything a child may use, and
builds the Landlock ruleset and the seccomp BPF once.

Per submission (``{"op": "run"}`` with a data pipe and a result pipe attached): fork the child as
pid 1 of a new PID namespace; hand the parent a pidfd (so the parent can kill it without pid-reuse
races); reap it and report its exit status and resource usage. The child walls itself in
(``layers.isolate_child``) BEFORE it reads a single byte of submission data.
"""
from __future__ import annotations

import dataclasses
import os
import pickle
import resource
import socket
import sys

STACK_BYTES = 512 * 1024 * 1024
DATA_FD, RESULT_FD = 200, 201  # high, so user-visible fds 0-2 can never clobber them


def main(argv: list[str]) -> None:
    import orjson
    config = orjson.loads(argv[1])
    _ensure_big_stack(argv)
    control = socket.socket(fileno=config["control_fd"])
    try:
        zygote = Zygote(config)
        report = zygote.setup()
    except Exception as exc:  # report, then die: the parent decides what a missing layer means
        _send(control, {"ready": False, "error": f"{type(exc).__name__}: {exc}"})
        raise SystemExit(1) from None
    _send(control, {"ready": True, "pid": os.getpid(), "layers": report})
    zygote.serve(control)


def _ensure_big_stack(argv: list[str]) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if soft != resource.RLIM_INFINITY and soft < STACK_BYTES:
        new_hard = hard if hard == resource.RLIM_INFINITY or hard >= STACK_BYTES else STACK_BYTES
        try:
            resource.setrlimit(resource.RLIMIT_STACK, (STACK_BYTES, new_hard))
        except (ValueError, OSError):
            return  # not allowed (non-root with a low hard limit): deep recursion is capped lower
        import orjson
        os.set_inheritable(orjson.loads(argv[1])["control_fd"], True)
        os.execv(sys.executable, [sys.executable, "-I", "-m", "app.judge.sandbox.zygote", *argv[1:]])


def _send(control: socket.socket, message: dict, fds: list[int] | None = None) -> None:
    from app.judge.sandbox import protocol
    protocol.send(control, message, fds)


class Zygote:
    def __init__(self, config: dict) -> None:
        self.config = config
        self.wanted: set[str] = set(config["layers"])
        self.plan = None
        self.pid_ns_fd: int | None = None
        # One problem's decoded test inputs (see _load_tests); children inherit them at fork.
        self.tests_key: str | None = None
        self.tests: list | None = None

    def setup(self) -> dict[str, str]:
        """Bring up every wanted layer; return {layer: "on" | "off: reason"}."""
        from app.judge.sandbox import cgroups, landlock, layers, seccomp_filter

        report: dict[str, str] = {}
        cgroup = None
        if {"cgroup_memory", "cgroup_pids"} & self.wanted and self.config.get("cgroup"):
            cgroup = cgroups.SlotCgroup(cgroups.detect(), self.config["cgroup"])
        namespaces = layers.ZYGOTE_NAMESPACES if "namespaces" in self.wanted else 0
        layers.isolate_zygote(namespaces=namespaces, cgroup=cgroup,
                              oom_score_adj=-1000 if os.geteuid() == 0 else None)
        for name in ("cgroup_memory", "cgroup_pids"):
            report[name] = "on" if cgroup is not None and name in self.wanted else "off"
        report["namespaces"] = "on" if namespaces else "off"
        if "pid_namespace" in self.wanted:
            self.pid_ns_fd = layers.open_pid_ns()
        report["pid_namespace"] = "on" if self.pid_ns_fd is not None else "off"

        _preload(self.config.get("numpy", True))
        # Everything imported so far lives for the zygote's life: move it out of the collector's
        # reach, so a child's garbage collections never touch (and copy) the inherited pages.
        import gc
        gc.collect()
        gc.freeze()
        ruleset = landlock.build_ruleset([]) if "landlock" in self.wanted else None
        bpf = seccomp_filter.build_bpf() if "seccomp" in self.wanted else None
        slot = self.config["slot"]
        # Switching to the slot's uid needs root; without it the layer is reported off (and a
        # pool that requires it refuses to start) rather than failing in every child.
        switch = "uid_switch" in self.wanted and os.geteuid() == 0
        self.plan = layers.IsolationPlan(
            uid=layers.SLOT_UID_BASE + slot if switch else None,
            gid=layers.SLOT_UID_BASE + slot if switch else None,
            cpu_seconds=10 if "rlimits" in self.wanted else None,
            nproc=0,  # user code runs on the main thread (big stack above): no thread needed
            landlock_ruleset_fd=ruleset,
            seccomp_bpf=bpf,
            keep_fds=(DATA_FD, RESULT_FD),
            oom_score_adj=1000 if os.geteuid() == 0 else None,
            no_new_privs="no_new_privs" in self.wanted,
        )
        report["rlimits"] = "on" if self.plan.cpu_seconds else "off"
        report["uid_switch"] = "on" if self.plan.uid is not None else "off"
        report["no_new_privs"] = "on" if self.plan.no_new_privs else "off"
        report["landlock"] = "on" if ruleset is not None else "off"
        report["seccomp"] = "on" if bpf is not None else "off"
        return report

    def serve(self, control: socket.socket) -> None:
        from app.judge.sandbox import protocol
        while True:
            try:
                request, fds = protocol.recv(control)
            except EOFError:
                return  # the parent is gone: so are we
            if request.get("op") == "run" and len(fds) == 2:
                self._run_one(control, request, fds)
            elif request.get("op") == "load" and len(fds) == 1:
                self._load_tests(control, request["key"], fds[0])
            else:
                for fd in fds:
                    os.close(fd)
                _send(control, {"error": "bad request"})

    def _load_tests(self, control: socket.socket, key: str, fd: int) -> None:
        """Decode one problem's test inputs once; every child then inherits them for free.

        Only ONE problem is kept, so a child holds no other problem's hidden inputs. A forked child
        runs each test exactly once on its private copy-on-write pages, so no deep copy is needed.
        The objects go on huge pages (``suite_memory``): children read them with few TLB misses.
        """
        import gc

        from app.judge.sandbox import suite_memory
        self.tests = self.tests_key = None
        try:
            self.tests = suite_memory.read_suite(fd)
        finally:
            os.close(fd)
        suite_memory.release_free_memory()
        self.tests_key = key
        gc.freeze()  # as at start: a child's collections must not walk (and copy) these pages
        _send(control, {"loaded": key})

    def _run_one(self, control: socket.socket, request: dict, fds: list[int]) -> None:
        from app.judge.sandbox import layers
        data_fd, result_fd = fds
        plan = dataclasses.replace(self.plan, cpu_seconds=int(request["cpu_seconds"]),
                                   address_space_bytes=request.get("address_space_bytes"))
        if self.plan.cpu_seconds is None:
            plan = dataclasses.replace(plan, cpu_seconds=None)
        try:
            pid = layers.fork_in_new_pid_ns(self.pid_ns_fd) if self.pid_ns_fd is not None else os.fork()
        except OSError as exc:
            os.close(data_fd)
            os.close(result_fd)
            _send(control, {"error": f"fork failed: {exc}"})
            return
        if pid == 0:
            tests = self.tests if request.get("tests_key") == self.tests_key else None
            _child(data_fd, result_fd, plan, tests)  # never returns
        os.close(data_fd)
        os.close(result_fd)
        pidfd = os.pidfd_open(pid)
        _send(control, {"pid": pid}, [pidfd])
        os.close(pidfd)
        _, status, usage = os.wait4(pid, 0)
        _send(control, {
            "exit_code": os.waitstatus_to_exitcode(status),
            "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000.0,
            "maxrss_kb": usage.ru_maxrss,
        })


def _preload(numpy: bool) -> None:
    """Import everything a child may need: after isolation it cannot read the interpreter's files."""
    import orjson  # noqa: F401

    from app.judge import child
    child.preload(numpy=numpy)


def _child(data_fd: int, result_fd: int, plan, tests: list | None) -> None:
    """In the forked child: isolate, say ready, then (only then) read the submission and run it."""
    from app.judge.sandbox import layers, protocol
    try:
        os.dup2(data_fd, DATA_FD)
        os.dup2(result_fd, RESULT_FD)
        layers.isolate_child(plan)
    except BaseException as exc:
        try:
            import orjson
            os.write(result_fd if result_fd != DATA_FD else RESULT_FD,
                     orjson.dumps({"event": "setup_failed", "error": f"{type(exc).__name__}: {exc}"}) + b"\n")
        finally:
            os._exit(protocol.EXIT_SETUP_FAILED)
    try:
        from app.judge import child
        out = child.ResultWriter(RESULT_FD)
        out.emit({"event": "ready"})
        payload = pickle.loads(_read_all(DATA_FD))  # written by the trusted parent
        os.close(DATA_FD)
        if "tests" not in payload:
            payload["tests"] = tests
        child.run(payload, out.emit)
        # The parent sees the end of the records now, not after the kernel has torn down this
        # process's memory (exit unmaps it before closing files: milliseconds here).
        os.close(RESULT_FD)
    finally:
        os._exit(0)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


if __name__ == "__main__":
    main(sys.argv)
