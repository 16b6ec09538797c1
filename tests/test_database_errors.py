"""Issue 9, finding 4: every SQLite failure is a DimeError with a sentence of
its own — busy/locked, disk full, read-only, I/O error — never "unexpected
error … please report it". (A full disk on a real file system is in
test_vault_full_disk.py.)"""

from __future__ import annotations

import secrets
import subprocess
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from dime_desktop.errors import (
    DimeError,
    DiskFull,
    VaultBusy,
    VaultDamaged,
    VaultIOError,
    VaultReadOnly,
)
from dime_desktop.storage import database
from dime_desktop.storage.database import Database, storage_error
from dime_desktop.storage.settings import VaultSettings
from dime_desktop.vault import Vault


def _error(kind: type[Exception], text: str, code: int | None) -> Exception:
    exc = kind(text)
    if code is not None:
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("exc", "expected", "words"),
    [
        (_error(sqlcipher3.OperationalError, "database is locked", 5), VaultBusy, "busy"),
        (_error(sqlcipher3.OperationalError, "database table is locked", 6), VaultBusy, "busy"),
        (_error(sqlcipher3.OperationalError, "database or disk is full", 13), DiskFull, "full"),
        (_error(sqlcipher3.OperationalError, "attempt to write a readonly database", 8),
         VaultReadOnly, "cannot be written"),
        (_error(sqlcipher3.OperationalError, "disk I/O error", 778), VaultIOError, "disk"),
        (_error(sqlcipher3.OperationalError, "disk I/O error", None), VaultIOError, "disk"),
        (_error(sqlcipher3.DatabaseError, "database disk image is malformed", 11),
         VaultDamaged, "damaged"),
        (_error(sqlcipher3.DatabaseError, "file is not a database", 26), VaultDamaged, "damaged"),
    ],
)  # fmt: skip
def test_each_sqlite_failure_has_its_own_sentence(
    exc: Exception, expected: type[DimeError], words: str, tmp_path: Path
) -> None:
    mapped = storage_error(tmp_path / "vault.db", exc)
    assert type(mapped) is expected
    text = str(mapped)
    assert words in text and str(tmp_path) in text
    assert "please report" not in text and "unexpected" not in text


def test_constraint_and_programming_errors_stay_what_they_are(tmp_path: Path) -> None:
    assert storage_error(tmp_path, sqlcipher3.IntegrityError("UNIQUE constraint failed")) is None
    assert storage_error(tmp_path, sqlcipher3.OperationalError("no such table: x")) is None


def test_busy_for_real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "_BUSY_TIMEOUT_S", 0.05)
    key = secrets.token_bytes(32)
    path = tmp_path / "vault.db"
    first = Database.create(path, key)
    second = Database.open(path, key)
    first.connection.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(VaultBusy) as info:
            VaultSettings(second).set("x", "y")
        assert "busy" in str(info.value)
    finally:
        first.connection.execute("ROLLBACK")
    VaultSettings(second).set("x", "y")  # free again: it works
    first.close()
    second.close()


@pytest.fixture
def read_only_disk(tmp_path: Path, fast_kdf: Any, passphrase: str) -> Any:
    point = tmp_path / "disk"
    point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(point)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (needs root or CAP_SYS_ADMIN)")
    Vault.create(point / "vault", passphrase, kdf=fast_kdf).vault.close()
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
    yield point / "vault"
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_read_only_disk_is_named(read_only_disk: Path, passphrase: str, capsys: Any) -> None:
    with pytest.raises(VaultReadOnly) as info:
        Vault.unlock(read_only_disk, passphrase)
    assert "cannot be written" in str(info.value)
    from dime_desktop.cli.main import main

    secret = read_only_disk.parent.parent / "p.txt"
    secret.write_text(passphrase)
    assert main(["cases", "--vault", str(read_only_disk), "--passphrase-file", str(secret)]) == 1
    err = capsys.readouterr().err
    assert "cannot be written" in err and "unexpected" not in err
