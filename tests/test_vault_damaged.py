"""Issue 9, findings 1 and 9: a database that is missing, emptied or cut short
beside its key file is damaged, never a new vault, and nothing on disk
changes; a key file of another vault says so."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cli.main import main
from dime_desktop.errors import KeyFileOfAnotherVault, VaultDamaged
from dime_desktop.storage.database import PAGE_SIZE
from dime_desktop.vault import Vault


def state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder``: its bytes and its modification time (ns)."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def closed_vault(vault_dir: Path, passphrase: str, fast_kdf: Any) -> Path:
    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    for i in range(200):
        created.vault.settings.set(f"filler-{i}", "x" * 400)
    created.vault.close()
    return vault_dir


def _damage(db: Path, how: str) -> None:
    size = db.stat().st_size
    if how == "emptied":
        db.write_bytes(b"")  # what ": > vault.db" does
    elif how == "missing":
        db.unlink()
    elif how == "cut mid-page":
        with open(db, "r+b") as f:
            f.truncate(size // 2 + 100)
    elif how == "cut at a page boundary":
        with open(db, "r+b") as f:
            f.truncate((size // PAGE_SIZE // 2) * PAGE_SIZE)
    elif how == "only the first page":
        with open(db, "r+b") as f:
            f.truncate(PAGE_SIZE)
    else:  # pragma: no cover
        raise AssertionError(how)


HOWS = {
    "emptied": "is empty (0 bytes)",
    "missing": "is missing",
    "cut mid-page": "is cut short",
    "cut at a page boundary": "is damaged and cannot be read",
    "only the first page": "is damaged and cannot be read",
}


@pytest.mark.parametrize("how", HOWS)
def test_damaged_database_is_never_a_new_vault_and_nothing_changes(
    closed_vault: Path, passphrase: str, how: str
) -> None:
    db = closed_vault / "vault.db"
    assert db.stat().st_size > 8 * PAGE_SIZE
    _damage(db, how)
    before = state(closed_vault)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(closed_vault, passphrase)
    assert type(info.value) is VaultDamaged  # damaged: not "another vault's key file"
    assert "vault.db" in str(info.value) and HOWS[how] in str(info.value)
    assert state(closed_vault) == before  # byte- and mtime-identical, no file added


@pytest.mark.parametrize("how", ["emptied", "cut at a page boundary"])
def test_cli_says_damaged_and_writes_nothing(
    closed_vault: Path, passphrase: str, how: str, tmp_path: Path, capsys: Any
) -> None:
    """``dime cases`` printed "No cases." and ``dime verify`` said "intact"."""
    _damage(closed_vault / "vault.db", how)
    before = state(closed_vault)
    secret = tmp_path / "pass.txt"
    secret.write_text(passphrase + "\n")
    for command in ("cases", "verify", "backup"):
        assert main([command, "--vault", str(closed_vault), "--passphrase-file", str(secret)]) == 1
        err = capsys.readouterr().err
        assert "damaged" in err or "cut short" in err or "empty" in err, err
        assert "No cases" not in err
    assert state(closed_vault) == before


def test_damaged_database_through_recovery_key_and_keychain(
    vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    created.vault.remember_on_device()
    created.vault.close()
    _damage(vault_dir / "vault.db", "emptied")
    before = state(vault_dir)
    with pytest.raises(VaultDamaged):
        Vault.unlock_with_recovery_key(vault_dir, created.recovery_key)
    with pytest.raises(VaultDamaged):
        Vault.unlock_from_keychain(vault_dir)
    assert state(vault_dir) == before


def test_an_intact_vault_still_opens(closed_vault: Path, passphrase: str) -> None:
    vault = Vault.unlock(closed_vault, passphrase)
    assert vault.settings.get("filler-3") == "x" * 400
    assert vault.verify() == []
    vault.close()


# --- finding 9: another vault's key file -----------------------------------------


def test_another_vaults_key_file_is_named_as_such(
    tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    """Same passphrase on both vaults (one person's two vaults): today this was
    "database damaged"."""
    first, second = tmp_path / "first", tmp_path / "second"
    Vault.create(first, passphrase, kdf=fast_kdf).vault.close()
    Vault.create(second, passphrase, kdf=fast_kdf).vault.close()
    shutil.copyfile(second / "vault-keys.json", first / "vault-keys.json")
    before = state(first)
    with pytest.raises(KeyFileOfAnotherVault) as info:
        Vault.unlock(first, passphrase)
    assert "belongs to another vault" in str(info.value)
    assert "vault-keys.json" in str(info.value)
    # also with a passphrase that is not this vault's: said before any passphrase check
    with pytest.raises(KeyFileOfAnotherVault):
        Vault.unlock(first, "en helt annen setning som ingen vet")
    assert state(first) == before


def test_another_vaults_key_file_in_the_cli(
    tmp_path: Path, passphrase: str, fast_kdf: Any, capsys: Any
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    Vault.create(first, passphrase, kdf=fast_kdf).vault.close()
    Vault.create(second, passphrase, kdf=fast_kdf).vault.close()
    shutil.copyfile(second / "vault-keys.json", first / "vault-keys.json")
    secret = tmp_path / "pass.txt"
    secret.write_text(passphrase)
    assert main(["verify", "--vault", str(first), "--passphrase-file", str(secret)]) == 1
    assert "belongs to another vault" in capsys.readouterr().err


def test_older_key_file_without_database_name_gets_one(closed_vault: Path, passphrase: str) -> None:
    """Key files written before ``database_salt`` existed open as before and
    are given the name of their database at the next unlock."""
    import json

    keys = closed_vault / "vault-keys.json"
    doc = json.loads(keys.read_text())
    from dime_desktop.vault import keyfile

    kf = keyfile.from_bytes(keys.read_bytes(), keys)
    legacy = kf.with_database_salt(None)
    keys.write_bytes(keyfile.to_bytes(legacy))
    assert "database_salt" not in json.loads(keys.read_text())["header"]
    assert "database_salt" in doc["header"]
    vault = Vault.unlock(closed_vault, passphrase)
    vault.close()
    assert json.loads(keys.read_text())["header"]["database_salt"] == doc["header"]["database_salt"]


def test_older_key_file_of_another_vault(tmp_path: Path, passphrase: str, fast_kdf: Any) -> None:
    from dime_desktop.vault import keyfile

    first, second = tmp_path / "first", tmp_path / "second"
    Vault.create(first, passphrase, kdf=fast_kdf).vault.close()
    Vault.create(second, passphrase, kdf=fast_kdf).vault.close()
    other = keyfile.load(second / "vault-keys.json").with_database_salt(None)
    (first / "vault-keys.json").write_bytes(keyfile.to_bytes(other))
    os.chmod(first / "vault-keys.json", 0o600)
    with pytest.raises(KeyFileOfAnotherVault) as info:
        Vault.unlock(first, passphrase)
    assert "another vault" in str(info.value)
