"""A sandbox slot, parent side: owns one zygote and runs one child at a time through it.

The parent enforces what the child cannot be trusted with: the wall-clock limit (kill through a
pidfd, no pid-reuse race), the cap on what the child may write back, and the OOM count of the
slot's memory cgroup. It reads the child's records as they arrive so a caller can stop the run at
the first failing test.
"""
from __future__ import annotations

import fcntl
import math
import os
import pickle
import selectors
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Callable

import orjson

from app.judge.sandbox import protocol

# Passed through to the zygote; nothing else of the parent's environment is.
_ENV_PASSTHROUGH = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
_ZYGOTE_START_TIMEOUT = 60.0
MAX_RECORD_BYTES = 16 * 1024 * 1024
PIPE_BYTES = 1024 * 1024
ZYGOTE_MEMORY_BYTES = 2 * 1024**3  # the slot's limit while only the zygote runs (start, loading suites)


class SandboxError(Exception):
    """The sandbox itself failed (not the submission): maps to the IE verdict."""


@dataclass
class RunLimits:
    cpu_ms: int  # CPU budget of the whole run (all tests), enforced by RLIMIT_CPU as a backstop
    wall_ms: int  # wall-clock budget, enforced here
    memory_bytes: int | None  # the slot cgroup's limit for the child (the zygote's share is added)
    output_bytes: int = MAX_RECORD_BYTES  # everything the child may write back


@dataclass
class RunOutcome:
    records: list[dict] = field(default_factory=list)
    exit_code: int | None = None  # negative: killed by that signal
    cpu_ms: float = 0.0
    wall_ms: float = 0.0
    maxrss_kb: int = 0
    killed_for: str | None = None  # "wall", "output", "stopped" (caller asked), "malformed"
    oom_killed: bool = False
    setup_error: str | None = None


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
        self.output_area = bytearray()  # reused by every run: see _Exchange._parse_lines

    # -- zygote lifecycle -------------------------------------------------------------------
    def start(self) -> dict[str, str]:
        parent_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        config = {"control_fd": child_end.fileno(), "slot": self.index, "layers": sorted(self.layers),
                  "cgroup": self.cgroup.name if self.cgroup else None, "numpy": self.numpy}
        # glibc.malloc.hugetlb=1: malloc asks for transparent huge pages, so a child touching fresh
        # memory takes one fault per 2 MiB instead of per 4 KiB (page faults are dear on VMs:
        # it cut a trivial submission's child CPU by a quarter here).
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1",
               "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"}
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

    # -- one run ---------------------------------------------------------------------------
    def load_tests(self, key: str, blobs: list[bytes]) -> None:
        """Have the zygote decode a problem's test inputs once (see ``Zygote._load_tests``)."""
        if self.tests_key == key:
            return
        if self.cgroup is not None:  # room for the zygote to decode the suite
            self.cgroup.set_memory_limit(ZYGOTE_MEMORY_BYTES)
            self._memory_limit = None
        fd = os.memfd_create("tests", os.MFD_CLOEXEC)
        try:
            data = pickle.dumps(blobs, protocol=5)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.lseek(fd, 0, os.SEEK_SET)
            self.tests_key = None
            protocol.send(self.control, {"op": "load", "key": key}, [fd])
        finally:
            os.close(fd)
        try:
            reply, _ = protocol.recv(self.control)
        except (EOFError, OSError) as exc:
            self.stop()
            raise SandboxError(f"sandbox slot {self.index}: zygote died loading tests ({exc})") from None
        if reply.get("loaded") != key:
            raise SandboxError(f"sandbox slot {self.index}: zygote could not load tests: {reply}")
        self.tests_key = key
        if self.cgroup is not None:
            # The decoded suite lives in the zygote, inside the slot's cgroup: the child's memory
            # limit is counted on top of it (see _apply_memory_limit).
            self.zygote_memory = self.cgroup.memory_usage()

    def run(self, payload: dict, limits: RunLimits,
            on_record: Callable[[dict], bool] | None = None) -> RunOutcome:
        """Fork a child, feed it ``payload`` once it is isolated, collect its records.

        A payload without ``tests`` names its suite by ``tests_key``, which must be loaded
        (``load_tests``). ``on_record(record)`` is called for each record as it arrives;
        returning True stops the run at once (the first failing test is known).
        """
        if not self.alive():
            raise SandboxError(f"sandbox slot {self.index}: zygote is not running")
        if "tests" not in payload and payload.get("tests_key") != self.tests_key:
            raise SandboxError(f"sandbox slot {self.index}: test suite {payload.get('tests_key')} not loaded")
        self._apply_memory_limit(limits.memory_bytes)
        data_r, data_w = os.pipe2(os.O_CLOEXEC)
        result_r, result_w = os.pipe2(os.O_CLOEXEC)
        _widen(result_r)
        request = {"op": "run", "cpu_seconds": max(1, math.ceil(limits.cpu_ms / 1000)),
                   "tests_key": payload.get("tests_key")}
        started = time.perf_counter()
        try:
            protocol.send(self.control, request, [data_r, result_w])
        finally:
            os.close(data_r)
            os.close(result_w)
        try:
            reply, fds = protocol.recv(self.control)
        except (EOFError, OSError) as exc:
            os.close(data_w)
            os.close(result_r)
            self.stop()
            raise SandboxError(f"sandbox slot {self.index}: zygote died ({exc})") from None
        if "pid" not in reply or len(fds) != 1:
            os.close(data_w)
            os.close(result_r)
            raise SandboxError(f"sandbox slot {self.index}: {reply.get('error', 'no child')}")
        pidfd = fds[0]
        outcome = RunOutcome()
        try:
            _Exchange(pickle.dumps(payload, protocol=5), data_w, result_r, pidfd, limits,
                      on_record, outcome, started, self.output_area).run()
        finally:
            os.close(pidfd)
        try:
            status, _ = protocol.recv(self.control)
        except (EOFError, OSError) as exc:
            self.stop()
            raise SandboxError(f"sandbox slot {self.index}: zygote died ({exc})") from None
        outcome.wall_ms = (time.perf_counter() - started) * 1000
        outcome.exit_code = status.get("exit_code")
        outcome.cpu_ms = float(status.get("cpu_ms", 0.0))
        outcome.maxrss_kb = int(status.get("maxrss_kb", 0))
        if self.cgroup is not None:
            outcome.oom_killed = self._oom_killed(outcome.exit_code)
        return outcome

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


def _widen(pipe_fd: int) -> None:
    """A 1 MiB pipe: large outputs cross in a few writes instead of a 64 KiB ping-pong."""
    try:
        fcntl.fcntl(pipe_fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except OSError:
        pass  # above /proc/sys/fs/pipe-max-size for this user: the default still works


class _Exchange:
    """The parent's side of one child's life: write the payload after 'ready', read records, police."""

    def __init__(self, payload: bytes, data_w: int, result_r: int, pidfd: int, limits: RunLimits,
                 on_record, outcome: RunOutcome, started: float, area: bytearray) -> None:
        self.payload = memoryview(payload)
        self.data_w, self.result_r, self.pidfd = data_w, result_r, pidfd
        self.limits, self.on_record, self.outcome = limits, on_record, outcome
        self.deadline = started + limits.wall_ms / 1000
        self.buffer = bytearray()
        self.awaiting: dict | None = None
        self.area, self.area_filled = area, 0
        self.received = 0
        self.ready = False
        self.selector = selectors.DefaultSelector()

    def run(self) -> None:
        os.set_blocking(self.data_w, False)
        self.selector.register(self.result_r, selectors.EVENT_READ, "result")
        try:
            self._loop()
        finally:
            self.selector.close()
            for fd in (self.data_w, self.result_r):
                try:
                    os.close(fd)
                except OSError:
                    pass

    def _loop(self) -> None:
        result_open = True
        while result_open:
            remaining = self.deadline - time.perf_counter()
            if remaining <= 0:
                self._kill("wall")
                remaining = 5.0  # the child is dying; collect what it wrote
                self.deadline = float("inf")
            for key, _events in self.selector.select(timeout=remaining):
                if key.data == "result":
                    result_open = self._read()
                elif key.data == "data":
                    self._write()
        # The pipe closed: the child has exited (or closed it). Make sure it is gone.
        self._kill(None)

    def _read(self) -> bool:
        if self.awaiting is not None:
            return self._read_output()
        try:
            # Small reads for record lines: a test's output (maybe megabytes) then goes by
            # readv straight into the output area instead of through fresh buffers.
            chunk = os.read(self.result_r, 1 << 16)
        except BlockingIOError:
            return True
        if not chunk or not self._count(len(chunk)):
            return False
        self.buffer += chunk
        return self._parse_lines()

    def _count(self, size: int) -> bool:
        self.received += size
        if self.received > self.limits.output_bytes:
            self._kill("output")
            return False
        return True

    def _parse_lines(self) -> bool:
        while self.awaiting is None:
            newline = self.buffer.find(b"\n")
            if newline < 0:
                return True
            line = bytes(self.buffer[:newline])
            del self.buffer[:newline + 1]
            if not self._handle(line):
                return False
        # A record announced its output: it goes to the slot's reusable output area (already
        # faulted in, so megabytes of output cost no fresh pages), plus its closing newline.
        size = self.awaiting["out_len"] + 1
        if len(self.area) < size:
            self.area.extend(bytes(size - len(self.area)))
        take = min(len(self.buffer), size)
        self.area[:take] = self.buffer[:take]
        del self.buffer[:take]
        self.area_filled = take
        return self._output_complete()

    def _read_output(self) -> bool:
        size = self.awaiting["out_len"] + 1
        with memoryview(self.area) as view:
            try:
                count = os.readv(self.result_r, [view[self.area_filled:size]])
            except BlockingIOError:
                return True
        if not count or not self._count(count):
            return False
        self.area_filled += count
        return self._output_complete()

    def _output_complete(self) -> bool:
        size = self.awaiting["out_len"]
        if self.area_filled <= size:
            return True
        if self.area[size] != 0x0A:
            self._kill("malformed")
            return False
        record, self.awaiting = self.awaiting, None
        with memoryview(self.area) as view, view[:size] as raw:
            record["out_raw"] = raw  # valid only during the callback: the area is reused
            accepted = self._dispatch(record)
            del record["out_raw"]
        return accepted and self._parse_lines()

    def _handle(self, line: bytes) -> bool:
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            self._kill("malformed")
            return False
        if not isinstance(record, dict):
            self._kill("malformed")
            return False
        if "out_len" in record:
            if type(record["out_len"]) is not int or not 0 <= record["out_len"] <= self.limits.output_bytes:
                self._kill("malformed")
                return False
            self.awaiting = record
            return True
        return self._dispatch(record)

    def _dispatch(self, record: dict) -> bool:
        if record.get("event") == "ready" and not self.ready:
            self.ready = True
            self.selector.register(self.data_w, selectors.EVENT_WRITE, "data")
            return True
        if record.get("event") == "setup_failed":
            self.outcome.setup_error = str(record.get("error", ""))[:500]
        self.outcome.records.append(record)
        if self.on_record is not None and self.on_record(record):
            self._kill("stopped")
            return False
        return True

    def _write(self) -> None:
        try:
            written = os.write(self.data_w, self.payload[:1 << 20])
        except BlockingIOError:
            return
        except BrokenPipeError:
            written = len(self.payload)
        self.payload = self.payload[written:]
        if not self.payload:
            self.selector.unregister(self.data_w)
            os.close(self.data_w)
            self.data_w = -1

    def _kill(self, reason: str | None) -> None:
        if reason and self.outcome.killed_for is None:
            self.outcome.killed_for = reason
        try:
            signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
        except ProcessLookupError:
            pass
