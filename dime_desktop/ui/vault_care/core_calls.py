"""The calls of the vault and import core that the vault-care dialogs make,
each in one place (they run on a worker thread, never touching a widget)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

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
    ``dime import``; returns the ``ImportReport``.

    The streaming import contract (``read_register(path, ref=None, *,
    progress=None)`` calling ``progress(rows_read)`` now and then, then
    ``import_cases(vault, cases, *, skip_existing=False)``) is used when the
    importing package has it; until then the one-call ``import_register``."""
    from dime_desktop import importing

    core = cast(Any, importing)
    import_cases = getattr(core, "import_cases", None)
    if import_cases is not None:
        cases = core.read_register(path, progress=progress)
        return import_cases(vault, cases, skip_existing=skip_existing)
    return core.import_register(vault, path, skip_existing=skip_existing)
