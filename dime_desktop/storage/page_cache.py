"""How large the page cache of an open vault is (issue 14).

SQLCipher decrypts (and checks the HMAC of) every page it reads from disk;
a page in SQLite's cache is read again for free. When a query's pages do not
fit in the cache, the vault is many times slower than the same file without
encryption (at 300,000 cases, up to 6.5x with the old fixed 64 MiB). So the
cache may hold the whole database, up to a cap:

    cap = physical memory / 16, within 64..256 MiB.

SQLite takes cache memory only as it reads pages (and gives it back when the
vault is closed), so the cache is sized to the database by itself: a vault of
20 MB never takes more than 20 MB, also after an import makes it grow while
open. The cap keeps a 300,000-case vault's cache at 256 MiB on a laptop with
4 GiB or more, and the app at 100,000 cases under 300 MB RSS
(benchmarks/run_all.py measures both). Decrypted pages stay in this process's
memory only.
"""

from __future__ import annotations

import os

CAP_MIN_KIB = 64 * 1024
CAP_MAX_KIB = 256 * 1024


def physical_memory_kib() -> int | None:
    """This computer's memory (None where the system does not say)."""
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
    if pages <= 0 or size <= 0:
        return None
    return int(pages) * int(size) // 1024


def cache_kib(memory_kib: int | None = None) -> int:
    """The most the page cache may take (KiB) on a computer with ``memory_kib``."""
    memory = physical_memory_kib() if memory_kib is None else memory_kib
    if memory is None:
        return CAP_MIN_KIB
    return max(CAP_MIN_KIB, min(CAP_MAX_KIB, memory // 16))
