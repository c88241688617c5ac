"""A sandbox slot, parent side: owns one zygote and runs one child at a time through it.

The parent enforces what the child cannot be trusted with: the wall-clock limit (kill through a
pidfd, no pid-reuse race), the cap on what the child may write back, and the OOM count of the
slot's memory cgroup. It reads the child's records as they arrive so a caller can stop the run at
the first failing test.
"""
from __future__ import annotations

import math
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
from typing import Callable

import orjson

from app.judge.sandbox import protocol, suite_memory
from app.judge.sandbox.exchange import Exchange, RunLimits, RunOutcome, widen_pipe

# Passed through to the zygote; nothing else of the parent's environment is.
_ENV_PASSTHROUGH = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
_ZYGOTE_START_TIMEOUT = 60.0
ZYGOTE_MEMORY_BYTES = 2 * 1024**3  # the slot's limit while only the zygote runs (start, loading suites)


class SandboxError(Exception):
    """The sandbox itself failed (not the submission): maps to the IE verdict."""


class Slot:
    def __init__(self, index: int, layers: set[str], cgroup=None, numpy: bool = True) -> None:
        self.index = index
        self.numpy = numpy  # does this slot's zygote pre-import numpy?
        self.layers = set(layers)
        self.cgroup = cgroup  # SlotCgroup the zygote lives in, or None
        self.zygote: subprocess.Popen | None = None
        self.control: socket.socket | None = None
        self.active_layers: dict[str, str] = {}
        self.zygote_memory = 0
        self._memory_limit: int | None = None
        self.tests_key: str | None = None  # whose test inputs the zygote holds decoded
        self._oom_count = 0
        self._exit_owed = False  # the zygote has yet to report the last child's exit (see run)
        self.output_area = bytearray()  # reused by every run: see Exchange._parse_lines

    # -- zygote lifecycle -------------------------------------------------------------------
    def start(self) -> dict[str, str]:
        parent_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        config = {"control_fd": child_end.fileno(), "slot": self.index, "layers": sorted(self.layers),
                  "cgroup": self.cgroup.name if self.cgroup else None, "numpy": self.numpy}
        # glibc.malloc.hugetlb=1: malloc asks for transparent huge pages, so a child touching fresh
        # memory takes one fault per 2 MiB instead of per 4 KiB (page faults are dear on VMs:
        # it cut a trivial submission's child CPU by a quarter here). mmap_threshold (32 MiB):
        # blocks below it stay on that heap instead of getting 4 KiB-page mappings of their own;
        # the decoded test suites live there (see suite_memory).
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1",
               "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
               "GLIBC_TUNABLES": "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432"}
        env.update({k: os.environ[k] for k in _ENV_PASSTHROUGH if k in os.environ})
        if self.cgroup is not None:
            self._memory_limit = None
            self.cgroup.set_memory_limit(ZYGOTE_MEMORY_BYTES)  # while the zygote imports numpy
            self.cgroup.set_pids_max(4)
        self.zygote = subprocess.Popen(
            [sys.executable, "-I", "-m", "app.judge.sandbox.zygote", orjson.dumps(config).decode()],
            pass_fds=(child_end.fileno(),), env=env, cwd="/", stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True)
        child_end.close()
        self.control = parent_end
        parent_end.settimeout(_ZYGOTE_START_TIMEOUT)
        try:
            message, _ = protocol.recv(parent_end)
        except (EOFError, OSError) as exc:
            self.stop()
            raise SandboxError(f"sandbox slot {self.index}: zygote did not start ({exc})") from None
        parent_end.settimeout(None)
        if not message.get("ready"):
            self.stop()
            raise SandboxError(f"sandbox slot {self.index}: {message.get('error', 'zygote failed')}")
        self.active_layers = message["layers"]
        if self.cgroup is not None:
            self.zygote_memory = self.cgroup.memory_usage()
            self._oom_count = self.cgroup.oom_kill_count()
        return self.active_layers

    def alive(self) -> bool:
        return self.zygote is not None and self.zygote.poll() is None

    def stop(self) -> None:
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.zygote is not None:
            if self.zygote.poll() is None:
                self.zygote.kill()
            self.zygote.wait()
            self.zygote = None
        self.tests_key = None
        self._exit_owed = False

    # -- one run ---------------------------------------------------------------------------
    def load_tests(self, key: str, blobs: list[bytes]) -> None:
        """Have the zygote decode a problem's test inputs once (see ``Zygote._load_tests``)."""
        if self.tests_key == key:
            return
        self._collect_exit()
        if self.cgroup is not None:  # room for the zygote to decode the suite
            self.cgroup.set_memory_limit(ZYGOTE_MEMORY_BYTES)
            self._memory_limit = None
        fd = os.memfd_create("tests", os.MFD_CLOEXEC)
        try:
            suite_memory.write_suite(fd, blobs)
            self.tests_key = None
            protocol.send(self.control, {"op": "load", "key": key}, [fd])
        finally:
            os.close(fd)
        reply, _ = self._recv("loading tests")
        if reply.get("loaded") != key:
            raise SandboxError(f"sandbox slot {self.index}: zygote could not load tests: {reply}")
        self.tests_key = key
        if self.cgroup is not None:
            # The decoded suite lives in the zygote, inside the slot's cgroup: the child's memory
            # limit is counted on top of it (see _apply_memory_limit).
            self.zygote_memory = self.cgroup.memory_usage()

    def run(self, payload: dict, limits: RunLimits, on_record: Callable[[dict], bool] | None = None,
            settled: Callable[[], bool] | None = None) -> RunOutcome:
        """Fork a child, feed it ``payload`` once it is isolated, collect its records.

        A payload without ``tests`` names its suite by ``tests_key``, which must be loaded
        (``load_tests``). ``on_record(record)`` is called for each record as it arrives;
        returning True stops the run at once (the first failing test is known).

        ``settled()`` is asked once the records end (the child is killed then, whatever it was
        doing): True means the verdict cannot depend on how the child exits, so its exit status
        is collected at the slot's next use instead of now, and the outcome has no exit fields.
        Why: the kernel tears a forked child's memory down before the zygote can report its exit
        (milliseconds here); the caller need not wait for that.
        """
        if not self.alive():
            raise SandboxError(f"sandbox slot {self.index}: zygote is not running")
        if "tests" not in payload and payload.get("tests_key") != self.tests_key:
            raise SandboxError(f"sandbox slot {self.index}: test suite {payload.get('tests_key')} not loaded")
        self._collect_exit()
        self._apply_memory_limit(limits.memory_bytes)
        data_r, data_w = os.pipe2(os.O_CLOEXEC)
        result_r, result_w = os.pipe2(os.O_CLOEXEC)
        widen_pipe(result_r)
        request = {"op": "run", "cpu_seconds": max(1, math.ceil(limits.cpu_ms / 1000)),
                   "tests_key": payload.get("tests_key")}
        started = time.perf_counter()
        try:
            protocol.send(self.control, request, [data_r, result_w])
        finally:
            os.close(data_r)
            os.close(result_w)
        try:
            reply, fds = self._recv("forking")
        except SandboxError:
            os.close(data_w)
            os.close(result_r)
            raise
        if "pid" not in reply or len(fds) != 1:
            os.close(data_w)
            os.close(result_r)
            raise SandboxError(f"sandbox slot {self.index}: {reply.get('error', 'no child')}")
        pidfd = fds[0]
        self._exit_owed = True
        outcome = RunOutcome()
        try:
            Exchange(pickle.dumps(payload, protocol=5), data_w, result_r, pidfd, limits,
                     on_record, outcome, started, self.output_area).run()
        finally:
            os.close(pidfd)
        if settled is not None and settled():
            outcome.wall_ms = (time.perf_counter() - started) * 1000
            return outcome
        status, _ = self._recv("reporting the child's exit")
        self._exit_owed = False
        outcome.wall_ms = (time.perf_counter() - started) * 1000
        outcome.exit_code = status.get("exit_code")
        outcome.cpu_ms = float(status.get("cpu_ms", 0.0))
        outcome.maxrss_kb = int(status.get("maxrss_kb", 0))
        if self.cgroup is not None:
            outcome.oom_killed = self._oom_killed(outcome.exit_code)
        return outcome

    def settling(self) -> bool:
        """Is the zygote still tearing the last child down? Never blocks: an exit report that
        has arrived is collected now."""
        if not self._exit_owed or self.control is None:
            return False
        try:
            status, _ = protocol.recv(self.control, block=False)
        except BlockingIOError:
            return True
        except (EOFError, OSError):
            return False  # the zygote is gone: the next use finds out and restarts it
        self._exit_collected(status)
        return False

    def _collect_exit(self) -> None:
        """Wait for the exit report that ``run`` left for later."""
        if self._exit_owed:
            self._exit_collected(self._recv("reporting a child's exit")[0])

    def _exit_collected(self, status: dict) -> None:
        self._exit_owed = False
        if self.cgroup is not None:
            self._oom_killed(status.get("exit_code"))  # keeps the OOM count current

    def _recv(self, doing: str) -> tuple[dict, list[int]]:
        """The zygote's next message; a zygote that is gone stops the slot (restarted on next use)."""
        try:
            return protocol.recv(self.control)
        except (EOFError, OSError) as exc:
            self.stop()
            raise SandboxError(f"sandbox slot {self.index}: zygote died while {doing} ({exc})") from None

    def _oom_killed(self, exit_code: int | None) -> bool:
        """Did the cgroup's OOM killer end this child? Only a SIGKILLed child can have been.

        The count is read only then (not around every run): nothing else in the slot's cgroup
        allocates, so the count only moves when one of our children is killed.
        """
        if exit_code != -signal.SIGKILL:
            return False
        count = self.cgroup.oom_kill_count()
        killed, self._oom_count = count > self._oom_count, count
        return killed

    def _apply_memory_limit(self, memory_bytes: int | None) -> None:
        if self.cgroup is None or memory_bytes is None:
            return
        limit = memory_bytes + self.zygote_memory
        if limit != self._memory_limit:
            self.cgroup.set_memory_limit(limit)
            self._memory_limit = limit
