"""One program at a time on a vault: an operating-system lock on
``<vault>/vault.lock``, held while the vault is unlocked.

* POSIX: ``flock(LOCK_EX | LOCK_NB)`` (per open file, so a second unlock in
  the same process is refused too; independent of SQLite's own ``fcntl``
  locks on the database). Windows: ``msvcrt.locking`` on one byte far past
  the text, so the text stays readable.
* The holder writes who it is into the file (process id, computer, program,
  since when, as JSON); a refused program reads it and says where the vault
  is open. On a clean release the text is emptied again.
* The kernel drops the lock of a process that dies (SIGKILL, power loss
  aside). A lock file that still names a holder when the lock is free was
  left by a program that was killed: it is *stale*, and is taken over; the
  new holder keeps the old text in :attr:`VaultLock.stale_owner` so the app
  can say that the vault was not closed properly.

Why not the ``filelock`` package: it truncates the lock file when it opens
it, so the holder's name could not be read by the program it refuses, and it
follows symlinks on older versions. What is needed here is twenty lines of
``fcntl``/``msvcrt``.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dime_desktop.errors import VaultInUse
from dime_desktop.storage.database import os_storage_error

LOCK_FILE = "vault.lock"
_WINDOWS_LOCK_OFFSET = 0x7FFF0000  # the byte locked on Windows (far past the text)
_MAX_INFO = 4096


@dataclass(frozen=True)
class Owner:
    pid: int
    host: str
    since: str  # ISO 8601, local time with offset
    program: str

    def describe(self) -> str:
        """``process 4711 on this computer, since 14:02 on 2025-05-05``."""
        where = "this computer" if self.host == _hostname() else f"the computer {self.host!r}"
        when = ""
        try:
            moment = datetime.fromisoformat(self.since)
            when = f", since {moment:%H:%M} on {moment:%Y-%m-%d}"
        except ValueError:
            pass
        return f"{self.program} (process {self.pid}) on {where}{when}"


def _hostname() -> str:
    try:
        return socket.gethostname() or "unknown"
    except OSError:  # pragma: no cover
        return "unknown"


def _parse(data: bytes) -> Owner | None:
    try:
        doc = json.loads(data.decode("utf-8"))
        return Owner(int(doc["pid"]), str(doc["host"]), str(doc["since"]), str(doc["program"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _program() -> str:
    name = Path(sys.argv[0]).name.lower() if sys.argv and sys.argv[0] else ""
    if "desktop" in name:
        return "DiMe Desktop"
    if name.startswith("dime"):
        return "the dime command line"
    return "a DiMe program"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # e.g. a file system without locks: refuse to guess
        raise os_storage_error(Path(LOCK_FILE), exc) from None
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, _MAX_INFO)


def _in_use(folder: Path, owner: Owner | None) -> VaultInUse:
    if owner is None:
        return VaultInUse(
            f"The vault at {folder} is open in another DiMe program; close or lock it "
            "there and try again.",
            folder,
        )
    text = owner.describe()
    return VaultInUse(
        f"The vault at {folder} is open in {text}; close or lock it there and try again.",
        folder,
        text,
        pid=owner.pid,
        host=owner.host,
        since=owner.since,
        this_computer=owner.host == _hostname(),
    )


_OPEN_FLAGS = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def check_free(folder: Path) -> None:
    """Raise :class:`VaultInUse` if another program holds the vault's lock.
    Only looks: creates and writes nothing (used before the slow passphrase
    check, so a second program is told at once)."""
    path = Path(folder) / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return  # no lock file: nobody holds it
    try:
        if sys.platform == "win32":  # pragma: no cover - a read-only handle cannot lock there
            return
        if not _try_lock(fd):
            raise _in_use(Path(folder), _parse(_read_all(fd)))
        _unlock(fd)
    finally:
        os.close(fd)


class VaultLock:
    """The held lock of one vault folder. :meth:`acquire` or :class:`VaultInUse`."""

    def __init__(self, folder: Path, fd: int, created: bool, stale: Owner | None) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_FILE
        self._fd: int | None = fd
        self._created = created
        self._wrote = False
        self.stale_owner = stale

    @classmethod
    def acquire(cls, folder: Path) -> VaultLock:
        folder = Path(folder)
        path = folder / LOCK_FILE
        for _ in range(5):  # the file may be replaced under us; try again
            created = False
            try:
                fd = os.open(path, _OPEN_FLAGS)
            except FileNotFoundError:
                try:
                    fd = os.open(path, _OPEN_FLAGS | os.O_CREAT | os.O_EXCL, 0o600)
                    created = True
                except FileExistsError:
                    continue
                except OSError as exc:
                    raise os_storage_error(path, exc) from None
            except OSError as exc:
                raise os_storage_error(path, exc) from None
            try:
                if not _try_lock(fd):
                    raise _in_use(folder, _parse(_read_all(fd)))
                # The file we locked must still be the one at the path (another
                # program may have removed an unused one after we opened it).
                if sys.platform != "win32":
                    try:
                        same = os.path.samestat(os.fstat(fd), os.stat(path))
                    except FileNotFoundError:
                        same = False
                    if not same:
                        _unlock(fd)
                        os.close(fd)
                        continue
                previous = _read_all(fd)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
            stale = _parse(previous) if previous.strip() else None
            return cls(folder, fd, created, stale)
        raise _in_use(folder, None)  # pragma: no cover - a lock file that keeps changing

    def write_owner(self) -> None:
        """Say who holds the vault (once unlocking has succeeded)."""
        fd = self._fd
        if fd is None:
            return
        info: dict[str, Any] = {
            "pid": os.getpid(),
            "host": _hostname(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
            "program": _program(),
        }
        data = json.dumps(info).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)  # no fsync: the text only names the holder; the lock is the kernel's
        except OSError:
            pass  # the lock itself holds; only the name of the holder is missing
        self._wrote = True

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Empty the text and drop the lock (twice is fine). A lock that never
        wrote its owner changes nothing: a file it created is removed again and
        an existing one keeps its text, so a failed unlock leaves the folder as
        it was."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if self._wrote:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
            elif self._created:
                with contextlib.suppress(OSError):
                    self.path.unlink()
        finally:
            _unlock(fd)
            os.close(fd)
