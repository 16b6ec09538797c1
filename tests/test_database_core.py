"""storage/database.py and storage/settings.py on real encrypted files."""

from __future__ import annotations

import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from dime_desktop.errors import SchemaTooNew, VaultDamaged, VaultExists, VaultLocked
from dime_desktop.storage import page_cache, schema
from dime_desktop.storage.database import Database
from dime_desktop.storage.settings import VaultSettings

SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "v"
    folder.mkdir(mode=0o700)
    return folder / "vault.db"


def _fill(db: Database, rows: int = 400) -> None:
    with db.transaction() as conn:
        for i in range(rows):
            conn.execute(
                "INSERT INTO vault_settings (key, value) VALUES (?, ?)", (f"k{i}", "x" * 200)
            )


def test_create_open_and_pragmas(db_path: Path, key: bytes) -> None:
    db = Database.create(db_path, key)
    conn = db.connection
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    # issue 14: up to RAM/16 within 64..256 MiB (KiB, negative)
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -page_cache.cache_kib()
    assert conn.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
    db.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert not db_path.read_bytes().startswith(SQLITE_HEADER)
    db = Database.open(db_path, key)
    assert db.user_version() == schema.SCHEMA_VERSION
    db.close()


def test_create_refuses_existing_file(db_path: Path, key: bytes) -> None:
    Database.create(db_path, key).close()
    with pytest.raises(VaultExists):
        Database.create(db_path, key)


def test_wal_and_shm_are_private(db_path: Path, key: bytes) -> None:
    db = Database.create(db_path, key)
    _fill(db, 10)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{db_path}{suffix}")
        assert extra.exists()
        assert stat.S_IMODE(extra.stat().st_mode) == 0o600
    db.close()


def test_other_key_is_reported_as_damage(db_path: Path, key: bytes) -> None:
    Database.create(db_path, key).close()
    with pytest.raises(VaultDamaged) as info:
        Database.open(db_path, secrets.token_bytes(32))
    assert str(db_path) in str(info.value)


def test_decryption_failures_are_not_logged_to_stderr(db_path: Path, key: bytes) -> None:
    Database.create(db_path, key).close()
    # A fresh process, so SQLCipher's logging state is its default one.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from dime_desktop.storage.database import Database\n"
        "from dime_desktop.errors import VaultDamaged\n"
        "try:\n"
        f"    Database.open(Path({str(db_path)!r}), bytes(32))\n"
        "except VaultDamaged:\n"
        "    print('damaged')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "damaged"
    assert done.stderr == ""


def test_transaction_commits_and_rolls_back(db_path: Path, key: bytes) -> None:
    db = Database.create(db_path, key)
    settings = VaultSettings(db)
    settings.set("a", "1")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO vault_settings VALUES ('b', '2')")
        raise RuntimeError("boom")
    assert settings.get("b") is None
    with db.transaction() as conn:
        conn.execute("INSERT INTO vault_settings VALUES ('c', '3')")
        with pytest.raises(RuntimeError), db.transaction() as inner:
            inner.execute("INSERT INTO vault_settings VALUES ('d', '4')")
            raise RuntimeError("inner")
    assert settings.get("c") == "3"
    assert settings.get("d") is None
    # Constraint errors stay constraint errors (repositories handle them).
    with pytest.raises(sqlcipher3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO vault_settings VALUES ('a', 'again')")
    assert settings.get("a") == "1"
    db.close()


def test_settings_get_set(db_path: Path, key: bytes) -> None:
    db = Database.create(db_path, key)
    settings = VaultSettings(db)
    assert settings.get("missing", "fallback") == "fallback"
    settings.set("language", "nb")
    settings.set("language", "en")
    assert settings.get("language") == "en"
    assert settings.all() == {"language": "en"}
    settings.delete("language")
    assert settings.get("language") is None
    db.close()
    with pytest.raises(VaultLocked):
        settings.get("language")


def test_closed_database_is_locked(db_path: Path, key: bytes) -> None:
    db = Database.create(db_path, key)
    db.close()
    db.close()  # twice is fine
    assert not db.is_open
    with pytest.raises(VaultLocked):
        _ = db.connection
    with pytest.raises(VaultLocked), db.transaction():
        pass


def test_integrity_ok_then_flipped_byte_found(db_path: Path, key: bytes) -> None:
    db = Database.create(db_path, key)
    # enough rows that the middle of the file is surely one of vault_settings' pages,
    # however many (empty) tables the schema has
    _fill(db, 2000)
    assert db.integrity_problems() == []
    db.close()
    size = db_path.stat().st_size
    assert size > 8 * 4096
    with open(db_path, "r+b") as f:
        f.seek(size // 2)
        byte = f.read(1)
        f.seek(size // 2)
        f.write(bytes([byte[0] ^ 0x01]))
    try:
        db = Database.open(db_path, key)
    except VaultDamaged:
        return
    problems = db.integrity_problems()
    assert problems
    assert any(str(db_path) in p for p in problems)
    # whichever table owns the damaged page, reading it says VaultDamaged
    with db.read() as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    with pytest.raises(VaultDamaged):
        for table in tables:
            with db.read() as conn:
                conn.execute(f'SELECT * FROM "{table}"').fetchall()
    db.close()


def test_migration_makes_encrypted_backup_first(
    db_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.create(db_path, key)
    VaultSettings(db).set("before", "yes")
    db.close()
    old_version = schema.SCHEMA_VERSION
    extra = "CREATE TABLE added_later (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT '');"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, extra])

    db = Database.open(db_path, key)
    assert db.user_version() == old_version + 1
    with db.read() as conn:
        conn.execute("SELECT count(*) FROM added_later").fetchone()
    db.close()

    backups = sorted((db_path.parent / "backups").iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    # The backup opens with the same key and is still at the old version.
    conn = sqlcipher3.connect(str(backup))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert conn.execute("SELECT value FROM vault_settings WHERE key='before'").fetchone() == (
        "yes",
    )
    conn.close()

    # Opening again: nothing to migrate, no second backup.
    Database.open(db_path, key).close()
    assert len(list((db_path.parent / "backups").iterdir())) == 1


def test_failed_migration_rolls_back(
    db_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.create(db_path, key).close()
    broken = "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(sqlcipher3.OperationalError):
        Database.open(db_path, key)
    monkeypatch.undo()
    db = Database.open(db_path, key)
    assert db.user_version() == schema.SCHEMA_VERSION
    with db.read() as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    db.close()


def test_schema_too_new(db_path: Path, key: bytes) -> None:
    db = Database.create(db_path, key)
    db.connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(SchemaTooNew) as info:
        Database.open(db_path, key)
    assert info.value.found == schema.SCHEMA_VERSION + 5
    assert info.value.supported == schema.SCHEMA_VERSION
    assert not (db_path.parent / "backups").exists()


def test_key_must_be_32_bytes(db_path: Path) -> None:
    with pytest.raises(ValueError):
        Database.create(db_path, b"short")
    assert not db_path.exists()
