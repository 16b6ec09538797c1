"""Process hardening that both entry points (``dime`` and ``dime-desktop``) do
first, before a passphrase is typed or a key is unwrapped.

A crash while the vault is unlocked must not leave the key or decrypted
pages on disk in a core dump, and another program of the same user should
not be able to read this process's memory through ``ptrace`` or
``/proc/PID/mem``:

* **Linux**: ``RLIMIT_CORE`` 0 (soft and hard, so it cannot be raised again)
  and ``prctl(PR_SET_DUMPABLE, 0)``, which also stops ``systemd-coredump`` /
  ``apport`` pipes (they honour the dumpable flag) and makes ``/proc/PID/mem``
  root-only.
* **macOS** and the BSDs: ``RLIMIT_CORE`` 0. (``ptrace(PT_DENY_ATTACH)`` would
  also refuse debuggers but breaks crash reports of the OS itself; not used.)
* **Windows** has no core files. Windows Error Reporting can write a crash
  dump; we switch off its dialog for this process (``SetErrorMode``) and ask
  WER not to report this program (``WerAddExcludedApplication`` for the
  user). A "LocalDumps" policy set by an administrator in the registry can
  still write dumps; that cannot be changed from a user's program, and the
  vault folder's notes say so (README, "The vault").

Every step is best-effort: a failure is recorded in :data:`REPORT` (never
raised), so the app still starts on a system that lacks a call.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3

#: What :func:`harden_process` did, one short line per step (for tests and
#: ``dime --version``-style diagnostics).
REPORT: list[str] = []
_done = False


def _limit_core_files() -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        REPORT.append("core files: off (RLIMIT_CORE 0)")
    except (ValueError, OSError) as exc:
        REPORT.append(f"core files: could not be switched off ({exc})")


def _linux_not_dumpable() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        prctl = libc.prctl
        prctl.argtypes = [
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_ulong,
        ]
        prctl.restype = ctypes.c_int
        if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            REPORT.append(f"dumpable: could not be cleared (errno {ctypes.get_errno()})")
        else:
            REPORT.append("dumpable: off (PR_SET_DUMPABLE 0)")
    except (OSError, AttributeError) as exc:
        REPORT.append(f"dumpable: prctl unavailable ({exc})")


def _windows_no_crash_dumps() -> None:  # pragma: no cover - Windows only
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
        kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
        REPORT.append("error dialogs: off (SetErrorMode)")
    except (OSError, AttributeError) as exc:
        REPORT.append(f"error dialogs: SetErrorMode unavailable ({exc})")
    try:
        wer = ctypes.WinDLL("wer")  # type: ignore[attr-defined,unused-ignore]
        exe = os.path.basename(sys.executable)
        wer.WerAddExcludedApplication(ctypes.c_wchar_p(exe), False)
        REPORT.append(f"error reporting: {exe} excluded (WerAddExcludedApplication)")
    except (OSError, AttributeError) as exc:
        REPORT.append(f"error reporting: WER exclusion unavailable ({exc})")


def harden_process() -> list[str]:
    """Switch off core dumps (and make the process undumpable where the OS
    allows). Safe to call more than once; returns :data:`REPORT`."""
    global _done
    if _done:
        return REPORT
    _done = True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        _windows_no_crash_dumps()
        return REPORT
    _limit_core_files()
    if sys.platform.startswith("linux"):
        _linux_not_dumpable()
    return REPORT


def is_dumpable() -> bool | None:
    """Linux: whether this process may still be dumped (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
