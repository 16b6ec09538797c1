"""When the program dies without a word (a segfault in Qt, an abort), say where.

Core dumps are off (``hardening.py``: they would hold decrypted pages), so a
crash left no trace at all. :func:`enable_crash_log` points Python's
``faulthandler`` at ``crash.log`` in the user data folder (beside the default
vault folder, never inside a vault): on a fatal signal it appends the Python
stack of every thread — file names, line numbers and function names only,
never a value, so no personal data and no key. ``dime-desktop`` turns it on
first thing in ``main()``; the file is plain text for whoever looks into a
report ("the app vanished near the idle lock").
"""

from __future__ import annotations

import faulthandler
import time
from pathlib import Path
from typing import IO

from platformdirs import user_data_path

from dime_desktop import APP_NAME, APP_ORG

CRASH_LOG = "crash.log"
#: a log larger than this starts again (the newest crash is what matters)
MAX_BYTES = 256 * 1024

_open: list[IO[str]] = []  # kept open: faulthandler writes to its file descriptor


def crash_log_path() -> Path:
    """``crash.log`` in the platform's user data folder for DiMe Desktop."""
    return user_data_path(APP_NAME, APP_ORG, roaming=False) / CRASH_LOG


def enable_crash_log(path: Path | None = None) -> Path | None:
    """Append the stacks of a fatal error to ``path`` (default
    :func:`crash_log_path`); returns the path, or None when it cannot be
    written (then nothing changes: a log is never a reason not to start)."""
    path = crash_log_path() if path is None else Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > MAX_BYTES else "a"
        handle = open(path, mode, encoding="utf-8")  # noqa: SIM115 - stays open
        path.chmod(0o600)
        handle.write(f"--- dime-desktop started {time.strftime('%Y-%m-%d %H:%M:%S %z')}\n")
        handle.flush()
    except OSError:
        return None
    faulthandler.enable(file=handle, all_threads=True)
    _open.append(handle)
    return path
