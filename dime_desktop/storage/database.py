"""The encrypted SQLite database (SQLCipher) of a vault.

Opened with a raw 256-bit key (``PRAGMA key = "x'<hex>'"``), so SQLCipher runs
no key derivation of its own: the passphrase work is done once, in
``dime_desktop.vault``. Every page is encrypted and authenticated (HMAC), so a
changed byte on disk is detected when that page is read.

Migrations come from :mod:`dime_desktop.storage.schema`; before an existing
database is migrated, a copy of its (still encrypted) file is put in
``<vault>/backups/``.

Before SQLite touches an existing file it is checked (:func:`check_file`): a
missing, empty or truncated database is *damaged*, never a new one, and is
reported without a byte written (no schema over it, no -wal beside it).

Every SQLite failure leaves here as a :class:`~dime_desktop.errors.DimeError`
with its own sentence: damage (``VaultDamaged``), busy/locked (``VaultBusy``),
a full disk (``DiskFull``), a read-only disk or folder (``VaultReadOnly``) and
I/O errors (``VaultIOError``). Constraint violations stay ``IntegrityError``
for the repositories, programming errors stay what they are.

Only ``dime_desktop.storage`` uses this module (and ``sqlcipher3``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3

from dime_desktop.errors import (
    DimeError,
    DiskFull,
    OutputFileError,
    SchemaTooNew,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultIOError,
    VaultLocked,
    VaultMissing,
    VaultReadOnly,
)
from dime_desktop.fileio import atomic_write, fsync_dir
from dime_desktop.storage import page_cache, schema

KEY_BYTES = 32
BACKUP_FOLDER = "backups"

# SQLite result codes (primary) that mean "the file is not what it should be".
_DAMAGE_CODES = frozenset({sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB})
_BUSY_TIMEOUT_S = 10.0


def _damaged(path: Path, exc: BaseException) -> VaultDamaged:
    return VaultDamaged(f"The vault database {path} is damaged and cannot be read ({exc}).", path)


PAGE_SIZE = 4096  # SQLCipher 4's default; every file of ours has whole pages
SALT_BYTES = 16  # SQLCipher keeps a random salt in the first 16 bytes of the file

_BUSY_CODES = frozenset({sqlcipher3.SQLITE_BUSY, sqlcipher3.SQLITE_LOCKED})
_MESSAGES = (  # when an error comes without a code
    ("database is locked", "busy"),
    ("database table is locked", "busy"),
    ("database or disk is full", "full"),
    ("disk is full", "full"),
    ("readonly database", "readonly"),
    ("read-only", "readonly"),
    ("disk i/o error", "io"),
    ("unable to open database file", "cantopen"),
)


def _kind(exc: BaseException) -> str | None:
    """What an SQLite error means for the user: damage, busy, full, readonly,
    io, cantopen, or None (a constraint or a programming error)."""
    if not isinstance(exc, sqlcipher3.Error):
        return None
    if isinstance(exc, sqlcipher3.IntegrityError | sqlcipher3.ProgrammingError):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary in _DAMAGE_CODES:
            return "damage"
        if primary in _BUSY_CODES:
            return "busy"
        if primary == sqlcipher3.SQLITE_FULL:
            return "full"
        if primary == sqlcipher3.SQLITE_READONLY:
            return "readonly"
        if primary == sqlcipher3.SQLITE_IOERR:
            return "io"
        if primary in (sqlcipher3.SQLITE_CANTOPEN, sqlcipher3.SQLITE_PERM):
            return "cantopen"
    text = str(exc).lower()
    for needle, kind in _MESSAGES:
        if needle in text:
            return kind
    if type(exc) is sqlcipher3.DatabaseError:
        return "damage"
    return None


def storage_error(path: Path, exc: BaseException) -> DimeError | None:
    """The user's error for an SQLite failure on the database at ``path``
    (None for constraint and programming errors, which stay as they are)."""
    path = Path(path)
    kind = _kind(exc)
    if kind is None:
        return None
    if kind == "damage":
        return _damaged(path, exc)
    if kind == "busy":
        return VaultBusy(
            f"The vault database {path} stayed busy (locked by another connection) for "
            f"{_BUSY_TIMEOUT_S:.0f} seconds, so nothing was changed; try again.",
            path,
        )
    if kind == "full":
        return DiskFull(
            f"The disk holding {path} is full, so the change was not saved (what was "
            "saved before is intact); free some space and try again.",
            path,
        )
    if kind == "readonly" or (kind == "cantopen" and not os.access(path.parent, os.W_OK)):
        return VaultReadOnly(
            f"The vault at {path.parent} cannot be written (a read-only disk or folder, "
            "or missing permissions), so nothing was changed.",
            path,
        )
    return VaultIOError(
        f"The disk reported an error reading or writing {path} ({exc}), so nothing was "
        "changed; check the disk or memory stick and its connection, then run a verify.",
        path,
    )


def os_storage_error(path: Path, exc: OSError) -> DimeError:
    """The same sentences for an operating-system error on a vault file."""
    path = Path(path)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(
            f"The disk holding {path} is full, so it could not be written (what was saved "
            "before is intact); free some space and try again.",
            path,
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultReadOnly(
            f"{path} cannot be written (a read-only disk or folder, or missing "
            "permissions), so nothing was changed.",
            path,
        )
    return VaultIOError(
        f"The disk reported an error on {path} ({exc.strerror or exc}), so nothing was "
        "changed; check the disk or memory stick and its connection.",
        path,
    )


def _raise_mapped(path: Path, exc: BaseException) -> None:
    mapped = storage_error(path, exc)
    if mapped is not None:
        raise mapped from None


def database_salt(path: Path) -> bytes | None:
    """The random salt SQLCipher keeps at the start of the file (not secret):
    it tells one database file from another without the key. None if the
    file is missing or shorter than that."""
    try:
        with open(path, "rb") as f:
            head = f.read(SALT_BYTES)
    except OSError:
        return None
    return head if len(head) == SALT_BYTES else None


def check_file(path: Path) -> None:
    """Refuse a database file that is missing, empty or cut short, before
    SQLite sees it (SQLite would take an empty file for a new database and
    write a schema into it). Reads only the file's size."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise VaultDamaged(
            f"The vault database {path} is missing, although its key file is there; "
            "restore the vault from a backup.",
            path,
        ) from None
    except OSError as exc:
        raise os_storage_error(path, exc) from None
    if size == 0:
        raise VaultDamaged(
            f"The vault database {path} is empty (0 bytes): its contents were lost. "
            "Nothing was changed; restore the vault from a backup.",
            path,
        )
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultDamaged(
            f"The vault database {path} is cut short ({size} bytes, not whole pages of "
            f"{PAGE_SIZE}). Nothing was changed; restore the vault from a backup.",
            path,
        )


def _readonly_uri(path: Path) -> str:
    return Path(path).absolute().as_uri() + "?mode=ro&immutable=1"


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
    def open(
        cls,
        path: Path,
        key: bytes,
        *,
        before_migrate: Callable[[Database, int, int], None] | None = None,
    ) -> Database:
        """Open an existing database; migrate it (after an encrypted backup)
        if it is older than this program, refuse if it is newer.

        A missing, empty or truncated file is :class:`VaultDamaged` and is
        left exactly as it is. ``before_migrate(db, found, target)`` replaces
        the plain copy into ``backups/`` (the vault makes a full backup)."""
        path = Path(path)
        pragma = _pragma_key(key)
        if not path.exists():
            raise VaultMissing(f"There is no vault database at {path}.", path)
        check_file(path)
        cls.check_readable(path, key)
        db = cls(path, cls._connect(path, pragma))
        try:
            db._migrate(backup=True, before_migrate=before_migrate)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def check_readable(path: Path, key: bytes) -> None:
        """Decrypt the first page and compare the page count in it with the
        file, without writing anything (read-only, ``immutable``: no -wal,
        no -shm, no lock). Skipped when a -wal with content is beside the file:
        its pages belong to the database (a crash before a checkpoint) and only
        a normal open brings them in. VaultDamaged when it fails."""
        path = Path(path)
        wal = Path(f"{path}-wal")
        try:
            if wal.exists() and wal.stat().st_size > 0:
                return
        except OSError:
            return
        pragma = _pragma_key(key)
        try:
            conn = sqlcipher3.connect(_readonly_uri(path), uri=True)
        except sqlcipher3.Error as exc:
            _raise_mapped(path, exc)
            raise
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(pragma)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.Error as exc:
            _raise_mapped(path, exc)
            raise
        finally:
            conn.close()

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
            _raise_mapped(path, exc)
            raise
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
            # SQLCipher decrypts every page it reads: the cache holds the whole
            # database up to a cap (storage/page_cache.py, issue 14).
            conn.execute(f"PRAGMA cache_size = -{page_cache.cache_kib()}")
        except sqlcipher3.Error as exc:
            conn.close()
            _raise_mapped(path, exc)
            raise
        return conn

    # --- migrations --------------------------------------------------------

    def _user_version(self) -> int:
        row = self.connection.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def _migrate(
        self,
        *,
        backup: bool,
        before_migrate: Callable[[Database, int, int], None] | None = None,
    ) -> None:
        conn = self.connection
        try:
            version = self._user_version()
        except sqlcipher3.Error as exc:
            _raise_mapped(self.path, exc)
            raise
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
            if before_migrate is not None:
                before_migrate(self, version, target)
            else:
                self.backup_copy(f"before-v{target}")
        for index in range(version, target):
            try:
                conn.executescript(_migration_script(migrations[index], index + 1))
            except sqlcipher3.Error as exc:
                if conn.in_transaction:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                _raise_mapped(self.path, exc)
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
                _raise_mapped(self.path, exc)
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

    # --- encrypted copies (backups, key rotation) ---------------------------

    def snapshot_to(
        self,
        target: Path,
        key: bytes,
        *,
        progress: Callable[[int, int], None] | None = None,
        wal: bool = False,
    ) -> dict[str, int]:
        """Write a consistent copy of the database to the new file ``target``
        (0600), encrypted with ``key`` (the same key for a backup, a new one
        for a key rotation), with SQLite's online backup API: page by page,
        ``progress(done, total)`` after each step. Writers of this process
        wait meanwhile (the lock); there are no others (the vault lock). The
        copy uses a rollback journal (one file) unless ``wal``. A failure
        removes the partial file and raises the mapped error. Returns the
        row counts of the database at the moment of the copy (the copy must
        hold the same)."""
        with self._lock:
            conn = self.connection
            try:
                counts = _table_counts(conn)
            except sqlcipher3.Error as exc:
                _raise_mapped(self.path, exc)
                raise
            _copy_database(conn, self.path, Path(target), key, progress, wal)
            return counts

    def replace_file(self, change: Callable[[], None], key: bytes, old_key: bytes) -> None:
        """Close the connection (after a full checkpoint: the -wal is empty),
        run ``change()`` — which may put another database file in place —
        and open the file again with ``key``; the repositories built on this
        object keep working. If ``change()`` fails, the file is opened again
        with ``old_key``. Only for the vault's key rotation and restore."""
        with self._lock:
            conn = self.connection
            if conn.in_transaction:
                raise VaultLocked(f"The vault database {self.path} is busy.", self.path)
            try:
                row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlcipher3.Error as exc:
                _raise_mapped(self.path, exc)
                raise
            if row is None or int(row[0]) != 0:
                raise VaultBusy(
                    f"The vault database {self.path} is busy, so it cannot be replaced now; "
                    "try again.",
                    self.path,
                )
            conn.close()
            self._conn = None
            try:
                change()
            except BaseException:
                self._conn = self._connect(self.path, _pragma_key(old_key))
                raise
            self._conn = self._connect(self.path, _pragma_key(key))

    @staticmethod
    def copy_file(
        source: Path,
        source_key: bytes,
        target: Path,
        target_key: bytes,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Like :meth:`snapshot_to` for a database file that is not open (a
        backup): read-only from ``source``, written to the new ``target``."""
        source = Path(source)
        check_file(source)
        try:
            conn = sqlcipher3.connect(_readonly_uri(source), uri=True, isolation_level=None)
        except sqlcipher3.Error as exc:
            _raise_mapped(source, exc)
            raise
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(_pragma_key(source_key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _copy_database(conn, source, Path(target), target_key, progress, False)
        except sqlcipher3.Error as exc:
            _raise_mapped(source, exc)
            raise
        finally:
            conn.close()

    @staticmethod
    def inspect_file(
        path: Path, key: bytes, *, full: bool = True
    ) -> tuple[list[str], dict[str, int], int]:
        """Open a database file read-only (nothing written, not even a -wal)
        and check it: ``(problems, counts of rows by table, schema version)``.
        ``problems == []`` means every page decrypts and authenticates (and,
        when ``full``, the b-tree structure and foreign keys are sound; a fresh
        copy of a vault that passes its own verify needs only the pages read
        back: counting every table reads every row, and the structure is the
        vault's, which ``verify`` checks — this takes a third of the time)."""
        path = Path(path)
        check_file(path)
        try:
            conn = sqlcipher3.connect(_readonly_uri(path), uri=True, isolation_level=None)
        except sqlcipher3.Error as exc:
            _raise_mapped(path, exc)
            raise
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(_pragma_key(key))
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.Error as exc:
                _raise_mapped(path, exc)
                raise
            problems = _integrity(conn, path, full)
            counts = _table_counts(conn) if not problems else {}
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlcipher3.Error as exc:
            _raise_mapped(path, exc)
            raise
        finally:
            conn.close()
        return problems, counts, version

    def table_counts(self) -> dict[str, int]:
        """Rows in every table (a backup must hold the same)."""
        with self.read() as conn:
            return _table_counts(conn)

    def total_changes(self) -> int:
        """Rows changed through this connection since it was opened."""
        with self._lock:
            return int(self.connection.total_changes)

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
                _raise_mapped(self.path, exc)
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
                _raise_mapped(self.path, exc)
                raise
            self._depth -= 1
            try:
                conn.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")
            except sqlcipher3.Error as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    if depth == 0 and conn.in_transaction:
                        conn.execute("ROLLBACK")
                _raise_mapped(self.path, exc)
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
                _raise_mapped(self.path, exc)
                raise

    def user_version(self) -> int:
        with self.read():
            return self._user_version()

    def integrity_problems(self) -> list[str]:
        """Full check: every page's HMAC (``cipher_integrity_check``), the
        b-tree structure (``integrity_check``) and foreign keys. ``[]`` when
        all is well; otherwise one English line per problem."""
        with self._lock:
            return _integrity(self.connection, self.path)

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


def _integrity(conn: Any, path: Path, full: bool = True) -> list[str]:
    problems: list[str] = []
    checks: list[tuple[str, str]] = [("encryption", "PRAGMA cipher_integrity_check")]
    if full:
        checks += [
            ("structure", "PRAGMA integrity_check"),
            ("foreign keys", "PRAGMA foreign_key_check"),
        ]
    for what, sql in checks:
        try:
            rows = conn.execute(sql).fetchall()
        except sqlcipher3.Error as exc:
            problems.append(f"{path}: {what} check failed: {exc}")
            continue
        for row in rows:
            if what == "structure" and len(row) == 1 and str(row[0]) == "ok":
                continue
            if what == "foreign keys":
                table, rowid, parent, _ = row
                problems.append(
                    f"{path}: row {rowid} of table {table} refers to a missing row in {parent}"
                )
            else:
                text = " ".join(str(v) for v in row)
                problems.append(f"{path}: {what}: {text}")
    return problems


def _table_counts(conn: Any) -> dict[str, int]:
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    counts: dict[str, int] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    return counts


def _copy_database(
    conn: Any,
    source: Path,
    target: Path,
    key: bytes,
    progress: Callable[[int, int], None] | None,
    wal: bool,
) -> None:
    pragma = _pragma_key(key)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise VaultExists(f"A database file already exists at {target}.", target) from None
    except OSError as exc:
        raise os_storage_error(target, exc) from None
    os.close(fd)
    dst: Any = None
    try:
        os.chmod(target, 0o600)
        dst = sqlcipher3.connect(str(target), isolation_level=None)
        dst.execute("PRAGMA cipher_log_level = NONE")
        dst.execute(pragma)

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        conn.backup(dst, pages=1024, progress=step)
        mode = "WAL" if wal else "DELETE"
        dst.execute(f"PRAGMA journal_mode = {mode}").fetchone()
        dst.close()
        dst = None
        with open(target, "rb+") as f:
            os.fsync(f.fileno())
    except BaseException as exc:
        if dst is not None:
            with contextlib.suppress(sqlcipher3.Error):
                dst.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{target}{suffix}").unlink()
        if isinstance(exc, OSError):
            raise os_storage_error(target, exc) from None
        if isinstance(exc, sqlcipher3.Error):
            # damage is in what was read; a full disk in what was written
            mapped = storage_error(source if _kind(exc) == "damage" else target, exc)
            if mapped is not None:
                raise mapped from None
        raise
