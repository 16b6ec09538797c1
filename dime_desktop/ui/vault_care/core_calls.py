"""The calls of the vault and import core that the vault-care dialogs make,
each in one place (they run on a worker thread, never touching a widget)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from dime_desktop.errors import WrongPassphrase


def check_passphrase(vault: Any, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens ``vault``'s key file.

    Reads the key file only (no second database connection): the same test
    ``Vault.unlock`` makes before it opens anything."""
    from dime_desktop.vault import keyfile

    keys = keyfile.load(Path(vault.path) / keyfile.KEYS_FILE)
    if keyfile.unwrap_with_passphrase(keys, passphrase) is None:
        raise WrongPassphrase("The passphrase is not right.", Path(vault.path))


def change_passphrase(vault: Any, current: str, new: str, kdf: Any = None) -> None:
    check_passphrase(vault, current)
    if kdf is None:
        vault.change_passphrase(new)
    else:
        vault.change_passphrase(new, kdf=kdf)


def new_recovery_key(vault: Any, passphrase: str) -> str:
    """A new recovery key after the passphrase is typed again; the old key stops working."""
    check_passphrase(vault, passphrase)
    return str(vault.new_recovery_key())


def rotate_key(
    vault: Any,
    passphrase: str,
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Re-encrypt the vault and the backups within reach with a new key
    (``Vault.rotate_key``; the passphrase stays). Returns the notices the
    rotation added (backups it could not bring along)."""
    check_passphrase(vault, passphrase)
    before = len(vault.notices)
    vault.rotate_key(progress, passphrase=passphrase)
    return list(vault.notices[before:])


def verify(vault: Any) -> list[str]:
    return list(vault.verify())


def import_register_file(
    vault: Any,
    path: Path,
    *,
    skip_existing: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Any:
    """Import ``path`` into ``vault`` with the same all-or-nothing checks as
    ``dime import`` (``importing.read_register(path, progress=)``, calling
    ``progress(rows_read)`` every ``PROGRESS_EVERY`` rows and at the end, then
    ``importing.import_cases``); returns the ``ImportReport``."""
    from dime_desktop.importing import import_cases, read_register

    cases = read_register(path, progress=progress)
    return import_cases(vault, cases, skip_existing=skip_existing)


def rows_in_register(path: Path) -> int | None:
    """About how many rows of cases ``path`` holds (at least as many as there
    are), for a progress bar: the lines of a CSV file after its header, the
    rows an XLSX sheet says it has. None when that cannot be told cheaply."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
            if head.startswith(b"PK"):
                from openpyxl import load_workbook

                workbook = load_workbook(path, read_only=True)
                try:
                    rows = workbook.worksheets[0].max_row if workbook.worksheets else None
                finally:
                    workbook.close()
                return rows - 1 if rows else None
            f.seek(0)
            lines = 0
            last = b""
            while chunk := f.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
            if last not in (b"", b"\n"):
                lines += 1
    except Exception:  # only an estimate; the import itself says what is wrong
        return None
    return max(lines - 1, 0)
