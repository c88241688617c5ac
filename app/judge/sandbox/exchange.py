"""The parent's side of one child's life: send the payload once the child is walled in, read its
records as they stream, and police it (wall clock, output cap, malformed reports).

Records arrive as newline-delimited strict JSON; a test's output follows its record as ``out_len``
raw bytes, read straight into the slot's reusable output area (no fresh pages per run).
"""
from __future__ import annotations

import fcntl
import os
import selectors
import signal
import time
from dataclasses import dataclass

import orjson

MAX_RECORD_BYTES = 16 * 1024 * 1024
PIPE_BYTES = 1024 * 1024


@dataclass
class RunLimits:
    cpu_ms: int  # CPU budget of the whole run (all tests), enforced by RLIMIT_CPU as a backstop
    wall_ms: int  # wall-clock budget, enforced here
    memory_bytes: int | None  # the slot cgroup's limit for the child (the zygote's share is added)
    output_bytes: int = MAX_RECORD_BYTES  # everything the child may write back


@dataclass
class RunOutcome:
    exit_code: int | None = None  # negative: killed by that signal
    cpu_ms: float = 0.0
    wall_ms: float = 0.0
    maxrss_kb: int = 0
    killed_for: str | None = None  # "wall", "output", "stopped" (caller asked), "malformed"
    oom_killed: bool = False
    setup_error: str | None = None


def widen_pipe(pipe_fd: int) -> None:
    """A 1 MiB pipe: large outputs cross in a few writes instead of a 64 KiB ping-pong."""
    try:
        fcntl.fcntl(pipe_fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except OSError:
        pass  # above /proc/sys/fs/pipe-max-size for this user: the default still works


class Exchange:
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
