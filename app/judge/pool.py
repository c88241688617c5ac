"""The inline pool: sandbox slots sized to the machine, each with its own zygote, cgroup and uid.

Two flavours of ``size`` slots each: zygotes with numpy pre-imported, and lighter ones without.
"""
from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Iterator

from app.judge.sandbox.slot import SandboxError, Slot

log = logging.getLogger(__name__)

ALL_LAYERS = ("rlimits", "no_new_privs", "seccomp", "landlock", "namespaces", "pid_namespace",
              "cgroup_memory", "cgroup_pids", "uid_switch")
ROOT_LAYERS = frozenset({"namespaces", "pid_namespace", "cgroup_memory", "cgroup_pids", "uid_switch"})


def resolve_layers(required: str | None) -> set[str]:
    """``auto``: every layer the current privilege allows; ``none``; or a comma list of layer names."""
    if required == "none":
        return set()
    if not required or required == "auto":
        if os.geteuid() == 0:
            return set(ALL_LAYERS)
        return set(ALL_LAYERS) - ROOT_LAYERS
    names = {name.strip() for name in required.split(",") if name.strip()}
    unknown = names - set(ALL_LAYERS)
    if unknown:
        raise SandboxError(f"unknown isolation layer(s) {', '.join(sorted(unknown))}; "
                           f"known: {', '.join(ALL_LAYERS)}")
    return names


class SandboxPool:
    def __init__(self, size: int, required_layers: str | None = "auto") -> None:
        self.size = size
        self.required = resolve_layers(required_layers)
        self.wanted = set(ALL_LAYERS) if os.geteuid() == 0 else set(ALL_LAYERS) - ROOT_LAYERS
        self.wanted |= self.required  # asking for a root layer without root fails loudly at start
        self._free: list[Slot] = []
        self._available = threading.Condition()
        self._slots: list[Slot] = []
        self._started = False
        self._start_lock = threading.Lock()
        self.active_layers: dict[str, str] = {}
        self.start_error: str | None = None  # why the last start failed (shown by /api/health)

    def start(self) -> None:
        with self._start_lock:
            if self._started:
                return
            try:
                cgroup_layout = _cgroup_layout() if self.wanted & {"cgroup_memory", "cgroup_pids"} else None
                # ``size`` slots whose zygotes pre-import numpy and ``size`` lighter ones without it:
                # a solution that never names numpy gets the cheaper fork (see gate.uses_numpy).
                for index in range(2 * self.size):
                    slot = Slot(index, self.wanted, _slot_cgroup(cgroup_layout, index),
                                numpy=index >= self.size)
                    self._slots.append(slot)
                with ThreadPoolExecutor(max_workers=len(self._slots)) as executor:
                    for future in [executor.submit(self._start_slot, slot) for slot in self._slots]:
                        future.result()
            except BaseException as exc:
                self.close()  # no zygote or cgroup left behind by a pool that could not start
                self.start_error = str(exc)
                raise
            self.start_error = None
            for slot in self._slots:
                self._release(slot)
            self.active_layers = self._slots[0].active_layers
            self._started = True

    def _start_slot(self, slot: Slot) -> None:
        active = slot.start()
        missing = sorted(name for name in self.required if active.get(name) != "on")
        if missing:
            slot.stop()
            raise SandboxError(
                f"required isolation layer(s) not active: {', '.join(missing)} "
                "(run `flask judge doctor`; lower JUDGE_REQUIRED_LAYERS only if you accept the risk)")

    @contextmanager
    def slot(self, timeout: float | None = None, prefer: str | None = None,
             numpy: bool = True) -> Iterator[Slot]:
        """A free slot of the asked flavour, preferring one whose zygote holds the ``prefer`` suite
        and has finished its last run (see ``_acquire``)."""
        self.start()
        slot = self._acquire(timeout, prefer, numpy)
        try:
            if not slot.alive():
                log.warning("sandbox slot %d: zygote gone, restarting", slot.index)
                slot.stop()
                self._start_slot(slot)
            yield slot
        except SandboxError:
            slot.stop()  # restarted on next use
            raise
        finally:
            self._release(slot)

    def _acquire(self, timeout: float | None, prefer: str | None, numpy: bool) -> Slot:
        with self._available:
            if not self._available.wait_for(lambda: any(s.numpy == numpy for s in self._free), timeout):
                raise SandboxError(f"no sandbox slot free within {timeout} s")
            # Least recently used first (released slots go to the end of the list).
            candidates = [i for i, slot in enumerate(self._free) if slot.numpy == numpy]
            holding = [i for i in candidates if self._free[i].tests_key == prefer]
            for index in holding:
                if not self._free[index].settling():
                    return self._free.pop(index)
            # Every slot holding the suite is still finishing its last child (which would make
            # this run wait for that): a slot holding no suite yet takes it on instead, so
            # back-to-back runs of one problem alternate between slots.
            for index in candidates:
                if self._free[index].tests_key is None:
                    return self._free.pop(index)
            return self._free.pop((holding or candidates)[0])

    def _release(self, slot: Slot) -> None:
        with self._available:
            self._free.append(slot)
            self._available.notify_all()  # waiters want different flavours

    def close(self) -> None:
        for slot in self._slots:
            slot.stop()
            if slot.cgroup is not None:
                try:
                    slot.cgroup.remove(prune_parents=True)
                except OSError:
                    pass
        self._slots.clear()
        with self._available:
            self._free.clear()
        self._started = False


def _cgroup_layout():
    from app.judge.sandbox import cgroups
    layout = cgroups.detect()
    if layout is None:
        raise SandboxError("no memory+pids cgroup hierarchy found; the cgroup layers cannot be used here")
    return layout


def _slot_cgroup(layout, index: int):
    if layout is None:
        return None
    from app.judge.sandbox import cgroups
    # Per-process names: tests, web workers and judge workers on one host never share a group.
    try:
        return cgroups.SlotCgroup.create(f"grindstone/p{os.getpid()}/slot-{index}", layout)
    except OSError as exc:
        raise SandboxError(f"cannot create the sandbox's cgroup ({exc}); the cgroup layers need root "
                           "and a writable memory+pids hierarchy") from None
