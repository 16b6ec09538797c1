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
