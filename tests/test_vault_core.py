"""The Vault facade on a real encrypted vault on disk."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest

from dime_desktop.errors import (
    KeychainUnavailable,
    NotAVault,
    PassphraseRejected,
    SchemaTooNew,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from dime_desktop.storage import schema
from dime_desktop.vault import CreatedVault, KdfParams, Vault
from dime_desktop.vault import keychain as keychain_mod

SQLITE_HEADER = b"SQLite format 3\x00"
NEW_PASSPHRASE = "en helt annen setning med ord 42"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def fill(vault: Vault, rows: int = 300) -> None:
    for i in range(rows):
        vault.settings.set(f"filler-{i}", f"value {i} " + "x" * 300)


@pytest.fixture
def created(vault_dir: Path, passphrase: str, fast_kdf: KdfParams) -> Any:
    result = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    yield result
    result.vault.close()


def test_create_close_unlock(vault_dir: Path, passphrase: str, fast_kdf: KdfParams) -> None:
    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    assert isinstance(created, CreatedVault)
    vault = created.vault
    assert vault.is_open
    assert vault.path == vault_dir
    assert Vault.exists(vault_dir)
    vault.settings.set("greeting", "hei")
    vault_id = vault.vault_id
    vault.close()
    assert not vault.is_open

    again = Vault.unlock(vault_dir, passphrase)
    assert again.vault_id == vault_id
    assert again.settings.get("greeting") == "hei"
    assert again.verify() == []
    again.close()


def test_files_and_permissions(created: CreatedVault, vault_dir: Path) -> None:
    created.vault.settings.set("x", "y")
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    names = {p.name for p in vault_dir.iterdir()}
    assert {"vault.db", "vault-keys.json"} <= names
    for p in vault_dir.iterdir():
        if p.is_file():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    created.vault.close()
    assert not (vault_dir / "vault.db").read_bytes().startswith(SQLITE_HEADER)
    keys_text = (vault_dir / "vault-keys.json").read_text()
    doc = json.loads(keys_text)
    assert set(doc["wraps"]) == {"passphrase", "recovery"}
    assert doc["wraps"]["passphrase"]["kdf"]["algorithm"] == "argon2id"


def test_sqlcipher_settings_are_in_force(vault: Vault) -> None:
    conn = vault.database.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]


def test_db_file_is_not_plain_sqlite(vault: Vault, vault_dir: Path) -> None:
    fill(vault, 20)
    vault.close()
    data = (vault_dir / "vault.db").read_bytes()
    assert len(data) > 4096
    assert not data.startswith(SQLITE_HEADER)
    assert SQLITE_HEADER not in data


def test_wrong_passphrase_touches_nothing(
    created: CreatedVault, vault_dir: Path, passphrase: str
) -> None:
    fill(created.vault, 50)
    created.vault.close()
    before = snapshot(vault_dir)
    mtimes = {p: p.stat().st_mtime_ns for p in vault_dir.rglob("*")}
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(vault_dir, passphrase + "!")
    assert str(vault_dir) in str(info.value)
    assert snapshot(vault_dir) == before
    assert {p: p.stat().st_mtime_ns for p in vault_dir.rglob("*")} == mtimes
    assert not (vault_dir / "vault.db-wal").exists() or "vault.db-wal" in before


def test_passphrase_is_nfkc_normalised(vault_dir: Path, fast_kdf: KdfParams) -> None:
    composed = "blåbærsyltetøy på brødskiva"
    decomposed = "bla\u030abær\u0073yltetøy pa\u030a brødskiva"
    assert composed != decomposed
    Vault.create(vault_dir, composed, kdf=fast_kdf).vault.close()
    Vault.unlock(vault_dir, decomposed).close()


def test_missing_not_a_vault_and_exists(
    tmp_path: Path, vault_dir: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path / "nowhere", passphrase)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NotAVault):
        Vault.unlock(empty, passphrase)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(NotAVault):
        Vault.unlock(a_file, passphrase)
    assert not Vault.exists(empty)

    Vault.create(empty, passphrase, kdf=fast_kdf).vault.close()  # an empty folder is fine
    with pytest.raises(VaultExists):
        Vault.create(empty, passphrase, kdf=fast_kdf)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists):
        Vault.create(busy, passphrase, kdf=fast_kdf)
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]


def test_create_rejects_weak_passphrase(vault_dir: Path, fast_kdf: KdfParams) -> None:
    with pytest.raises(PassphraseRejected) as info:
        Vault.create(vault_dir, "kort", kdf=fast_kdf)
    assert info.value.reasons == ["too_short"]
    with pytest.raises(PassphraseRejected) as info:
        Vault.create(vault_dir, "passwordpassword", kdf=fast_kdf)
    assert info.value.reasons == ["too_common"]
    assert not vault_dir.exists()


def test_missing_keys_file_or_db_is_damage(
    created: CreatedVault, vault_dir: Path, passphrase: str
) -> None:
    created.vault.close()
    keys = vault_dir / "vault-keys.json"
    saved = keys.read_bytes()
    keys.unlink()
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, passphrase)
    assert "vault-keys.json" in str(info.value)
    keys.write_bytes(saved)
    (vault_dir / "vault.db").rename(vault_dir / "elsewhere.db")
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, passphrase)
    assert "vault.db" in str(info.value)


def test_flipped_byte_in_database_is_damage_not_wrong_passphrase(
    created: CreatedVault, vault_dir: Path, passphrase: str
) -> None:
    fill(created.vault)
    created.vault.close()
    db_file = vault_dir / "vault.db"
    size = db_file.stat().st_size
    assert size > 10 * 4096  # several pages
    with open(db_file, "r+b") as f:
        f.seek(size // 2)
        old = f.read(1)[0]
        f.seek(size // 2)
        f.write(bytes([old ^ 0x40]))
    try:
        vault = Vault.unlock(vault_dir, passphrase)
    except WrongPassphrase:  # pragma: no cover - the failure this test is about
        pytest.fail("a damaged database was reported as a wrong passphrase")
    except VaultDamaged:
        return
    problems = vault.verify()
    vault.close()
    assert problems
    assert any("vault.db" in p for p in problems)


def test_flipped_first_page_is_damage(
    created: CreatedVault, vault_dir: Path, passphrase: str
) -> None:
    created.vault.close()
    db_file = vault_dir / "vault.db"
    data = bytearray(db_file.read_bytes())
    data[100] ^= 0x01
    db_file.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, passphrase)
    assert "vault.db" in str(info.value)


def test_any_flipped_byte_in_keys_file_is_reported(
    created: CreatedVault, vault_dir: Path, passphrase: str
) -> None:
    """Every single flipped byte of the key file is reported as damage: at
    unlock, or (when only the recovery entry is hit) by verify(). Never as a
    wrong passphrase."""
    created.vault.close()
    keys = vault_dir / "vault-keys.json"
    original = keys.read_bytes()
    at_unlock = by_verify = 0
    for pos in range(len(original)):
        data = bytearray(original)
        data[pos] ^= 0x01
        keys.write_bytes(bytes(data))
        try:
            vault = Vault.unlock(vault_dir, passphrase)
        except VaultDamaged as exc:
            assert "vault-keys.json" in str(exc), pos
            at_unlock += 1
            continue
        except WrongPassphrase:
            pytest.fail(f"a flipped byte {pos} of the key file looked like a wrong passphrase")
        problems = vault.verify()
        vault.close()
        assert any("vault-keys.json" in p and "recovery" in p for p in problems), pos
        by_verify += 1
    keys.write_bytes(original)
    assert at_unlock > 0
    assert by_verify > 0
    Vault.unlock(vault_dir, passphrase).close()


def test_unparseable_keys_file(created: CreatedVault, vault_dir: Path, passphrase: str) -> None:
    created.vault.close()
    (vault_dir / "vault-keys.json").write_text("{ not json")
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, passphrase)
    assert "vault-keys.json" in str(info.value)


def test_damaged_passphrase_entry_leaves_recovery(
    created: CreatedVault, vault_dir: Path, passphrase: str
) -> None:
    created.vault.close()
    keys = vault_dir / "vault-keys.json"
    doc = json.loads(keys.read_text())
    ct = doc["wraps"]["passphrase"]["ciphertext"]
    doc["wraps"]["passphrase"]["ciphertext"] = ("A" if ct[0] != "A" else "B") + ct[1:]
    keys.write_text(json.dumps(doc))
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, passphrase)
    assert "recovery key" in str(info.value)
    vault = Vault.unlock_with_recovery_key(vault_dir, created.recovery_key)
    assert any("passphrase entry" in p for p in vault.verify())
    vault.change_passphrase(NEW_PASSPHRASE, kdf=KdfParams(1, 8 * 1024, 1))
    assert vault.verify() == []
    vault.close()
    Vault.unlock(vault_dir, NEW_PASSPHRASE).close()


def test_recovery_key_opens(created: CreatedVault, vault_dir: Path) -> None:
    key = created.recovery_key
    groups = key.split("-")
    assert len(groups) == 9
    assert all(len(g) == 4 for g in groups)
    created.vault.settings.set("k", "v")
    created.vault.close()
    vault = Vault.unlock_with_recovery_key(vault_dir, key)
    assert vault.settings.get("k") == "v"
    vault.close()
    # Lower case, spaces instead of dashes, confusable letters.
    sloppy = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    Vault.unlock_with_recovery_key(vault_dir, sloppy).close()


def test_mistyped_recovery_key(created: CreatedVault, vault_dir: Path) -> None:
    created.vault.close()
    key = created.recovery_key
    before = snapshot(vault_dir)
    pos = 6
    swapped = "Z" if key[pos] != "Z" else "Y"
    typo = key[:pos] + swapped + key[pos + 1 :]
    with pytest.raises(WrongRecoveryKey) as info:
        Vault.unlock_with_recovery_key(vault_dir, typo)
    assert "mistyped" in str(info.value)
    with pytest.raises(WrongRecoveryKey) as info:
        Vault.unlock_with_recovery_key(vault_dir, key[:-5])
    assert "has 32" in str(info.value)
    with pytest.raises(WrongRecoveryKey) as info:
        Vault.unlock_with_recovery_key(vault_dir, key.replace(key[0], "U", 1))
    assert '"U"' in str(info.value)
    assert snapshot(vault_dir) == before


def test_recovery_key_of_another_vault(
    created: CreatedVault, tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    other = Vault.create(tmp_path / "other", passphrase, kdf=fast_kdf)
    other.vault.close()
    created.vault.close()
    with pytest.raises(WrongRecoveryKey) as info:
        Vault.unlock_with_recovery_key(created.vault.path, other.recovery_key)
    assert "does not belong" in str(info.value)


def test_change_passphrase(
    created: CreatedVault, vault_dir: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    vault = created.vault
    fill(vault, 50)
    vault.close()
    vault = Vault.unlock(vault_dir, passphrase)
    db_before = (vault_dir / "vault.db").read_bytes()
    keys_before = (vault_dir / "vault-keys.json").read_bytes()
    with pytest.raises(PassphraseRejected):
        vault.change_passphrase("too short", kdf=fast_kdf)
    assert (vault_dir / "vault-keys.json").read_bytes() == keys_before
    vault.change_passphrase(NEW_PASSPHRASE, kdf=KdfParams(2, 8 * 1024, 1))
    vault.close()
    # not re-encrypted: the same database file (its salt) under the same key (the
    # access log adds its entries of the unlock, the change and the lock, issue 12)
    assert (vault_dir / "vault.db").read_bytes()[:16] == db_before[:16]
    doc = json.loads((vault_dir / "vault-keys.json").read_text())
    assert doc["header"]["key_check"] == json.loads(keys_before)["header"]["key_check"]
    assert doc["wraps"]["passphrase"]["kdf"]["time_cost"] == 2
    assert (
        doc["wraps"]["passphrase"]["salt"] != json.loads(keys_before)["wraps"]["passphrase"]["salt"]
    )
    assert stat.S_IMODE((vault_dir / "vault-keys.json").stat().st_mode) == 0o600
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, passphrase)
    Vault.unlock(vault_dir, NEW_PASSPHRASE).close()
    # The recovery key still works.
    Vault.unlock_with_recovery_key(vault_dir, created.recovery_key).close()
    assert [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_new_recovery_key_replaces_old(created: CreatedVault, vault_dir: Path) -> None:
    new_key = created.vault.new_recovery_key()
    assert new_key != created.recovery_key
    created.vault.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(vault_dir, created.recovery_key)
    Vault.unlock_with_recovery_key(vault_dir, new_key).close()


def test_close_locks_repositories(vault: Vault) -> None:
    settings = vault.settings
    settings.set("a", "b")
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        settings.get("a")
    with pytest.raises(VaultLocked):
        _ = vault.settings
    with pytest.raises(VaultLocked):
        vault.change_passphrase(NEW_PASSPHRASE)
    with pytest.raises(VaultLocked):
        vault.verify()
    vault.close()  # twice is fine


def test_migration_backup_through_vault(
    created: CreatedVault, vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    created.vault.settings.set("old", "data")
    created.vault.close(backup=False)
    old = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE t_new (x);"])
    vault = Vault.unlock(vault_dir, passphrase)
    assert vault.database.user_version() == old + 1
    assert vault.settings.get("old") == "data"
    assert vault.verify() == []
    vault.close(backup=False)
    # one full backup (a vault of its own, verified) made before the migration
    backups = [p for p in (vault_dir / "backups").iterdir() if p.is_dir()]
    assert [p.name.endswith(f"before-v{old + 1}") for p in backups] == [True]
    copy = backups[0] / "vault.db"
    assert not copy.read_bytes().startswith(SQLITE_HEADER)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o700


def test_schema_too_new(created: CreatedVault, vault_dir: Path, passphrase: str) -> None:
    created.vault.database.connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    created.vault.close()
    with pytest.raises(SchemaTooNew) as info:
        Vault.unlock(vault_dir, passphrase)
    assert info.value.found == schema.SCHEMA_VERSION + 1
    assert str(vault_dir) in str(info.value)


# --- keychain -------------------------------------------------------------------


def test_remember_and_unlock_from_keychain(
    created: CreatedVault, vault_dir: Path, memory_keyring: Any, passphrase: str
) -> None:
    vault = created.vault
    assert keychain_mod.keychain_available()
    assert not vault.is_remembered()
    vault.close()
    assert Vault.unlock_from_keychain(vault_dir) is None
    vault = Vault.unlock(vault_dir, passphrase)
    vault.remember_on_device()
    assert vault.is_remembered()
    stored = memory_keyring.store[("DiMe Desktop", vault.vault_id)]
    assert len(bytes.fromhex(stored)) == 32
    vault.settings.set("kept", "yes")
    vault.close()
    again = Vault.unlock_from_keychain(vault_dir)
    assert again is not None
    assert again.settings.get("kept") == "yes"
    again.forget_on_device()
    assert not again.is_remembered()
    again.forget_on_device()  # nothing remembered: fine
    again.close()
    assert Vault.unlock_from_keychain(vault_dir) is None


def test_stale_keychain_entry_is_ignored(
    created: CreatedVault, vault_dir: Path, memory_keyring: Any
) -> None:
    vault_id = created.vault.vault_id
    created.vault.close()
    memory_keyring.store[("DiMe Desktop", vault_id)] = "ab" * 32
    assert Vault.unlock_from_keychain(vault_dir) is None
    memory_keyring.store[("DiMe Desktop", vault_id)] = "not hex at all"
    assert Vault.unlock_from_keychain(vault_dir) is None


def test_no_keychain(created: CreatedVault, vault_dir: Path, passphrase: str) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not keychain_mod.keychain_available()
    vault = created.vault
    with pytest.raises(KeychainUnavailable) as info:
        vault.remember_on_device()
    assert "keychain" in str(info.value)
    assert not vault.is_remembered()
    vault.close()
    assert Vault.unlock_from_keychain(vault_dir) is None
    Vault.unlock(vault_dir, passphrase).close()
    for p in vault_dir.rglob("*"):
        if p.is_file():
            assert vault.vault_id.encode() not in p.read_bytes() or p.name == "vault-keys.json"


class _BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("nope")


class _LowPriorityKeyring(_BrokenKeyring):
    priority = 0.5  # type: ignore[assignment]


def test_keychain_errors_become_keychain_unavailable(
    created: CreatedVault, vault_dir: Path
) -> None:
    keyring.set_keyring(_BrokenKeyring())
    assert keychain_mod.keychain_available()
    with pytest.raises(KeychainUnavailable):
        created.vault.remember_on_device()
    with pytest.raises(KeychainUnavailable):
        created.vault.forget_on_device()
    assert not created.vault.is_remembered()
    created.vault.close()
    assert Vault.unlock_from_keychain(vault_dir) is None
    keyring.set_keyring(_LowPriorityKeyring())
    assert not keychain_mod.keychain_available()
