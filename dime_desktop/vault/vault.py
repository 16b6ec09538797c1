"""The vault: a folder holding the encrypted case register.

Layout (folder 0700, files 0600)::

    <vault>/vault.db          SQLCipher database (+ vault.db-wal, vault.db-shm)
    <vault>/vault-keys.json   the database key, wrapped by passphrase and recovery key
    <vault>/vault.lock        held (OS lock) while a program has the vault unlocked
    <vault>/backups/          verified encrypted backups (see backups.py)
    <vault>/vault.db.next     only for a moment: a database waiting to replace
                              vault.db (key rotation, restore over the vault)

The database key is random (256 bits) and is never stored unwrapped, except
in the OS keychain when the user asks to be remembered on this device.
A wrong passphrase is found from the GCM tag of the wrapped key, before the
database is opened: nothing in the folder is touched. Neither is anything
touched when the database is missing, empty, cut short, or when the key file
belongs to another vault's database: those are reported and left as they are.

Replacing the database (rotation, restore) is crash-safe: the new file is
written and checked as ``vault.db.next``, then the key file naming it (by its
``database_salt``) replaces the old key file — the one commit point — and
only then does ``vault.db.next`` become ``vault.db``. An unlock that finds a
``vault.db.next`` finishes the step if the key file names it and removes it
otherwise.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dime_desktop.errors import (
    DimeError,
    KeyFileOfAnotherVault,
    NotAVault,
    PassphraseNeeded,
    PassphraseRejected,
    VaultDamaged,
    VaultExists,
    VaultIOError,
    VaultIsABackup,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from dime_desktop.fileio import fsync_dir
from dime_desktop.storage import access_log as audit
from dime_desktop.storage.access_log import AccessLogRepository
from dime_desktop.storage.database import Database, check_file, database_salt, os_storage_error
from dime_desktop.vault import keychain, keyfile, passphrase_policy, recovery
from dime_desktop.vault.kdf import KdfParams, calibrate
from dime_desktop.vault.lock import VaultLock, check_free
from dime_desktop.vault.notices import Notice

Progress = Callable[[int, int], None]

if TYPE_CHECKING:
    from dime_desktop.storage.cases import CaseRepository
    from dime_desktop.storage.document_drafts import DocumentDraftRepository
    from dime_desktop.storage.erasure import ErasureRepository
    from dime_desktop.storage.evidence import EvidenceRepository
    from dime_desktop.storage.handover import HandoverStore
    from dime_desktop.storage.identity import IdentityStore
    from dime_desktop.storage.intake import IntakeRepository
    from dime_desktop.storage.mediation import MediationRepository
    from dime_desktop.storage.outreach import OutreachRepository
    from dime_desktop.storage.settings import VaultSettings
    from dime_desktop.storage.statistics import StatisticsQueries
    from dime_desktop.storage.unsaved_forms import UnsavedFormRepository

DB_FILE = "vault.db"
NEXT_DB_FILE = "vault.db.next"
KEYS_FILE = keyfile.KEYS_FILE
BACKUPS = "backups"
DB_KEY_BYTES = 32
STRAY_KEY_TEMP_GLOB = f".{KEYS_FILE}.*.tmp"  # left by a killed atomic write


@dataclass
class CreatedVault:
    vault: Vault
    recovery_key: str  # shown once, e.g. "K7QX-9M2D-..." groups of 4


def _check_new_passphrase(passphrase: str, *, demo: bool = False) -> None:
    reasons = passphrase_policy.check_passphrase(passphrase, allow_demo=demo)
    if reasons:
        raise PassphraseRejected(
            "The passphrase was refused: " + passphrase_policy.explain(reasons), reasons
        )


def _locate(path: Path) -> tuple[Path, Path]:
    """The keys file and database of the vault at ``path``, after checking
    that they are there. Only looks; changes nothing."""
    path = Path(path)
    if not path.exists():
        raise VaultMissing(f"There is no vault at {path}.", path)
    if not path.is_dir():
        raise NotAVault(f"{path} is a file, not a vault folder.", path)
    keys = path / KEYS_FILE
    db = path / DB_FILE
    if (path / "backup.json").is_file():
        raise VaultIsABackup(
            f"{path} is a backup, not a vault; restore it into a new folder (dime restore, "
            "or the Backups screen) instead of opening it.",
            path,
        )
    has_keys, has_db = keys.is_file(), db.is_file()
    if not has_keys and not has_db:
        raise NotAVault(f"The folder {path} does not hold a DiMe vault.", path)
    if not has_keys:
        raise VaultDamaged(
            f"The key file {keys} is missing; the vault cannot be opened without it. "
            "Restore it from a backup copy of the vault folder.",
            keys,
        )
    if not has_db and not (path / NEXT_DB_FILE).is_file():
        raise VaultDamaged(
            f"The vault database {db} is missing. Nothing was changed; restore the vault "
            "from a backup.",
            db,
        )
    return keys, db


def _inspect(path: Path) -> keyfile.KeyFile:
    """The vault's key file, after checking — by reading only — that the
    database beside it is there, is not empty or cut short, and is the one
    the key file names. Asks nobody for anything and writes nothing."""
    keys_path, db = _locate(path)
    check_free(Path(path))  # "open elsewhere" is said before the slow passphrase check
    keys = keyfile.load(keys_path)
    nxt = Path(path) / NEXT_DB_FILE
    if (
        keys.database_salt is not None
        and nxt.is_file()
        and database_salt(nxt) == keys.database_salt
    ):
        return keys  # an interrupted replacement; finished after the unlock
    check_file(db)
    if keys.database_salt is not None and database_salt(db) != keys.database_salt:
        raise KeyFileOfAnotherVault(
            f"The key file {keys_path} belongs to another vault: it does not name the "
            f"database {db}. Nothing was changed; put this vault's own key file back "
            "(from a backup of this vault), or open the folder the key file came from.",
            keys_path,
        )
    return keys


def _clean_stray_temp_files(path: Path) -> list[Path]:
    """Remove temporary copies of the key file left by a killed write (they
    may still open with an earlier passphrase). Returns what was removed."""
    removed: list[Path] = []
    for stray in sorted(Path(path).glob(STRAY_KEY_TEMP_GLOB)):
        try:
            stray.unlink()
        except OSError:
            continue
        removed.append(stray)
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir(Path(path))
    return removed


def stray_temp_files(path: Path) -> list[Path]:
    return sorted(Path(path).glob(STRAY_KEY_TEMP_GLOB))


# Failed unlocks of this process, by vault id: (when, how). Nothing may be
# written into the vault folder for a wrong passphrase (and nothing can be
# written into the locked vault), so they wait here and go into the access log
# at the next unlock of the same vault in this program (the unlock screen).
_FAILED_UNLOCKS: dict[str, list[tuple[str, str]]] = {}


def _note_failed_unlock(vault_id: str, how: str) -> None:
    _FAILED_UNLOCKS.setdefault(vault_id, []).append((audit.now_text(), how))


def failed_unlocks_waiting(vault_id: str) -> int:
    """How many failed unlocks of this vault wait for the next unlock."""
    return len(_FAILED_UNLOCKS.get(vault_id, []))


class Vault:
    """An unlocked vault. Get one with :meth:`create` or an ``unlock`` method;
    :meth:`close` locks it again."""

    def __init__(
        self,
        path: Path,
        keys: keyfile.KeyFile,
        db_key: bytes,
        db: Database,
        lock: VaultLock | None = None,
        wrap_keys: dict[str, bytes] | None = None,
    ) -> None:
        self.path = Path(path)
        self.vault_id = keys.vault_id
        self._keys = keys
        self._key: bytearray | None = bytearray(db_key)
        self._db: Database | None = db
        self._lock = lock
        self._repos: dict[str, Any] = {}
        # The wrapping keys derived in this session (from the passphrase, the
        # recovery key): a key rotation re-wraps the new key with them, so the
        # same passphrase and recovery key keep working. Zeroed on close.
        self._wrap_keys: dict[str, bytearray] = {
            k: bytearray(v) for k, v in (wrap_keys or {}).items()
        }
        #: Things done while unlocking that a person may want to know (a stale
        #: lock taken over, stray key copies removed, an interrupted step finished).
        self.notices: list[str] = []
        #: The error of the last automatic backup (on close), if it failed.
        self.last_backup_error: DimeError | None = None
        self._changes_backed_up: int | None = db.total_changes()
        # the access log (issue 12): every repository writes through it
        self._access_log = AccessLogRepository(db)
        audit.attach(db, self._access_log)
        self._audited = False  # log unlock/lock (not for a copy being checked)

    # --- finding, creating, unlocking -----------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        """Whether ``path`` holds (at least part of) a vault."""
        path = Path(path)
        return (path / KEYS_FILE).exists() or (path / DB_FILE).exists()

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        demo: bool = False,
        actor: str = "",
    ) -> CreatedVault:
        """A new vault at ``path`` (a new or empty folder). Returns it unlocked,
        with the recovery key to show once. ``demo`` allows the published demo
        passphrase (only for the throwaway demo vaults)."""
        path = Path(path)
        _check_new_passphrase(passphrase, demo=demo)
        if cls.exists(path):
            raise VaultExists(f"There is already a vault at {path}.", path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExists(
                f"{path} already exists and is not an empty folder; choose a new folder "
                "for the vault.",
                path,
            )
        if kdf is None:
            kdf = calibrate()
        elif kdf.problems():
            raise ValueError("unusable Argon2id parameters: " + "; ".join(kdf.problems()))

        made_folder = not path.exists()
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(path, 0o700)
        except OSError as exc:
            from dime_desktop.errors import OutputFileError

            raise OutputFileError(path, exc.strerror or str(exc)) from None

        db_key = secrets.token_bytes(DB_KEY_BYTES)
        vault_id = secrets.token_hex(16)
        recovery_bytes = recovery.new_key()
        pass_wrap, pass_kek = keyfile.new_passphrase_wrap(db_key, passphrase, vault_id, kdf)
        rec_wrap, rec_kek = keyfile.new_recovery_wrap(db_key, recovery_bytes, vault_id)
        db: Database | None = None
        lock: VaultLock | None = None
        try:
            lock = VaultLock.acquire(path)
            db = Database.create(path / DB_FILE, db_key)
            keys = keyfile.new_key_file(
                vault_id, db_key, [pass_wrap, rec_wrap], database_salt(path / DB_FILE)
            )
            keyfile.save(path / KEYS_FILE, keys)
            lock.write_owner()
        except BaseException:
            if db is not None:
                db.close()
            for name in (KEYS_FILE, DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm"):
                with contextlib.suppress(OSError):
                    (path / name).unlink(missing_ok=True)
            if lock is not None:
                lock.release()
                with contextlib.suppress(OSError):
                    lock.path.unlink(missing_ok=True)
            if made_folder:
                with contextlib.suppress(OSError):
                    path.rmdir()
            raise
        vault = cls(
            path,
            keys,
            db_key,
            db,
            lock,
            {keyfile.PASSPHRASE: pass_kek, keyfile.RECOVERY: rec_kek},
        )
        vault._changes_backed_up = -1  # a new vault has no backup yet
        vault._start_audit(actor, "created")
        return CreatedVault(vault, recovery.format_key(recovery_bytes))

    @classmethod
    def _open_with_key(
        cls,
        path: Path,
        keys: keyfile.KeyFile,
        db_key: bytes,
        wrap_keys: dict[str, bytes] | None = None,
        *,
        auto_backup: bool = True,
        actor: str | None = None,
        how: str = "passphrase",
    ) -> Vault:
        path = Path(path)
        db_path = path / DB_FILE
        if not keyfile.matches(keys, db_key):
            raise VaultDamaged(
                f"The key file {path / KEYS_FILE} is damaged (the unwrapped key does "
                "not match its check value).",
                path / KEYS_FILE,
            )
        lock = VaultLock.acquire(path)  # VaultInUse
        notices: list[str] = []
        try:
            notices += _finish_replacement(path, keys)

            def before_migrate(db: Database, found: int, target: int) -> None:
                from dime_desktop.vault import backups

                backups.make_backup(db, db_key, keys, path / BACKUPS, label=f"before-v{target}")

            try:
                db = Database.open(db_path, db_key, before_migrate=before_migrate)
            except VaultDamaged as exc:
                if keys.database_salt is None and "not a database" in str(exc):
                    # an older key file that does not name its database: the key
                    # opens no page of this file, so it is not this file's key
                    raise KeyFileOfAnotherVault(
                        f"The key file {path / KEYS_FILE} does not open the database "
                        f"{db_path}: it belongs to another vault, or the database is "
                        "damaged. Nothing was changed; restore the vault from a backup.",
                        path / KEYS_FILE,
                    ) from None
                raise
        except BaseException:
            lock.release()
            raise
        lock.write_owner()
        from dime_desktop.vault import backups

        backups.clean_leftovers(path)
        if lock.stale_owner is not None:
            notices.append(
                Notice(
                    "stale_lock",
                    f"The vault was not closed properly by {lock.stale_owner.describe()} "
                    "(the program stopped); its lock was taken over.",
                    owner=lock.stale_owner,
                )
            )
        for stray in _clean_stray_temp_files(path):
            notices.append(
                Notice(
                    "stray_key_copy",
                    f"Removed {stray.name}, a temporary copy of the key file left by an "
                    "interrupted write (it could still open with an earlier passphrase).",
                    name=stray.name,
                )
            )
        vault = cls(path, keys, db_key, db, lock, wrap_keys)
        vault.notices = notices
        if keys.database_salt is None:  # name the database in an older key file
            salt = database_salt(db_path)
            if salt is not None:
                with contextlib.suppress(DimeError):
                    vault._save_keys(keys.with_database_salt(salt))
        if not auto_backup:
            vault._changes_backed_up = None
        if actor is not None:
            vault._start_audit(actor, how)
        return vault

    def _start_audit(self, actor: str, how: str) -> None:
        """Log the unlock (after the failed ones this program saw) as ``actor``."""
        self._access_log.actor = actor
        self._audited = True
        try:
            with self.database.transaction():
                for when, failed_how in _FAILED_UNLOCKS.get(self.vault_id, []):
                    self._access_log.record(
                        audit.UNLOCK_FAILED,
                        detail=failed_how,
                        at=audit.parse_time(when),
                        actor="",
                    )
                self._access_log.record(audit.UNLOCK, detail=how)
        except DimeError as exc:  # a read-only vault still opens
            self.notices.append(
                Notice(
                    "access_log_failed",
                    f"The unlock could not be written to the access log ({exc}).",
                    error=exc,
                )
            )
        else:
            _FAILED_UNLOCKS.pop(self.vault_id, None)

    @classmethod
    def unlock(cls, path: Path, passphrase: str, *, actor: str | None = "") -> Vault:
        """Open with the passphrase. ``actor`` (the adviser's name) goes into
        the access log with the unlock; None: no unlock is logged (a copy
        being checked)."""
        path = Path(path)
        keys = _inspect(path)
        keys_path = path / KEYS_FILE
        if keyfile.PASSPHRASE not in keys.wraps:
            raise keyfile.missing_wrap_problem(keys_path, keyfile.PASSPHRASE)
        wrap = keys.wraps[keyfile.PASSPHRASE]
        kek = keyfile.passphrase_wrap_key(wrap, passphrase)
        db_key = keyfile.open_wrap(kek, wrap, keys.vault_id)
        if db_key is None:
            if actor is not None:
                _note_failed_unlock(keys.vault_id, "passphrase")
            raise WrongPassphrase(f"The passphrase does not unlock the vault at {path}.", path)
        return cls._open_with_key(
            path, keys, db_key, {keyfile.PASSPHRASE: kek}, actor=actor, how="passphrase"
        )

    @classmethod
    def unlock_with_recovery_key(
        cls, path: Path, recovery_key: str, *, actor: str | None = ""
    ) -> Vault:
        path = Path(path)
        key_bytes = recovery.parse_key(recovery_key, path=path)  # typo -> WrongRecoveryKey
        keys = _inspect(path)
        keys_path = path / KEYS_FILE
        if keyfile.RECOVERY not in keys.wraps:
            raise keyfile.missing_wrap_problem(keys_path, keyfile.RECOVERY)
        wrap = keys.wraps[keyfile.RECOVERY]
        kek = keyfile.recovery_wrap_key(wrap, key_bytes, keys.vault_id)
        db_key = keyfile.open_wrap(kek, wrap, keys.vault_id)
        if db_key is None:
            if actor is not None:
                _note_failed_unlock(keys.vault_id, "recovery_key")
            raise WrongRecoveryKey(
                f"This recovery key does not belong to the vault at {path}.", path
            )
        return cls._open_with_key(
            path, keys, db_key, {keyfile.RECOVERY: kek}, actor=actor, how="recovery_key"
        )

    @classmethod
    def unlock_from_keychain(cls, path: Path, *, actor: str | None = "") -> Vault | None:
        """The vault opened with the key remembered on this device, or None
        if nothing (or no longer the right key) is remembered."""
        path = Path(path)
        keys = _inspect(path)
        db_key = keychain.load_key(keys.vault_id)
        if db_key is None or not keyfile.matches(keys, db_key):
            return None
        return cls._open_with_key(path, keys, db_key, actor=actor, how="keychain")

    @classmethod
    def unlock_with_key(
        cls, path: Path, db_key: bytes, *, auto_backup: bool = True, actor: str | None = None
    ) -> Vault | None:
        """The vault opened with a database key already known (a restore
        checks a copy with the key of the vault it came from); None if this is
        not the key of that vault."""
        path = Path(path)
        keys = _inspect(path)
        if not keyfile.matches(keys, db_key):
            return None
        return cls._open_with_key(
            path, keys, db_key, auto_backup=auto_backup, actor=actor, how="key"
        )

    # --- while unlocked ----------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._db is not None and self._db.is_open

    def _locked(self) -> VaultLocked:
        return VaultLocked(f"The vault at {self.path} is locked.", self.path)

    @property
    def database(self) -> Database:
        """The open database (for code inside ``dime_desktop.storage``)."""
        if self._db is None or not self._db.is_open:
            raise self._locked()
        return self._db

    @property
    def key_file(self) -> keyfile.KeyFile:
        """The key file as this vault last wrote or read it."""
        return self._keys

    def _key_bytes(self) -> bytes:
        if self._key is None:
            raise self._locked()
        return bytes(self._key)

    def _save_keys(self, keys: keyfile.KeyFile) -> None:
        keyfile.save(self.path / KEYS_FILE, keys)
        self._keys = keys

    def _repo(self, name: str) -> Any:
        db = self.database
        repo = self._repos.get(name)
        if repo is None:
            if name == "cases":
                from dime_desktop.reference import default_reference
                from dime_desktop.storage.cases import CaseRepository

                repo = CaseRepository(db, default_reference())
            elif name == "unsaved_forms":
                from dime_desktop.storage.unsaved_forms import UnsavedFormRepository

                repo = UnsavedFormRepository(db)
            elif name == "intake":
                from dime_desktop.storage.intake import IntakeRepository

                repo = IntakeRepository(db)
            elif name == "outreach":
                from dime_desktop.storage.outreach import OutreachRepository

                repo = OutreachRepository(db)
            elif name == "statistics":
                from dime_desktop.storage.statistics import StatisticsQueries

                repo = StatisticsQueries(db)
            elif name == "mediation":
                from dime_desktop.storage.mediation import MediationRepository

                repo = MediationRepository(db)
            elif name == "evidence":
                from dime_desktop.storage.evidence import EvidenceRepository

                repo = EvidenceRepository(db)
            elif name == "document_drafts":
                from dime_desktop.storage.document_drafts import DocumentDraftRepository

                repo = DocumentDraftRepository(db)
            elif name == "identity":
                from dime_desktop.storage.identity import IdentityStore

                repo = IdentityStore(db)
            elif name == "handover":
                from dime_desktop.storage.handover import HandoverStore

                repo = HandoverStore(db, self)
            elif name == "settings":
                from dime_desktop.storage.settings import VaultSettings

                repo = VaultSettings(db)
            elif name == "erasures":
                from dime_desktop.storage.erasure import ErasureRepository

                repo = ErasureRepository(db)
            else:  # pragma: no cover - programming error
                raise AttributeError(name)
            self._repos[name] = repo
        return repo

    @property
    def cases(self) -> CaseRepository:
        repo: CaseRepository = self._repo("cases")
        return repo

    @property
    def unsaved_forms(self) -> UnsavedFormRepository:
        repo: UnsavedFormRepository = self._repo("unsaved_forms")
        return repo

    @property
    def intake(self) -> IntakeRepository:
        repo: IntakeRepository = self._repo("intake")
        return repo

    @property
    def outreach(self) -> OutreachRepository:
        repo: OutreachRepository = self._repo("outreach")
        return repo

    @property
    def statistics(self) -> StatisticsQueries:
        repo: StatisticsQueries = self._repo("statistics")
        return repo

    @property
    def mediation(self) -> MediationRepository:
        repo: MediationRepository = self._repo("mediation")
        return repo

    @property
    def evidence(self) -> EvidenceRepository:
        repo: EvidenceRepository = self._repo("evidence")
        return repo

    @property
    def document_drafts(self) -> DocumentDraftRepository:
        repo: DocumentDraftRepository = self._repo("document_drafts")
        return repo

    @property
    def erasures(self) -> ErasureRepository:
        """The deletion log and the erasure of cases (issue 12; use
        ``vault.erasure.erase_cases`` to erase: it cleans the backups too)."""
        repo: ErasureRepository = self._repo("erasures")
        return repo

    @property
    def access_log(self) -> AccessLogRepository:
        """The access log (issue 12): ``vault.access_log.record(event, case_id=...,
        fields=[...], detail=...)`` is the one function everything logs through."""
        _ = self.database  # VaultLocked once closed
        return self._access_log

    @property
    def actor(self) -> str:
        """The adviser's name the access log records (set at unlock)."""
        return self._access_log.actor

    @actor.setter
    def actor(self, name: str) -> None:
        self._access_log.actor = name

    def log(self, event: str, **kwargs: Any) -> None:
        """``access_log.record`` for events that must never stop what they
        describe (a print, a lock): a failure to write is a notice."""
        try:
            self.access_log.record(event, **kwargs)
        except DimeError as exc:
            self.notices.append(
                Notice(
                    "access_log_failed",
                    f"The access log could not be written ({exc}).",
                    error=exc,
                )
            )

    @property
    def identity(self) -> IdentityStore:
        """The vault's key pairs for handover and its trusted colleagues (issue 13)."""
        repo: IdentityStore = self._repo("identity")
        return repo

    @property
    def handover(self) -> HandoverStore:
        """Bundles sent and received, where imported cases came from (issue 13)."""
        repo: HandoverStore = self._repo("handover")
        return repo

    @property
    def settings(self) -> VaultSettings:
        repo: VaultSettings = self._repo("settings")
        return repo

    # --- the secrets -------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Wrap the database key under a new passphrase (new salt and
        parameters). The database itself is not re-encrypted (see
        :meth:`rotate_key`); the recovery key stays valid. The key files of the
        backups within reach are brought up to date, so the old passphrase
        opens none of them either."""
        db_key = self._key_bytes()
        _check_new_passphrase(new_passphrase)
        if kdf is None:
            kdf = calibrate()
        wrap, kek = keyfile.new_passphrase_wrap(db_key, new_passphrase, self.vault_id, kdf)
        self._save_keys(self._keys.with_wrap(wrap))
        self._set_wrap_key(keyfile.PASSPHRASE, kek)
        self._refresh_backup_key_files()
        self.log(audit.PASSPHRASE_CHANGED, detail="passphrase")

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); returns the
        new one, to show once."""
        db_key = self._key_bytes()
        recovery_bytes = recovery.new_key()
        wrap, kek = keyfile.new_recovery_wrap(db_key, recovery_bytes, self.vault_id)
        self._save_keys(self._keys.with_wrap(wrap))
        self._set_wrap_key(keyfile.RECOVERY, kek)
        self._refresh_backup_key_files()
        self.log(audit.PASSPHRASE_CHANGED, detail="recovery_key")
        return recovery.format_key(recovery_bytes)

    def _set_wrap_key(self, kind: str, kek: bytes) -> None:
        old = self._wrap_keys.pop(kind, None)
        if old is not None:
            old[:] = bytes(len(old))
        self._wrap_keys[kind] = bytearray(kek)

    def _refresh_backup_key_files(self) -> None:
        from dime_desktop.vault import backups

        with contextlib.suppress(DimeError, OSError):
            backups.refresh_key_files(self)

    def rotate_key(
        self, progress: Progress | None = None, *, passphrase: str | None = None
    ) -> str | None:
        """Re-encrypt the whole database (and every backup within reach) with
        a new random key, for when a passphrase, a recovery key or a copy of
        the key file may be known to someone else: afterwards no earlier key
        file — a stray temporary copy, an old backup's, one copied away — opens
        this vault, whatever passphrase it was made with.

        The new key is wrapped with the current passphrase and recovery key
        when this session knows them (it unlocked or set them). The
        passphrase is needed (``passphrase=``, else :class:`PassphraseNeeded`)
        if the vault was opened without it; the recovery key cannot be asked
        for, so if it was not typed or made in this session a new one is made:
        it is returned (show it once), otherwise None.

        ``progress(done, total)`` is called as pages are copied. Crash-safe:
        until the new key file is in place the old database is untouched; see
        the module's notes."""
        db = self.database
        old_key = self._key_bytes()
        keys = self._keys
        pass_kek = self._wrap_keys.get(keyfile.PASSPHRASE)
        pass_wrap = keys.wraps.get(keyfile.PASSPHRASE)
        if pass_wrap is None:
            raise keyfile.missing_wrap_problem(self.path / KEYS_FILE, keyfile.PASSPHRASE)
        if pass_kek is None:
            if passphrase is None:
                raise PassphraseNeeded(
                    f"Rotating the key of the vault at {self.path} needs its passphrase "
                    "(the vault was opened without it).",
                    self.path,
                )
            derived = keyfile.passphrase_wrap_key(pass_wrap, passphrase)
            if keyfile.open_wrap(derived, pass_wrap, self.vault_id) != old_key:
                raise WrongPassphrase(
                    f"The passphrase does not unlock the vault at {self.path}.", self.path
                )
            self._set_wrap_key(keyfile.PASSPHRASE, derived)
            pass_kek = self._wrap_keys[keyfile.PASSPHRASE]

        new_key = secrets.token_bytes(DB_KEY_BYTES)
        nxt = self.path / NEXT_DB_FILE
        with contextlib.suppress(FileNotFoundError):
            nxt.unlink()
        try:
            counts = db.snapshot_to(nxt, new_key, progress=progress)
            problems, copied, _ = Database.inspect_file(nxt, new_key)
            if problems or copied != counts:
                raise VaultIOError(
                    f"The re-encrypted copy of {db.path} did not pass its check, so the key "
                    "was not changed; run a verify of the vault.",
                    db.path,
                )
        except BaseException:
            with contextlib.suppress(OSError):
                nxt.unlink()
            raise

        new_recovery: str | None = None
        wraps = [keyfile.rewrap(bytes(pass_kek), pass_wrap, new_key, self.vault_id)]
        rec_kek = self._wrap_keys.get(keyfile.RECOVERY)
        rec_wrap = keys.wraps.get(keyfile.RECOVERY)
        new_rec_kek: bytes | None = None
        if rec_kek is not None and rec_wrap is not None:
            wraps.append(keyfile.rewrap(bytes(rec_kek), rec_wrap, new_key, self.vault_id))
        else:
            recovery_bytes = recovery.new_key()
            wrap, new_rec_kek = keyfile.new_recovery_wrap(new_key, recovery_bytes, self.vault_id)
            wraps.append(wrap)
            new_recovery = recovery.format_key(recovery_bytes)
        new_keys = keyfile.KeyFile(
            self.vault_id,
            keys.created,
            keyfile.key_check(new_key, self.vault_id),
            {w.kind: w for w in wraps},
            {},
            database_salt(nxt),
        )
        self._replace_database(nxt, new_keys, new_key, old_key)
        if new_rec_kek is not None:
            self._set_wrap_key(keyfile.RECOVERY, new_rec_kek)
        with contextlib.suppress(DimeError):
            if self.is_remembered():
                self.remember_on_device()  # the keychain holds the new key
        from dime_desktop.vault import backups

        self.notices += backups.rekey_backups(self, old_key, progress=progress)
        self.log(audit.PASSPHRASE_CHANGED, detail="key_rotated")
        return new_recovery

    def _replace_database(
        self, new_file: Path, new_keys: keyfile.KeyFile, new_key: bytes, old_key: bytes
    ) -> None:
        """Put ``new_file`` (a checked database encrypted with ``new_key``) in
        place of ``vault.db``, with ``new_keys`` as the key file; the commit
        point is the key file (see the module's notes)."""
        db = self.database
        db_path = self.path / DB_FILE
        nxt = self.path / NEXT_DB_FILE
        committed = False

        def change() -> None:
            nonlocal committed
            if new_file != nxt:
                os.replace(new_file, nxt)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{db_path}{suffix}")
                if side.exists():
                    if suffix == "-wal" and side.stat().st_size > 0:
                        raise VaultIOError(
                            f"{side} still holds changes, so the database was not replaced.",
                            side,
                        )
                    side.unlink()
            try:
                keyfile.save(self.path / KEYS_FILE, new_keys)  # the commit point
            except BaseException:
                with contextlib.suppress(OSError):
                    nxt.unlink()
                raise
            committed = True
            try:
                os.replace(nxt, db_path)
                fsync_dir(self.path)
            except OSError as exc:
                raise os_storage_error(db_path, exc) from None

        try:
            db.replace_file(change, new_key, old_key)
        except BaseException:
            if committed:
                # the key file names the new database: only it opens now. The next
                # unlock finishes the step; this session is over.
                self.close(backup=False)
            raise
        self._keys = new_keys
        if self._key is not None:  # (None: locked meanwhile; the next unlock reads the files)
            self._key[:] = new_key
        self._changes_backed_up = -1  # back up the new state on close
        self._access_log.own_changes = 0  # a new connection counts from 0

    def remember_on_device(self) -> None:
        """Keep the key in this computer's keychain (KeychainUnavailable if none)."""
        keychain.store_key(self.vault_id, self._key_bytes())

    def forget_on_device(self) -> None:
        keychain.forget_key(self.vault_id)

    def is_remembered(self) -> bool:
        return keychain.is_remembered(self.vault_id)

    # --- checks ------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Full integrity check of the key file and every database page.
        ``[]`` when all is well, otherwise one English sentence per problem.
        What unlocking repaired on its own is in :attr:`notices`."""
        db = self.database
        problems: list[str] = []
        keys_path = self.path / KEYS_FILE
        try:
            keys = keyfile.load(keys_path)
        except VaultDamaged as exc:
            problems.append(str(exc))
        else:
            for kind in keys.damaged:
                problems.append(str(keyfile.missing_wrap_problem(keys_path, kind)))
            for kind in (keyfile.PASSPHRASE, keyfile.RECOVERY):
                if kind not in keys.wraps and kind not in keys.damaged:
                    problems.append(str(keyfile.missing_wrap_problem(keys_path, kind)))
            if keys.vault_id != self.vault_id or not keyfile.matches(keys, self._key_bytes()):
                problems.append(
                    f"The key file {keys_path} does not belong to this vault's database."
                )
            elif keys.database_salt is not None and keys.database_salt != database_salt(db.path):
                problems.append(f"The key file {keys_path} names another database file.")
        for stray in stray_temp_files(self.path):
            problems.append(
                f"{stray} is a temporary copy of the key file left by an interrupted write; "
                "it may still open the vault with an earlier passphrase. Lock and unlock the "
                "vault to remove it."
            )
        problems.extend(db.integrity_problems())
        if not problems:  # (a damaged page would fail the walk with another error)
            problems.extend(self._access_log.verify().problems)
        if os.name != "posix":
            return problems
        for item in [self.path, *self.path.iterdir()]:
            try:
                mode = stat.S_IMODE(item.stat().st_mode)
            except OSError:
                continue
            if mode & 0o077:
                problems.append(
                    f"{item} can be read by other users of this computer "
                    f"(permissions {mode:o}, expected {'700' if item.is_dir() else '600'})."
                )
        return problems

    # --- backups -----------------------------------------------------------------

    def has_unsaved_backup_changes(self) -> bool:
        """Whether something changed since the last backup of this session."""
        if self._changes_backed_up is None or self._db is None or not self._db.is_open:
            return False
        return self._data_changes() != self._changes_backed_up

    def _data_changes(self) -> int:
        """Rows changed in this session, not counting the access log's own
        entries (opening a case or unlocking is no change to back up)."""
        assert self._db is not None
        return self._db.total_changes() - self._access_log.own_changes

    def _mark_backed_up(self) -> None:
        if self._db is not None and self._db.is_open and self._changes_backed_up is not None:
            self._changes_backed_up = self._data_changes()

    # --- closing -----------------------------------------------------------------

    def close(self, *, backup: bool = True) -> None:
        """Lock: make a backup if something changed (``backup``; a failure is
        kept in :attr:`last_backup_error` and the backups' status, never
        raised), close the database, drop the keys from this object and
        release the vault for other programs."""
        if backup and self._db is not None and self._db.is_open:
            from dime_desktop.vault import backups

            try:
                if backups.due_on_close(self):
                    run = backups.back_up(self, label="auto")
                    if run.failures:
                        self.last_backup_error = run.failures[0]
            except Exception as exc:  # the lock must happen whatever the backup did
                if isinstance(exc, DimeError):
                    self.last_backup_error = exc
                elif isinstance(exc, OSError):
                    self.last_backup_error = os_storage_error(self.path, exc)
                else:
                    from dime_desktop.errors import BackupFailed

                    self.last_backup_error = BackupFailed(
                        self.path / BACKUPS, f"an unexpected error ({type(exc).__name__})."
                    )
        if self._audited and self._db is not None and self._db.is_open:
            with contextlib.suppress(Exception):  # the lock happens whatever the log does
                self.log(audit.LOCK)
        self._audited = False
        db, self._db = self._db, None
        if db is not None:
            audit.detach(db)
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None
        for kek in self._wrap_keys.values():
            kek[:] = bytes(len(kek))
        self._wrap_keys.clear()
        self._repos.clear()
        try:
            if db is not None:
                db.close()
        finally:
            lock, self._lock = self._lock, None
            if lock is not None:
                lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _finish_replacement(path: Path, keys: keyfile.KeyFile) -> list[str]:
    """An interrupted rotation or restore: finish it if the key file already
    names the new database, otherwise remove the unfinished copy."""
    nxt = Path(path) / NEXT_DB_FILE
    if not nxt.exists():
        return []
    db_path = Path(path) / DB_FILE
    if keys.database_salt is not None and database_salt(nxt) == keys.database_salt:
        for suffix in ("-wal", "-shm"):
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                if suffix == "-wal" and side.stat().st_size > 0:
                    raise VaultDamaged(
                        f"An interrupted replacement of {db_path} left changes in {side}; "
                        "restore the vault from a backup.",
                        db_path,
                    )
                side.unlink()
        try:
            os.replace(nxt, db_path)
            fsync_dir(Path(path))
        except OSError as exc:
            raise os_storage_error(db_path, exc) from None
        return [
            Notice(
                "replacement_finished",
                "A key rotation or restore had been interrupted after its decisive step; "
                "it was finished.",
            )
        ]
    try:
        nxt.unlink()
    except OSError as exc:
        raise os_storage_error(nxt, exc) from None
    return [
        Notice(
            "replacement_undone",
            "An interrupted key rotation or restore had changed nothing; its copy was removed.",
        )
    ]
