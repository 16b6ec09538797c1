"""The encrypted SQLite database (SQLCipher) of a vault.

Opened with a raw 256-bit key (``PRAGMA key = "x'<hex>'"``), so SQLCipher runs
no key derivation of its own: the passphrase work is done once, in
``dime_desktop.vault``. Every page is encrypted and authenticated (HMAC), so a
changed byte on disk is detected when that page is read.

Migrations come from :mod:`dime_desktop.storage.schema`; before an existing
database is migrated, a copy of its (still encrypted) file is put in
``<vault>/backups/``.

Only ``dime_desktop.storage`` uses this module (and ``sqlcipher3``).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import sqlcipher3

from dime_desktop.errors import (
    OutputFileError,
    SchemaTooNew,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
)
from dime_desktop.fileio import atomic_write, fsync_dir
from dime_desktop.storage import schema

KEY_BYTES = 32
BACKUP_FOLDER = "backups"

# SQLite result codes (primary) that mean "the file is not what it should be".
_DAMAGE_CODES = frozenset({sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB})
_BUSY_TIMEOUT_S = 10.0
CACHE_KIB = 64 * 1024  # page cache of the open vault


def _is_damage(exc: BaseException) -> bool:
    """True for errors that mean the file is damaged (or not this database).

    Only these become :class:`VaultDamaged`: constraint violations
    (``IntegrityError``) and programming errors stay what they are, so the
    repositories can handle them.
    """
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _DAMAGE_CODES:
        return True
    # Without an error code: plain DatabaseError is what corruption maps to.
    return type(exc) is sqlcipher3.DatabaseError


def _damaged(path: Path, exc: BaseException) -> VaultDamaged:
    return VaultDamaged(f"The vault database {path} is damaged and cannot be read ({exc}).", path)


def _pragma_key(key: bytes) -> str:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError(f"the database key must be {KEY_BYTES} bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def _migration_script(migration: str, version: int) -> str:
    # executescript() commits any open transaction first, so the whole
    # migration (with its version bump) is one explicit transaction here.
    return f"BEGIN IMMEDIATE;\n{migration}\n;\nPRAGMA user_version = {int(version)};\nCOMMIT;\n"


class Database:
    """One open connection to an encrypted vault database.

    The connection may be used from a worker thread (GUI background tasks);
    :meth:`transaction` and :meth:`read` serialise access with a lock.
    """

    def __init__(self, path: Path, conn: sqlcipher3.Connection) -> None:
        self.path = Path(path)
        self._conn: sqlcipher3.Connection | None = conn
        self._lock = threading.RLock()
        self._depth = 0

    # --- opening -----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, key: bytes) -> Database:
        """Create a new encrypted database file at ``path`` (mode 0600) and
        bring its schema to ``SCHEMA_VERSION``. The file must not exist."""
        path = Path(path)
        pragma = _pragma_key(key)
        try:
            # Create the (empty) file ourselves so it is 0600 from the start;
            # SQLite gives -wal/-shm the same mode as the database file.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise VaultExists(f"A database file already exists at {path}.", path) from None
        except OSError as exc:
            raise OutputFileError(path, exc.strerror or str(exc)) from None
        os.close(fd)
        os.chmod(path, 0o600)
        try:
            db = cls(path, cls._connect(path, pragma))
            db._migrate(backup=False)
        except BaseException:
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return db

    @classmethod
    def open(cls, path: Path, key: bytes) -> Database:
        """Open an existing database; migrate it (after an encrypted backup)
        if it is older than this program, refuse if it is newer."""
        path = Path(path)
        pragma = _pragma_key(key)
        if not path.is_file():
            raise VaultMissing(f"There is no vault database at {path}.", path)
        db = cls(path, cls._connect(path, pragma))
        try:
            db._migrate(backup=True)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _connect(path: Path, pragma_key: str) -> sqlcipher3.Connection:
        try:
            conn = sqlcipher3.connect(
                str(path),
                isolation_level=None,  # we BEGIN/COMMIT ourselves
                check_same_thread=False,  # guarded by Database._lock
                timeout=_BUSY_TIMEOUT_S,
            )
        except sqlcipher3.Error as exc:
            raise _damaged(path, exc) from None
        try:
            # Before the key: SQLCipher otherwise logs decryption failures
            # (with page numbers) to stderr.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(pragma_key)
            # The first read decrypts page 1: a wrong key or a damaged header
            # fails here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise sqlcipher3.DatabaseError(f"could not switch to WAL mode ({mode!r})")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            # SQLCipher decrypts every page it reads; with the default 2 MiB cache a
            # full-text search over 100,000 cases re-decrypts the index each time
            # (60 ms vs 4 ms; benchmarks/bench_storage.py --cache-mib). Decrypted
            # pages stay in this process's memory only.
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        except sqlcipher3.Error as exc:
            conn.close()
            raise _damaged(path, exc) from None
        return conn

    # --- migrations --------------------------------------------------------

    def _user_version(self) -> int:
        row = self.connection.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def _migrate(self, *, backup: bool) -> None:
        conn = self.connection
        try:
            version = self._user_version()
        except sqlcipher3.Error as exc:
            raise _damaged(self.path, exc) from None
        migrations = schema.MIGRATIONS  # looked up now: tests may patch it
        target = len(migrations)
        if version > target:
            raise SchemaTooNew(
                f"The vault {self.path} was written by a newer version of DiMe Desktop "
                f"(database version {version}; this program knows up to {target}). "
                "Install the newer version to open it.",
                found=version,
                supported=target,
                path=self.path,
            )
        if version == target:
            return
        if backup:
            self.backup_copy(f"before-v{target}")
        for index in range(version, target):
            try:
                conn.executescript(_migration_script(migrations[index], index + 1))
            except sqlcipher3.Error as exc:
                if conn.in_transaction:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                if _is_damage(exc):
                    raise _damaged(self.path, exc) from None
                raise

    def backup_copy(self, label: str = "backup") -> Path:
        """Copy the encrypted database file into ``<vault>/backups/`` (0600)
        and return the copy's path. The WAL is checkpointed first so the copy
        is complete; the copy stays encrypted with the same key."""
        folder = self.path.parent / BACKUP_FOLDER
        safe_label = re.sub(r"[^A-Za-z0-9_.-]", "_", label)
        with self._lock:
            conn = self.connection
            try:
                version = self._user_version()
                row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlcipher3.Error as exc:
                if _is_damage(exc):
                    raise _damaged(self.path, exc) from None
                raise
            if row is not None and int(row[0]) != 0:
                raise OutputFileError(
                    self.path, "the database is busy, so no complete backup could be made"
                )
            try:
                folder.mkdir(mode=0o700, exist_ok=True)
                os.chmod(folder, 0o700)
            except OSError as exc:
                raise OutputFileError(folder, exc.strerror or str(exc)) from None
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            target = folder / f"{self.path.stem}-v{version}-{stamp}-{safe_label}.db"

            def write(out: BinaryIO) -> None:
                with open(self.path, "rb") as src:
                    shutil.copyfileobj(src, out)

            atomic_write(target, write, 0o600)
            fsync_dir(folder)
            return target

    # --- access ------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> sqlcipher3.Connection:
        """The raw connection, for repositories inside ``storage/`` only.
        Raises :class:`VaultLocked` once the database is closed."""
        conn = self._conn
        if conn is None:
            raise VaultLocked(f"The vault at {self.path.parent} is locked.", self.path.parent)
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on any exception).
        Nested use becomes a savepoint. Damage is raised as VaultDamaged."""
        with self._lock:
            conn = self.connection
            depth = self._depth
            savepoint = f"sp{depth}"
            try:
                conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
            except sqlcipher3.Error as exc:
                if _is_damage(exc):
                    raise _damaged(self.path, exc) from None
                raise
            self._depth += 1
            try:
                yield conn
            except BaseException as exc:
                self._depth -= 1
                with contextlib.suppress(sqlcipher3.Error):
                    if depth == 0:
                        if conn.in_transaction:
                            conn.execute("ROLLBACK")
                    else:
                        conn.execute(f"ROLLBACK TO {savepoint}")
                        conn.execute(f"RELEASE {savepoint}")
                if _is_damage(exc):
                    raise _damaged(self.path, exc) from None
                raise
            self._depth -= 1
            try:
                conn.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")
            except sqlcipher3.Error as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    if depth == 0 and conn.in_transaction:
                        conn.execute("ROLLBACK")
                if _is_damage(exc):
                    raise _damaged(self.path, exc) from None
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlcipher3.Connection]:
        """For reads: one consistent snapshot (a deferred transaction, or the
        surrounding one). Damage is raised as VaultDamaged."""
        with self._lock:
            conn = self.connection
            own = self._depth == 0 and not conn.in_transaction
            try:
                if own:
                    conn.execute("BEGIN DEFERRED")
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                    if own and conn.in_transaction:
                        with contextlib.suppress(sqlcipher3.Error):
                            conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                if _is_damage(exc):
                    raise _damaged(self.path, exc) from None
                raise

    def user_version(self) -> int:
        with self.read():
            return self._user_version()

    def integrity_problems(self) -> list[str]:
        """Full check: every page's HMAC (``cipher_integrity_check``), the
        b-tree structure (``integrity_check``) and foreign keys. ``[]`` when
        all is well; otherwise one English line per problem."""
        problems: list[str] = []
        with self._lock:
            conn = self.connection
            checks: list[tuple[str, str]] = [
                ("encryption", "PRAGMA cipher_integrity_check"),
                ("structure", "PRAGMA integrity_check"),
                ("foreign keys", "PRAGMA foreign_key_check"),
            ]
            for what, sql in checks:
                try:
                    rows = conn.execute(sql).fetchall()
                except sqlcipher3.Error as exc:
                    problems.append(f"{self.path}: {what} check failed: {exc}")
                    continue
                for row in rows:
                    if what == "structure" and len(row) == 1 and str(row[0]) == "ok":
                        continue
                    if what == "foreign keys":
                        table, rowid, parent, _ = row
                        problems.append(
                            f"{self.path}: row {rowid} of table {table} refers to a missing "
                            f"row in {parent}"
                        )
                    else:
                        text = " ".join(str(v) for v in row)
                        problems.append(f"{self.path}: {what}: {text}")
        return problems

    def close(self) -> None:
        """Checkpoint the WAL (so the -wal file is emptied) and close. Safe to
        call twice."""
        with self._lock:
            conn = self._conn
            if conn is None:
                return
            self._conn = None
            with contextlib.suppress(sqlcipher3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
