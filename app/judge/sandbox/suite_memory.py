"""Where a zygote keeps a problem's decoded test inputs: on huge pages, so children read them fast.

Why: every child is a new address space, so its first read of each 4 KiB page of the inherited
inputs misses the TLB, and on a virtual machine (nested paging) each miss is a long page walk.
Five tests of 10^5 integers span about 5,000 such pages; reading them cost a child ~0.8 ms per test
here, as much as encoding its output. Objects on 2 MiB transparent huge pages need ~500 times
fewer walks.

How: CPython's object allocator (pymalloc) takes memory in 1 MiB arenas that can never be huge
pages. While the suite is decoded, object allocations go to glibc's malloc instead, whose heap the
zygote's environment marks for huge pages (``GLIBC_TUNABLES=glibc.malloc.hugetlb=1``), and large
blocks stay on that heap (``glibc.malloc.mmap_threshold``). Frees keep going through pymalloc,
which hands any block it does not own back to malloc (that is how it frees its own large
blocks), so an object freed later, under either allocator, goes to the allocator that made it.
Only the allocation functions change, and only for the decode; the learner's code runs on
pymalloc as everywhere else.

``PyMem_GetAllocator``/``PyMem_SetAllocator`` are CPython's public C API. The switch is skipped
(decoding still works, just without huge pages) where its premise may not hold: a debug build,
debug allocator hooks, or an interpreter that is not CPython.
"""
from __future__ import annotations

import contextlib
import ctypes
import platform
import sys
from typing import Iterator

PYMEM_DOMAIN_RAW, PYMEM_DOMAIN_OBJ = 0, 2


class _Allocator(ctypes.Structure):  # PyMemAllocatorEx
    _fields_ = [("ctx", ctypes.c_void_p), ("malloc", ctypes.c_void_p), ("calloc", ctypes.c_void_p),
                ("realloc", ctypes.c_void_p), ("free", ctypes.c_void_p)]


def _switchable() -> bool:
    # The zygote runs with -I, so PYTHONMALLOC cannot have installed hooks; -X dev would.
    return (platform.python_implementation() == "CPython" and not hasattr(sys, "gettotalrefcount")
            and not sys.flags.dev_mode)


def _get(domain: int) -> _Allocator:
    allocator = _Allocator()
    ctypes.pythonapi.PyMem_GetAllocator(ctypes.c_int(domain), ctypes.byref(allocator))
    return allocator


@contextlib.contextmanager
def objects_on_malloc() -> Iterator[bool]:
    """Objects allocated inside the block come from malloc; yields whether the switch happened."""
    if not _switchable():
        yield False
        return
    raw, objects = _get(PYMEM_DOMAIN_RAW), _get(PYMEM_DOMAIN_OBJ)
    if raw.ctx != objects.ctx:  # both NULL in CPython's own allocators; anything else is a hook
        yield False
        return
    hybrid = _Allocator(objects.ctx, raw.malloc, raw.calloc, objects.realloc, objects.free)
    ctypes.pythonapi.PyMem_SetAllocator(ctypes.c_int(PYMEM_DOMAIN_OBJ), ctypes.byref(hybrid))
    try:
        yield True
    finally:
        ctypes.pythonapi.PyMem_SetAllocator(ctypes.c_int(PYMEM_DOMAIN_OBJ), ctypes.byref(objects))
