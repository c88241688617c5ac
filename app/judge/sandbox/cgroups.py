"""Per-slot memory and pids cgroups, for cgroup v1 (this machine) and v2 (most production hosts).

Why a cgroup and not RLIMIT_AS: the memory cgroup counts pages actually touched and ends a
breach with an OOM kill the parent can *count* (``oom_kill_count``), which maps cleanly to MLE;
the pids cgroup stops a fork bomb host-wide, whatever the uid.

Where: slot groups are created beneath the caller's OWN cgroup (read from /proc/self/cgroup),
e.g. ``<own memory cgroup>/grindstone/slot-3``, so the judge stays inside whatever limits the
host put on it and never needs the hierarchy root. On v2 the parent must delegate memory and
pids (``cgroup.subtree_control``); a v2 cgroup that holds processes cannot, so on v2 start the
judge in a delegated, otherwise empty cgroup (e.g. a systemd unit with ``Delegate=yes``).

Membership plan (measured, see bench/isolation.py): the slot's zygote joins the slot group
once and children inherit it at fork; writing each child's pid to ``cgroup.procs`` instead
costs a migration per submission. The zygote protects itself with ``oom_score_adj`` -1000 and
each child raises its own to 1000, so a memory breach kills the child, never the zygote. The
limit therefore covers the zygote's resident memory plus the child's; the child's own peak is
best read from ``os.wait4``'s ``ru_maxrss``.
"""

from __future__ import annotations

import errno
import os
import time
from dataclasses import dataclass

__all__ = ["CgroupLayout", "detect", "SlotCgroup", "set_oom_score_adj"]


@dataclass(frozen=True)
class CgroupLayout:
    """Where this process's memory and pids cgroups live (the same dir on v2)."""
    version: int
    memory_base: str
    pids_base: str


def _mounts() -> list[tuple[str, str, str, set[str]]]:
    """(mount point, root inside the hierarchy, fs type, super options) per cgroup mount."""
    found = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            left, _, right = line.partition(" - ")
            fields, rfields = left.split(), right.split()
            if rfields and rfields[0] in ("cgroup", "cgroup2"):
                opts = set(rfields[2].split(",")) if len(rfields) > 2 else set()
                found.append((fields[4], fields[3], rfields[0], opts))
    return found


def _own_paths() -> dict[str, str]:
    """Controller name ("" for v2) -> this process's cgroup path, from /proc/self/cgroup."""
    paths: dict[str, str] = {}
    with open("/proc/self/cgroup") as f:
        for line in f:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            for name in controllers.split(",") if controllers else [""]:
                paths[name] = path
    return paths


def _join(mount_point: str, mount_root: str, path: str) -> str:
    if mount_root != "/" and path.startswith(mount_root):
        path = path[len(mount_root):]
    return os.path.join(mount_point, path.lstrip("/")).rstrip("/")


def detect() -> CgroupLayout | None:
    """v2 when a cgroup2 mount offers memory and pids to us, else v1, else ``None``."""
    mounts, own = _mounts(), _own_paths()
    for point, root, fstype, _ in mounts:
        if fstype == "cgroup2" and "" in own:
            base = _join(point, root, own[""])
            try:
                with open(os.path.join(base, "cgroup.controllers")) as f:
                    controllers = set(f.read().split())
            except OSError:
                continue
            if {"memory", "pids"} <= controllers:
                return CgroupLayout(2, base, base)
    bases = {}
    for controller in ("memory", "pids"):
        for point, root, fstype, opts in mounts:
            if fstype == "cgroup" and controller in opts and controller in own:
                bases[controller] = _join(point, root, own[controller])
    if len(bases) == 2:
        return CgroupLayout(1, bases["memory"], bases["pids"])
    return None


def _write(path: str, value: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
    try:
        os.write(fd, value.encode())
    finally:
        os.close(fd)


def _read(path: str) -> str:
    with open(path) as f:
        return f.read()


def _keyed(path: str, key: str) -> int:
    for line in _read(path).splitlines():
        name, _, value = line.partition(" ")
        if name == key:
            return int(value)
    return 0


def set_oom_score_adj(value: int, pid: int | str = "self") -> None:
    """-1000 (never kill; the zygote) .. 1000 (kill first; each child). Lowering needs root."""
    _write(f"/proc/{pid}/oom_score_adj", str(int(value)))


class SlotCgroup:
    """One slot's memory + pids cgroup. ``create`` is idempotent and reuses leftovers."""

    def __init__(self, layout: CgroupLayout, name: str):
        self.layout, self.name = layout, name.strip("/")
        self.memory_dir = os.path.join(layout.memory_base, self.name)
        self.pids_dir = os.path.join(layout.pids_base, self.name)

    @classmethod
    def create(cls, name: str, layout: CgroupLayout | None = None) -> "SlotCgroup":
        layout = layout or detect()
        if layout is None:
            raise OSError(errno.ENOENT, "no memory+pids cgroup hierarchy found")
        group = cls(layout, name)
        if layout.version == 2:
            group._make_v2_path()
        else:
            os.makedirs(group.memory_dir, exist_ok=True)
            os.makedirs(group.pids_dir, exist_ok=True)
        return group

    def _make_v2_path(self) -> None:
        """Create each level and delegate memory+pids down to the leaf."""
        current = self.layout.memory_base
        for part in self.name.split("/"):
            try:
                _write(os.path.join(current, "cgroup.subtree_control"), "+memory +pids")
            except OSError as exc:
                if exc.errno != errno.EBUSY or part != self.name.split("/")[0]:
                    raise
                raise OSError(exc.errno, f"{current} holds processes and cannot delegate "
                              "memory/pids; start the judge in an empty delegated cgroup") from exc
            current = os.path.join(current, part)
            os.makedirs(current, exist_ok=True)

    def _dirs(self) -> list[str]:
        return [self.memory_dir] if self.layout.version == 2 else [self.memory_dir, self.pids_dir]

    def set_memory_limit(self, limit_bytes: int) -> None:
        """Memory limit with no swap. v1 keeps memory <= memory+swap at every step."""
        value = str(int(limit_bytes))
        if self.layout.version == 2:
            _write(os.path.join(self.memory_dir, "memory.max"), value)
            swap = os.path.join(self.memory_dir, "memory.swap.max")
            if os.path.exists(swap):
                _write(swap, "0")
            return
        mem = os.path.join(self.memory_dir, "memory.limit_in_bytes")
        memsw = os.path.join(self.memory_dir, "memory.memsw.limit_in_bytes")
        order = [mem, memsw] if int(limit_bytes) < int(_read(mem)) else [memsw, mem]
        for path in order:
            if os.path.exists(path):  # memsw exists only with swap accounting
                _write(path, value)

    def set_pids_max(self, n: int) -> None:
        _write(os.path.join(self.pids_dir, "pids.max"), str(int(n)))

    def add_process(self, pid: int) -> None:
        """Move ``pid`` (the whole process) into the group; its later children inherit it."""
        for directory in self._dirs():
            _write(os.path.join(directory, "cgroup.procs"), str(int(pid)))

    def procs(self) -> list[int]:
        return [int(p) for p in _read(os.path.join(self.memory_dir, "cgroup.procs")).split()]

    def oom_kill_count(self) -> int:
        """OOM kills in this group so far (compare before/after a run to detect MLE)."""
        if self.layout.version == 2:
            return _keyed(os.path.join(self.memory_dir, "memory.events"), "oom_kill")
        return _keyed(os.path.join(self.memory_dir, "memory.oom_control"), "oom_kill")

    def memory_usage(self) -> int:
        """Bytes charged to the group now (e.g. the idle zygote's share, to add to a limit)."""
        name = "memory.current" if self.layout.version == 2 else "memory.usage_in_bytes"
        return int(_read(os.path.join(self.memory_dir, name)))

    def memory_peak(self) -> int | None:
        """Peak usage of the group (zygote + children), ``None`` when the kernel lacks it."""
        name = "memory.peak" if self.layout.version == 2 else "memory.max_usage_in_bytes"
        try:
            return int(_read(os.path.join(self.memory_dir, name)))
        except (OSError, ValueError):
            return None

    def kill_all(self) -> None:
        """SIGKILL everything still in the group (cleanup after a crashed zygote)."""
        kill_file = os.path.join(self.memory_dir, "cgroup.kill")
        if self.layout.version == 2 and os.path.exists(kill_file):
            _write(kill_file, "1")
            return
        for pid in self.procs():
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass

    def remove(self, prune_parents: bool = False, timeout: float = 2.0) -> None:
        """rmdir the group (it must be empty: exited *and reaped*); optionally empty parents."""
        for directory, base in zip(self._dirs(), (self.layout.memory_base, self.layout.pids_base)):
            _rmdir_retry(directory, timeout)
            parent = os.path.dirname(directory)
            while prune_parents and parent.startswith(base + "/"):
                try:
                    os.rmdir(parent)
                except OSError:
                    break
                parent = os.path.dirname(parent)


def _rmdir_retry(directory: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            os.rmdir(directory)
            return
        except FileNotFoundError:
            return
        except OSError as exc:  # EBUSY while an exiting task is still being released
            if exc.errno != errno.EBUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
