"""Resource limits of a sandboxed child.

Why soft = hard for CPU: the child is pid 1 of its own PID namespace, and pid 1 ignores every
signal whose default action would kill it, including the SIGXCPU sent at the soft limit (a
soft 2 / hard 3 loop ran 2.97 s). Only the SIGKILL at the hard limit is delivered, so the hard
limit is the real limit and the soft one is set equal to make that explicit.

Other notes measured on this machine:
- RLIMIT_FSIZE 0 makes file writes fail with ``OSError(EFBIG)`` (CPython ignores SIGXFSZ).
  Pipes are not files, so the child's result pipe is unaffected.
- RLIMIT_NPROC counts every task (threads too) of the *real uid*, host-wide, and root ignores
  it: it only holds after the uid switch and needs one uid per slot. 0 forbids even the
  harness's own thread; 2 allows the main thread plus exactly one (see layers.IsolationPlan).
- RLIMIT_NOFILE is checked when an fd is created: fds already open above the limit (the
  sandbox's own, kept at 200 and up) stay usable.
- RLIMIT_AS is only a backstop; the memory cgroup is the real memory limit (it counts what is
  touched, not what is mapped, so numpy's large virtual reservations are not punished).
"""

from __future__ import annotations

import resource

__all__ = ["apply_child_limits"]


def _set(which: int, value: int) -> None:
    resource.setrlimit(which, (value, value))


def apply_child_limits(cpu_seconds: int, address_space_bytes: int | None, nofile: int = 64,
                       fsize: int = 0, nproc: int = 0, core: int = 0,
                       stack_bytes: int | None = None) -> None:
    """Set every limit with soft = hard, so the child can never raise one back.

    ``cpu_seconds`` must be >= 1 (0 would mean "no CPU at all" to some kernels and
    "unlimited" to readers). ``None`` leaves a limit as inherited.
    """
    if cpu_seconds < 1:
        raise ValueError("cpu_seconds must be at least 1")
    _set(resource.RLIMIT_CPU, int(cpu_seconds))
    if address_space_bytes is not None:
        _set(resource.RLIMIT_AS, int(address_space_bytes))
    if stack_bytes is not None:
        _set(resource.RLIMIT_STACK, int(stack_bytes))
    _set(resource.RLIMIT_NOFILE, int(nofile))
    _set(resource.RLIMIT_FSIZE, int(fsize))
    _set(resource.RLIMIT_NPROC, int(nproc))
    _set(resource.RLIMIT_CORE, int(core))
