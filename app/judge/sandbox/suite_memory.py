"""How a problem's test inputs reach a zygote, and where it keeps them decoded: on huge pages.

Transport: the parent writes the suite's JSON blobs to a memfd (``write_suite``: a header of
sizes, then the blobs); the zygote maps it and decodes each blob in place (``read_suite``). No copy
of the megabytes passes through the zygote's heap, so the heap keeps no freed holes, and
``release_free_memory`` returns those a previous suite left. Why it matters: a child's first large
allocation (its first test's output) would land in such a hole, copy-on-write memory faulted
4 KiB at a time (~300 faults, about 1 ms for a 1 MB output here); fresh heap comes in 2 MiB pages.

Huge pages: every child is a new address space, so its first read of each 4 KiB page of the
inherited inputs misses the TLB, and on a virtual machine (nested paging) each miss is a long
page walk. Five tests of 10^5 integers span about 5,000 such pages; reading them cost a child
~0.8 ms per test here, as much as encoding its output. On 2 MiB pages that cost all but vanishes.

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
import mmap
import os
import platform
import struct
import sys
from typing import Iterator

import orjson

PYMEM_DOMAIN_RAW, PYMEM_DOMAIN_OBJ = 0, 2
_IOV_MAX = 512  # writev takes at most IOV_MAX (1024 on Linux) buffers per call


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


def release_free_memory() -> None:
    """Give the pages of freed heap blocks (the previous suite's) back to the kernel.

    A child's large allocation may land in such a block: while its pages are still the zygote's,
    each 4 KiB is copied on write; once released, the child gets fresh (huge) pages instead."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def write_suite(fd: int, blobs: list[bytes]) -> None:
    """Header (count, then each blob's size: little-endian u64) and the blobs, to ``fd``."""
    parts = [memoryview(struct.pack(f"<Q{len(blobs)}Q", len(blobs), *map(len, blobs)))]
    parts += [memoryview(blob) for blob in blobs if blob]
    while parts:
        written = os.writev(fd, parts[:_IOV_MAX])
        while parts and written >= len(parts[0]):
            written -= len(parts[0])
            parts.pop(0)
        if parts and written:
            parts[0] = parts[0][written:]


def read_suite(fd: int) -> list:
    """Decode what ``write_suite`` wrote (from the trusted parent) into objects on malloc's heap."""
    size = os.fstat(fd).st_size
    with mmap.mmap(fd, size, mmap.MAP_PRIVATE, mmap.PROT_READ) as mapped, memoryview(mapped) as view:
        (count,) = struct.unpack_from("<Q", view)
        sizes = struct.unpack_from(f"<{count}Q", view, 8)
        offset = 8 + 8 * count
        if offset + sum(sizes) != size:
            raise ValueError("test suite sizes do not match its length")
        tests = []
        with objects_on_malloc():
            for blob_size in sizes:
                with view[offset:offset + blob_size] as blob:
                    tests.append(orjson.loads(blob))
                offset += blob_size
        return tests
