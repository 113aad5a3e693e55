"""Fewer malloc arenas for the bot's process (glibc only).

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
ARENAS = 2


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas before the process starts threads; True if it was set."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc; musl has no mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas))
