"""Fewer malloc arenas and a fixed mmap threshold for the bot's process (glibc only).

glibc gives each thread that allocates its own arena (up to eight per core) and memory freed in
one arena is never reused by another. The outbox hands work to threads (asyncio.to_thread: the
batch's MIME, the "sent" commits), SQLite and lingua work off the GIL: measured with
bench/intake.py, the default left `run --once` about 9 MB larger for the same work at the
same speed. Two arenas is the usual setting for a service (CPython's GIL serialises most
allocations anyway). MALLOC_ARENA_MAX in the environment is obeyed and wins.
"""

from __future__ import annotations

import ctypes
import os
import sys

M_ARENA_MAX = -8  # <malloc.h>
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
ARENAS = 2
# glibc raises its mmap threshold each time a large block is freed (up to 32 MB), after which
# large blocks (a batch's raw mail, MIME) come from the heap and their holes stay resident.
# A fixed threshold keeps them mmapped and returned on free; the heap is trimmed above 1 MB.
# bench/intake.py -n 50000: peak RSS 153.0 -> 150.4 MB, 2 % more CPU; no change at 10,000.
MMAP_THRESHOLD = 256 * 1024
TRIM_THRESHOLD = 1024 * 1024


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas before the process starts threads; True if it was set."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc; musl has no mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    return bool(mallopt(M_ARENA_MAX, arenas))
