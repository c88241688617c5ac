"""The seccomp filter: the syscall wall of a sandboxed child.

Built once with libseccomp (``build_bpf``, about half a millisecond) in the zygote and exported
as raw classic-BPF bytes; each child installs those bytes with one ``prctl`` (``load_bpf``), so
no libseccomp work happens per submission.

Policy: default ALLOW, deny a list. File and network policy is deliberately NOT here (Landlock
and namespaces own it: a rule on paths or open flags is bypassed by sibling syscalls). What is
here are kernel surfaces a solution never needs: new processes and programs, debugging other
processes, namespaces and mounts (old and new mount API), kernel modules/keys/BPF/perf,
io_uring, SysV IPC (its objects outlive the process), identity changes and a few
historically exploitable calls.

Denials return EPERM so the harness sees an ordinary ``PermissionError`` and the parent can
report a clean ``RE``; nothing here is safer killed than refused, since a refused call has no
effect. ``clone3`` returns ENOSYS so glibc falls back to ``clone``, whose flags register can be
inspected: clone is allowed only with CLONE_THREAD (threads; a process is refused) and never
with a namespace flag. A foreign architecture (i386 ``int 0x80``, x32) kills the process.

``socket`` is refused for every family, AF_UNIX included: the net namespace already removes
TCP/IP, but pathname unix sockets on the host filesystem (PostgreSQL, Redis, Docker) are not
covered by Landlock ABI <= 7. ``socketpair`` stays allowed (it reaches nothing outside).
``landlock_*`` and ``seccomp`` are refused too: nesting could only restrict further, but the
inherited ruleset fd must never be edited (see landlock.py) and no solution uses them.
Signals (kill/tkill/tgkill) are not filtered here: Landlock's signal scope and the uid switch
confine them to the child's own domain.
"""

from __future__ import annotations

import ctypes
import errno
import os

import pyseccomp as sc

from . import libc

__all__ = ["DENIED_SYSCALLS", "build_bpf", "load_bpf", "filter_mode"]

DENIED_SYSCALLS: tuple[str, ...] = (
    # new processes and new programs
    "execve", "execveat", "fork", "vfork",
    # other processes' memory, handles and debugging
    "ptrace", "process_vm_readv", "process_vm_writev", "process_madvise", "kcmp",
    "pidfd_open", "pidfd_getfd", "pidfd_send_signal",
    # namespaces and mounts, including the new mount API
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "open_tree",
    "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
    # kernel facilities with a history of bugs or host-wide effect
    "bpf", "keyctl", "add_key", "request_key", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register", "kexec_load",
    "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot",
    "swapon", "swapoff", "acct", "quotactl", "quotactl_fd", "syslog", "vhangup",
    "lookup_dcookie", "open_by_handle_at", "name_to_handle_at", "fanotify_init",
    "modify_ldt", "uselib", "iopl", "ioperm", "nfsservctl", "memfd_secret",
    "migrate_pages", "move_pages", "mbind", "set_mempolicy", "set_mempolicy_home_node",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
    "sethostname", "setdomainname",
    # SysV IPC: objects outlive the process
    "shmget", "shmat", "msgget", "semget",
    # identity and privilege
    "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setfsuid",
    "setfsgid", "setgroups", "capset",
    # networking (see module docstring) and sandbox self-modification
    "socket", "landlock_create_ruleset", "landlock_add_rule", "landlock_restrict_self",
    "seccomp",
)

_NAMESPACE_FLAGS = (libc.CLONE_NEWNS, libc.CLONE_NEWCGROUP, libc.CLONE_NEWUTS,
                    libc.CLONE_NEWIPC, libc.CLONE_NEWUSER, libc.CLONE_NEWPID,
                    libc.CLONE_NEWNET)
_TIOCSTI, _TIOCLINUX = 0x5412, 0x541C
_PERSONALITY_QUERY = 0xFFFFFFFF
_U32 = 0xFFFFFFFF
# aarch64 passes clone's flags in the first argument too; only s390 swaps the first two.
_CLONE_FLAGS_ARG = 0


def build_bpf() -> bytes:
    """Build the filter for the native architecture and return it as classic BPF bytes."""
    deny = sc.ERRNO(errno.EPERM)
    flt = sc.SyscallFilter(sc.ALLOW)
    flt.set_attr(sc.Attr.ACT_BADARCH, sc.KILL_PROCESS)
    for name in DENIED_SYSCALLS:
        if sc.resolve_syscall(sc.Arch.NATIVE, name) < 0 and name in _ABSENT_OK:
            continue  # e.g. fork/vfork/modify_ldt do not exist on aarch64
        flt.add_rule(deny, name)
    flt.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
    flt.add_rule(deny, "clone", sc.Arg(_CLONE_FLAGS_ARG, sc.MASKED_EQ, libc.CLONE_THREAD, 0))
    for flag in _NAMESPACE_FLAGS:
        flt.add_rule(deny, "clone", sc.Arg(_CLONE_FLAGS_ARG, sc.MASKED_EQ, flag, flag))
    # ioctl's command is a 32-bit int: compare only the low half, or 1<<32|TIOCSTI slips by.
    for request in (_TIOCSTI, _TIOCLINUX):
        flt.add_rule(deny, "ioctl", sc.Arg(1, sc.MASKED_EQ, _U32, request))
    # personality(0xffffffff) only queries; any other value could change the next exec.
    flt.add_rule(deny, "personality", sc.Arg(0, sc.NE, _PERSONALITY_QUERY))
    return _export(flt)


_ABSENT_OK = frozenset({"fork", "vfork", "modify_ldt", "uselib", "iopl", "ioperm"})


def _export(flt: sc.SyscallFilter) -> bytes:
    fd = os.memfd_create("seccomp-bpf", os.MFD_CLOEXEC)
    try:
        with os.fdopen(os.dup(fd), "rb", closefd=True) as stream:
            flt.export_bpf(stream)
            os.lseek(fd, 0, os.SEEK_SET)
            data = os.read(fd, os.fstat(fd).st_size)
    finally:
        os.close(fd)
    if not data or len(data) % 8:
        raise OSError(errno.EINVAL, f"seccomp export gave {len(data)} bytes")
    return data


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def load_bpf(bpf: bytes) -> None:
    """Install ``bpf`` on the calling thread (and threads it later creates).

    Needs ``no_new_privs`` first (unless CAP_SYS_ADMIN). Filters stack and cannot be removed.
    """
    if not bpf or len(bpf) % 8:
        raise ValueError("BPF program must be a non-empty multiple of 8 bytes")
    buf = ctypes.create_string_buffer(bpf, len(bpf))
    prog = _SockFprog(len(bpf) // 8, ctypes.addressof(buf))
    libc.prctl(libc.PR_SET_SECCOMP, libc.SECCOMP_MODE_FILTER, ctypes.addressof(prog))


def filter_mode() -> int:
    """0 = no seccomp, 1 = strict, 2 = filter (``PR_GET_SECCOMP``)."""
    return libc.prctl(libc.PR_GET_SECCOMP)
