"""Landlock: the filesystem, TCP and signal wall of a sandboxed child.

Why Landlock and not seccomp for files: a seccomp rule sees only syscall numbers and raw
register values, so path or flag policy on ``open`` is bypassed by ``openat2``/``creat``.
Landlock checks the object itself, needs no privilege, and stacks.

The ruleset is built ONCE in the zygote (``build_ruleset``) and the fd is inherited by every
forked child, which calls ``restrict_self`` (after ``no_new_privs``) and must then CLOSE the
fd: rules added to a ruleset after a domain was made from it do not change that domain, but
they would change every later child, so a child holding the fd could poison its successors
(the seccomp filter also denies ``landlock_add_rule`` for that reason).

What the child may read: nothing. The zygote pre-imports everything the harness and user code
may use, so after fork no file needs opening; ``read_only_paths`` exists for callers that want
to allow lazy imports (e.g. the interpreter prefix) and is empty by default.

Every right the running ABI knows is "handled", which means denied unless a rule allows it:
execute, write, create (any node type), remove, rename/link across dirs (refer), truncate and
device ioctls everywhere; TCP bind/connect (ABI 4+); and the child is scoped (ABI 6+) so it
cannot signal or reach abstract unix sockets of processes outside its own domain, i.e. the
zygote, the worker or any other host process.
"""

from __future__ import annotations

import ctypes
import errno
import os

from . import libc

__all__ = ["abi_version", "handled_fs_access", "build_ruleset", "restrict_self",
           "ACCESS_FS_READ_FILE", "ACCESS_FS_READ_DIR"]

LANDLOCK_CREATE_RULESET_VERSION = 1 << 0
LANDLOCK_RULE_PATH_BENEATH = 1

ACCESS_FS_EXECUTE = 1 << 0
ACCESS_FS_WRITE_FILE = 1 << 1
ACCESS_FS_READ_FILE = 1 << 2
ACCESS_FS_READ_DIR = 1 << 3
ACCESS_FS_REMOVE_DIR = 1 << 4
ACCESS_FS_REMOVE_FILE = 1 << 5
ACCESS_FS_MAKE_CHAR = 1 << 6
ACCESS_FS_MAKE_DIR = 1 << 7
ACCESS_FS_MAKE_REG = 1 << 8
ACCESS_FS_MAKE_SOCK = 1 << 9
ACCESS_FS_MAKE_FIFO = 1 << 10
ACCESS_FS_MAKE_BLOCK = 1 << 11
ACCESS_FS_MAKE_SYM = 1 << 12
ACCESS_FS_REFER = 1 << 13       # ABI 2
ACCESS_FS_TRUNCATE = 1 << 14    # ABI 3
ACCESS_FS_IOCTL_DEV = 1 << 15   # ABI 5

ACCESS_NET_BIND_TCP = 1 << 0    # ABI 4
ACCESS_NET_CONNECT_TCP = 1 << 1  # ABI 4

SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
SCOPE_SIGNAL = 1 << 1                # ABI 6

_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1}


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64),
                ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def abi_version() -> int:
    """The Landlock ABI the kernel offers, 0 when Landlock is missing or disabled."""
    try:
        return libc.landlock_create_ruleset(None, 0, LANDLOCK_CREATE_RULESET_VERSION)
    except OSError as exc:
        if exc.errno in (errno.ENOSYS, errno.EOPNOTSUPP):
            return 0
        raise


def handled_fs_access(abi: int) -> int:
    """All filesystem rights of ``abi`` (newer ABIs add rights; none removed so far)."""
    return _FS_BY_ABI.get(abi, (1 << 16) - 1) if abi > 0 else 0


def build_ruleset(read_only_paths: list[str] | tuple[str, ...] = ()) -> int:
    """Create the ruleset and return its fd (``O_CLOEXEC``); the caller owns and closes it.

    ``read_only_paths`` get read_file (+ read_dir for directories) beneath them; nothing
    else is granted. Raises ``OSError(EOPNOTSUPP)`` when Landlock is unavailable, so a
    caller cannot mistake "no wall" for "wall built".
    """
    abi = abi_version()
    if abi == 0:
        raise OSError(errno.EOPNOTSUPP, "Landlock is not available on this kernel")
    attr = _RulesetAttr(handled_access_fs=handled_fs_access(abi))
    size = ctypes.sizeof(ctypes.c_uint64)
    if abi >= 4:
        attr.handled_access_net = ACCESS_NET_BIND_TCP | ACCESS_NET_CONNECT_TCP
        size = 2 * ctypes.sizeof(ctypes.c_uint64)
    if abi >= 6:
        attr.scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
        size = ctypes.sizeof(_RulesetAttr)
    fd = libc.landlock_create_ruleset(attr, size, 0)
    try:
        for path in read_only_paths:
            _allow_read(fd, path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _allow_read(ruleset_fd: int, path: str) -> None:
    """Add a read-only rule; a rule on a file may only carry file rights (else EINVAL)."""
    path_fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    try:
        rights = ACCESS_FS_READ_FILE
        if os.path.isdir(path):
            rights |= ACCESS_FS_READ_DIR
        rule = _PathBeneathAttr(allowed_access=rights, parent_fd=path_fd)
        libc.landlock_add_rule(ruleset_fd, LANDLOCK_RULE_PATH_BENEATH, rule)
    finally:
        os.close(path_fd)


def restrict_self(ruleset_fd: int, *, close: bool = True) -> None:
    """Enforce the ruleset on the calling thread (and what it later creates).

    Only the calling thread is restricted: call it in a single-threaded child, before any
    thread starts. Requires ``no_new_privs`` (or CAP_SYS_ADMIN). Closes the fd by default,
    see the module docstring for why the child must not keep it.
    """
    try:
        libc.landlock_restrict_self(ruleset_fd, 0)
    finally:
        if close:
            os.close(ruleset_fd)
