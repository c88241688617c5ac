"""ctypes bindings for the kernel calls Python 3.11 does not expose.

Why this module exists: ``os.unshare``/``os.setns`` only arrived in Python 3.12, and the
standard library has no ``prctl``, ``mount``, ``seccomp`` or Landlock at all. Every wrapper
raises ``OSError`` with the real errno, like the ``os`` functions do, so callers handle
failures the same way whichever layer produced them.

Nothing here allocates or imports lazily after the first call, so the wrappers are safe to
use in a freshly forked child that can no longer read the interpreter's files.
"""

from __future__ import annotations

import ctypes
import os
import platform

__all__ = [
    "CLONE_NEWNS", "CLONE_NEWUTS", "CLONE_NEWIPC", "CLONE_NEWNET", "CLONE_NEWPID",
    "CLONE_NEWUSER", "CLONE_NEWCGROUP", "CLONE_THREAD",
    "unshare", "setns", "prctl", "set_no_new_privs", "get_no_new_privs",
    "set_parent_death_signal", "mount", "syscall",
    "landlock_create_ruleset", "landlock_add_rule", "landlock_restrict_self",
]

# <linux/sched.h>
CLONE_THREAD = 0x00010000
CLONE_NEWNS = 0x00020000
CLONE_NEWCGROUP = 0x02000000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000

# <linux/prctl.h>, <linux/seccomp.h>
PR_SET_PDEATHSIG = 1
PR_GET_SECCOMP = 21
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38
PR_GET_NO_NEW_PRIVS = 39
SECCOMP_MODE_FILTER = 2

# <linux/mount.h>
MS_REC = 0x4000
MS_PRIVATE = 1 << 18

# Syscalls glibc 2.36 has no wrapper for. Landlock sits in the unified table that every
# architecture shares since Linux 5.1, so x86_64 and aarch64 (generic table) agree.
_SYSCALL_NUMBERS = {
    "x86_64": {"landlock_create_ruleset": 444, "landlock_add_rule": 445,
               "landlock_restrict_self": 446},
    "aarch64": {"landlock_create_ruleset": 444, "landlock_add_rule": 445,
                "landlock_restrict_self": 446},
}

# CDLL(None) is the running program, which links libc: no find_library (it runs ldconfig).
_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long
_libc.unshare.argtypes = [ctypes.c_int]
_libc.setns.argtypes = [ctypes.c_int, ctypes.c_int]
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                        ctypes.c_ulong]
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong,
                        ctypes.c_void_p]


def _check(result: int) -> int:
    """Turn the C convention (-1 and errno) into an ``OSError``."""
    if result == -1:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    return result


def _nr(name: str) -> int:
    try:
        return _SYSCALL_NUMBERS[platform.machine()][name]
    except KeyError:
        raise OSError(38, f"{name}: unknown syscall number on {platform.machine()}") from None


def syscall(number: int, *args: int | ctypes.c_void_p | None) -> int:
    """``syscall(2)``: every argument is passed as a C long so variadic passing is exact."""
    cargs = [a if isinstance(a, ctypes.c_void_p) else ctypes.c_long(a or 0) for a in args]
    return _check(_libc.syscall(ctypes.c_long(number), *cargs))


def unshare(flags: int) -> None:
    """``unshare(2)``: move the caller into new namespaces (``CLONE_NEW*`` flags)."""
    _check(_libc.unshare(flags))


def setns(fd: int, nstype: int = 0) -> None:
    """``setns(2)``: join the namespace behind ``fd`` (an open ``/proc/<pid>/ns/*`` file)."""
    _check(_libc.setns(fd, nstype))


def prctl(option: int, arg2: int = 0, arg3: int = 0, arg4: int = 0, arg5: int = 0) -> int:
    return _check(_libc.prctl(option, arg2, arg3, arg4, arg5))


def set_no_new_privs() -> None:
    """No set-uid, file capabilities or LSM transitions from now on; needed before an
    unprivileged Landlock restrict or seccomp filter, and irreversible."""
    prctl(PR_SET_NO_NEW_PRIVS, 1)


def get_no_new_privs() -> bool:
    return prctl(PR_GET_NO_NEW_PRIVS) == 1


def set_parent_death_signal(signum: int) -> None:
    """Ask the kernel to send ``signum`` when the parent (the zygote) dies."""
    prctl(PR_SET_PDEATHSIG, signum)


def mount(source: str | None, target: str, fstype: str | None, flags: int,
          data: str | None = None) -> None:
    enc = (lambda s: None if s is None else s.encode())
    _check(_libc.mount(enc(source), target.encode(), enc(fstype), flags,
                       None if data is None else ctypes.c_char_p(data.encode())))


def landlock_create_ruleset(attr: ctypes.Structure | None, size: int, flags: int) -> int:
    ptr = ctypes.c_void_p(ctypes.addressof(attr)) if attr is not None else ctypes.c_void_p(0)
    return syscall(_nr("landlock_create_ruleset"), ptr, size, flags)


def landlock_add_rule(ruleset_fd: int, rule_type: int, attr: ctypes.Structure,
                      flags: int = 0) -> None:
    syscall(_nr("landlock_add_rule"), ruleset_fd, rule_type,
            ctypes.c_void_p(ctypes.addressof(attr)), flags)


def landlock_restrict_self(ruleset_fd: int, flags: int = 0) -> None:
    syscall(_nr("landlock_restrict_self"), ruleset_fd, flags)
