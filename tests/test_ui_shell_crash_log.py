"""A crash leaves its place in crash.log (core dumps are off), never data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_segfault_writes_where_it_happened_to_the_crash_log(tmp_path: Path) -> None:
    log = tmp_path / "data" / "crash.log"
    script = (
        "import faulthandler\n"
        "from dime_desktop.hardening import harden_process\n"
        "from dime_desktop.ui.shell.crash_log import enable_crash_log\n"
        "harden_process()\n"
        f"assert enable_crash_log({str(log)!r}) is not None\n"
        "secret = 'Fatima Testrud'\n"
        "def lock_the_vault(name):\n"
        "    faulthandler._sigsegv()\n"
        "lock_the_vault(secret)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "dime-desktop started" in text
    assert "Segmentation fault" in text and "lock_the_vault" in text
    assert "Fatima" not in text  # places only, never values
    assert (log.stat().st_mode & 0o777) == 0o600


def test_an_unwritable_place_is_no_reason_not_to_start(tmp_path: Path) -> None:
    from dime_desktop.ui.shell.crash_log import enable_crash_log

    blocker = tmp_path / "a file"
    blocker.write_text("")
    assert enable_crash_log(blocker / "crash.log") is None
