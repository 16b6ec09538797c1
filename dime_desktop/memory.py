"""Giving freed memory back to the operating system (issue 14).

After a lock the page cache of the closed vault (up to 256 MiB of decrypted
pages) and the closed windows are freed, but glibc's allocator keeps freed
heap memory in its arenas (one per thread that allocated: the main thread and
the worker threads of searches and statistics), so the process stays as large
as it was, and the next unlock's key derivation (Argon2id, 128 MiB) comes on
top. ``return_free_memory()`` asks glibc to hand back what is free
(``malloc_trim(0)``, which releases free pages inside the arenas too). It
frees no live object and holds no data. Elsewhere (macOS, Windows, musl) it
does nothing: their allocators return large blocks by themselves.

Argon2id's own 128 MiB is one block that glibc maps and unmaps, so it leaves
nothing behind (measured: RSS is back to where it was when the derivation
returns).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from typing import Any

_libc: Any = None


def _glibc() -> Any:
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            name = ctypes.util.find_library("c") or "libc.so.6"
            try:
                libc = ctypes.CDLL(name)
                trim = libc.malloc_trim
            except (OSError, AttributeError):  # not glibc (e.g. musl)
                return None
            trim.argtypes = [ctypes.c_size_t]
            trim.restype = ctypes.c_int
            _libc = libc
    return _libc or None


def return_free_memory() -> bool:
    """Give free heap memory back to the system; True where that was done."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


# --- the garbage collector and long-lived data -------------------------------------
#
# CPython's full collection walks every tracked object that is not frozen. A
# list the app keeps for the whole session (What is due: ~84,000 objects at
# 300,000 cases of the demo data) made every full collection 30-180 ms, and the
# rows read while scrolling trigger one every few pages: the longest page read
# at 300,000 cases was 120 ms with a median of 12 ms (issue 14, measured with
# gc.callbacks). Freezing what is alive once such a list is loaded takes it
# out of those walks; a lock unfreezes and collects, so nothing of a closed
# vault stays frozen.


def settle_long_lived() -> int:
    """Move every object alive now out of the collector's walks
    (``gc.freeze``, which takes no time; a collection first would be one of
    the long walks this avoids, on the main thread). Call after loading data
    that stays until a lock; garbage frozen with it waits for
    ``release_frozen`` at the lock. Returns how many objects are frozen."""
    gc.freeze()
    return gc.get_freeze_count()


def release_frozen() -> int:
    """After a lock: unfreeze, collect what the closed vault left (cycles of
    closed windows included), and freeze what remains (the program's code).
    Returns how many objects are frozen afterwards."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
