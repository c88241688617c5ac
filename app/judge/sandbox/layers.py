"""The isolation sequence: once for the zygote, then per child right after fork.

Why this order in the child (``isolate_child``):
1. parent-death signal: a child whose zygote dies must not outlive it;
2. close every fd except the keep-list, before anything can use a leaked one;
3. oom_score_adj 1000, while still root: the OOM killer takes the child, never the zygote;
   then, only if the plan asks, join the slot cgroup (inheriting it from the zygote is cheaper);
4. per-child namespaces (if any; needs root);
5. rlimits (CPU soft = hard, see rlimits.py);
6. setgroups([]) / setresgid / setresuid to the slot's own uid: drops every capability, makes
   RLIMIT_NPROC hold, and file permissions and signals to root processes refuse;
7. no_new_privs (required by 8 and 9 without CAP_SYS_ADMIN);
8. Landlock restrict_self, which also closes the shared ruleset fd;
9. seccomp last, so the steps above may still use the calls it forbids.
Each step is switched off by leaving its field of ``IsolationPlan`` at None/0/False. Any
failure raises: the caller must ``os._exit`` with an internal-error code and never run the
submission. Call it first thing after fork: a forked child is single-threaded by construction,
and Landlock and seccomp bind only the calling thread and the threads it creates later.

PID namespace, fresh per child: ``fork_in_new_pid_ns`` has the zygote ``unshare(CLONE_NEWPID)``
(which only changes where its *next* child goes), fork (the child is pid 1 of a new namespace
and sees no other process), then ``setns`` back to the zygote's own namespace fd so its
``pid_for_children`` is reset. The zygote must not start threads between the two calls
(clone(CLONE_THREAD) fails with EINVAL while they differ).

Net, IPC, UTS and mount namespaces are made once by ``isolate_zygote`` and inherited for free.
The new net namespace has only ``lo``, down; mounts are made private so nothing propagates.
"""

from __future__ import annotations

import os
import resource
import signal
from dataclasses import dataclass

from . import cgroups, landlock, libc, rlimits, seccomp_filter

__all__ = ["SLOT_UID_BASE", "IsolationPlan", "isolate_zygote", "isolate_child",
           "open_pid_ns", "fork_in_new_pid_ns", "close_fds_except", "switch_uid",
           "ZYGOTE_NAMESPACES"]

SLOT_UID_BASE = 61000  # slot n runs as uid/gid 61000 + n; no passwd entry is needed
ZYGOTE_NAMESPACES = libc.CLONE_NEWNET | libc.CLONE_NEWIPC | libc.CLONE_NEWUTS | libc.CLONE_NEWNS


@dataclass(frozen=True)
class IsolationPlan:
    """Everything a child needs to wall itself in, built once in the zygote."""
    uid: int | None = None                  # slot uid; None keeps the current identity
    gid: int | None = None                  # defaults to uid
    cpu_seconds: int | None = 10            # None: no rlimits at all
    address_space_bytes: int | None = None  # RLIMIT_AS backstop; the cgroup is the real limit
    nofile: int = 64
    fsize: int = 0
    nproc: int = 2                          # per uid, threads included: main + harness thread
    stack_bytes: int | None = None
    landlock_ruleset_fd: int | None = None  # from landlock.build_ruleset()
    seccomp_bpf: bytes | None = None        # from seccomp_filter.build_bpf()
    unshare_flags: int = 0                  # per-child namespaces beyond the zygote's
    cgroup: cgroups.SlotCgroup | None = None  # per-child join; prefer the zygote living there
    keep_fds: tuple[int, ...] = ()          # 0-2 are closed unless listed
    close_fds: bool = True
    oom_score_adj: int | None = 1000
    no_new_privs: bool = True
    parent_death_signal: int | None = signal.SIGKILL

    @classmethod
    def for_slot(cls, slot: int, **fields) -> "IsolationPlan":
        return cls(uid=SLOT_UID_BASE + slot, gid=SLOT_UID_BASE + slot, **fields)


def isolate_zygote(namespaces: int = ZYGOTE_NAMESPACES, oom_score_adj: int | None = -1000,
                   cgroup: cgroups.SlotCgroup | None = None) -> int:
    """Once, in the freshly exec'd zygote (root): namespaces, OOM immunity, cgroup membership.

    Join the cgroup AFTER pre-importing: neither v1 (move_charge_at_immigrate 0) nor v2 moves
    pages already charged, so the slot's limit then counts only what children add.

    Returns the zygote's effective oom_score_adj. Lowering it needs CAP_SYS_RESOURCE, which
    some containers withhold from root (this machine does): the zygote then keeps its current
    value, which is still safe because every child raises its own to 1000 and the OOM killer
    takes the highest score.
    """
    if namespaces:
        libc.unshare(namespaces)
        if namespaces & libc.CLONE_NEWNS:
            libc.mount(None, "/", None, libc.MS_REC | libc.MS_PRIVATE)
    if oom_score_adj is not None:
        try:
            cgroups.set_oom_score_adj(oom_score_adj)
        except PermissionError:
            pass
    if cgroup is not None:
        cgroup.add_process(0)  # 0 = the writer itself; children inherit membership at fork
    with open("/proc/self/oom_score_adj") as f:
        return int(f.read())


def open_pid_ns() -> int:
    """An fd on the caller's own PID namespace, for ``fork_in_new_pid_ns``."""
    return os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)


def fork_in_new_pid_ns(own_pid_ns_fd: int) -> int:
    """``os.fork()`` with the child as pid 1 of a brand-new PID namespace (needs root).

    Returns like ``os.fork``: 0 in the child, the child's pid (as the caller sees it) in the
    parent. The parent's ``pid_for_children`` is restored even when fork fails.
    """
    libc.unshare(libc.CLONE_NEWPID)
    try:
        pid = os.fork()
    except BaseException:
        libc.setns(own_pid_ns_fd, libc.CLONE_NEWPID)
        raise
    if pid:
        libc.setns(own_pid_ns_fd, libc.CLONE_NEWPID)
    return pid


def close_fds_except(keep: tuple[int, ...] | list[int]) -> None:
    """Close every descriptor not in ``keep`` (close_range(2) under ``os.closerange``)."""
    top = max(resource.getrlimit(resource.RLIMIT_NOFILE)[1], max(keep, default=0) + 1)
    low = 0
    for fd in sorted({fd for fd in keep if fd >= 0}):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, top)


def switch_uid(uid: int, gid: int) -> None:
    """Drop to ``uid``/``gid`` for real, effective and saved ids, with no extra groups."""
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)


def isolate_child(plan: IsolationPlan) -> None:
    """Apply ``plan`` in the order documented above. Raises on any failure."""
    if plan.parent_death_signal is not None:
        libc.set_parent_death_signal(plan.parent_death_signal)
    if plan.close_fds:
        keep = tuple(plan.keep_fds)
        if plan.landlock_ruleset_fd is not None:
            keep += (plan.landlock_ruleset_fd,)
        close_fds_except(keep)
    if plan.oom_score_adj is not None:
        cgroups.set_oom_score_adj(plan.oom_score_adj)
    if plan.cgroup is not None:
        plan.cgroup.add_process(0)
    if plan.unshare_flags:
        libc.unshare(plan.unshare_flags)
    if plan.cpu_seconds is not None:
        rlimits.apply_child_limits(plan.cpu_seconds, plan.address_space_bytes, nofile=plan.nofile,
                                   fsize=plan.fsize, nproc=plan.nproc,
                                   stack_bytes=plan.stack_bytes)
    if plan.uid is not None:
        switch_uid(plan.uid, plan.uid if plan.gid is None else plan.gid)
    if plan.no_new_privs:
        libc.set_no_new_privs()
    if plan.landlock_ruleset_fd is not None:
        landlock.restrict_self(plan.landlock_ruleset_fd, close=True)
    if plan.seccomp_bpf is not None:
        seccomp_filter.load_bpf(plan.seccomp_bpf)
