"""The vault: a folder holding the encrypted case register.

Layout (folder 0700, files 0600)::

    <vault>/vault.db          SQLCipher database (+ vault.db-wal, vault.db-shm)
    <vault>/vault-keys.json   the database key, wrapped by passphrase and recovery key
    <vault>/backups/          encrypted copies made before migrations

The database key is random (256 bits) and is never stored unwrapped, except
in the OS keychain when the user asks to be remembered on this device.
A wrong passphrase is found from the GCM tag of the wrapped key, before the
database is opened: nothing in the folder is touched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dime_desktop.errors import (
    NotAVault,
    PassphraseRejected,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from dime_desktop.storage.database import Database
from dime_desktop.vault import keychain, keyfile, passphrase_policy, recovery
from dime_desktop.vault.kdf import KdfParams, calibrate

if TYPE_CHECKING:
    from dime_desktop.storage.cases import CaseRepository
    from dime_desktop.storage.document_drafts import DocumentDraftRepository
    from dime_desktop.storage.drafts import DraftRepository
    from dime_desktop.storage.evidence import EvidenceRepository
    from dime_desktop.storage.intake import IntakeRepository
    from dime_desktop.storage.outreach import OutreachRepository
    from dime_desktop.storage.settings import VaultSettings
    from dime_desktop.storage.statistics import StatisticsQueries

DB_FILE = "vault.db"
KEYS_FILE = keyfile.KEYS_FILE
BACKUPS = "backups"
DB_KEY_BYTES = 32


@dataclass
class CreatedVault:
    vault: Vault
    recovery_key: str  # shown once, e.g. "K7QX-9M2D-..." groups of 4


def _check_new_passphrase(passphrase: str) -> None:
    reasons = passphrase_policy.check_passphrase(passphrase)
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
    has_keys, has_db = keys.is_file(), db.is_file()
    if not has_keys and not has_db:
        raise NotAVault(f"The folder {path} does not hold a DiMe vault.", path)
    if not has_keys:
        raise VaultDamaged(
            f"The key file {keys} is missing; the vault cannot be opened without it. "
            "Restore it from a backup copy of the vault folder.",
            keys,
        )
    if not has_db:
        raise VaultDamaged(
            f"The vault database {db} is missing. Restore it from a backup copy of the "
            "vault folder.",
            db,
        )
    return keys, db


class Vault:
    """An unlocked vault. Get one with :meth:`create` or an ``unlock`` method;
    :meth:`close` locks it again."""

    def __init__(self, path: Path, keys: keyfile.KeyFile, db_key: bytes, db: Database) -> None:
        self.path = Path(path)
        self.vault_id = keys.vault_id
        self._keys = keys
        self._key: bytearray | None = bytearray(db_key)
        self._db: Database | None = db
        self._repos: dict[str, Any] = {}

    # --- finding, creating, unlocking -----------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        """Whether ``path`` holds (at least part of) a vault."""
        path = Path(path)
        return (path / KEYS_FILE).exists() or (path / DB_FILE).exists()

    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> CreatedVault:
        """A new vault at ``path`` (a new or empty folder). Returns it unlocked,
        with the recovery key to show once."""
        path = Path(path)
        _check_new_passphrase(passphrase)
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
        keys = keyfile.new_key_file(
            vault_id,
            db_key,
            [
                keyfile.wrap_with_passphrase(db_key, passphrase, vault_id, kdf),
                keyfile.wrap_with_recovery_key(db_key, recovery_bytes, vault_id),
            ],
        )
        db: Database | None = None
        try:
            keyfile.save(path / KEYS_FILE, keys)
            db = Database.create(path / DB_FILE, db_key)
        except BaseException:
            if db is not None:
                db.close()
            for name in (KEYS_FILE, DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm"):
                with contextlib.suppress(OSError):
                    (path / name).unlink(missing_ok=True)
            if made_folder:
                with contextlib.suppress(OSError):
                    path.rmdir()
            raise
        vault = cls(path, keys, db_key, db)
        return CreatedVault(vault, recovery.format_key(recovery_bytes))

    @classmethod
    def _open_with_key(cls, path: Path, keys: keyfile.KeyFile, db_key: bytes) -> Vault:
        db_path = Path(path) / DB_FILE
        if not keyfile.matches(keys, db_key):
            raise VaultDamaged(
                f"The key file {Path(path) / KEYS_FILE} is damaged (the unwrapped key does "
                "not match its check value).",
                Path(path) / KEYS_FILE,
            )
        db = Database.open(db_path, db_key)  # VaultDamaged, SchemaTooNew
        return cls(path, keys, db_key, db)

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Vault:
        path = Path(path)
        keys_path, _ = _locate(path)
        keys = keyfile.load(keys_path)
        if keyfile.PASSPHRASE not in keys.wraps:
            raise keyfile.missing_wrap_problem(keys_path, keyfile.PASSPHRASE)
        db_key = keyfile.unwrap_with_passphrase(keys, passphrase)
        if db_key is None:
            raise WrongPassphrase(f"The passphrase does not unlock the vault at {path}.", path)
        return cls._open_with_key(path, keys, db_key)

    @classmethod
    def unlock_with_recovery_key(cls, path: Path, recovery_key: str) -> Vault:
        path = Path(path)
        key_bytes = recovery.parse_key(recovery_key, path=path)  # typo -> WrongRecoveryKey
        keys_path, _ = _locate(path)
        keys = keyfile.load(keys_path)
        if keyfile.RECOVERY not in keys.wraps:
            raise keyfile.missing_wrap_problem(keys_path, keyfile.RECOVERY)
        db_key = keyfile.unwrap_with_recovery_key(keys, key_bytes)
        if db_key is None:
            raise WrongRecoveryKey(
                f"This recovery key does not belong to the vault at {path}.", path
            )
        return cls._open_with_key(path, keys, db_key)

    @classmethod
    def unlock_from_keychain(cls, path: Path) -> Vault | None:
        """The vault opened with the key remembered on this device, or None
        if nothing (or no longer the right key) is remembered."""
        path = Path(path)
        keys_path, _ = _locate(path)
        keys = keyfile.load(keys_path)
        db_key = keychain.load_key(keys.vault_id)
        if db_key is None or not keyfile.matches(keys, db_key):
            return None
        return cls._open_with_key(path, keys, db_key)

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

    def _key_bytes(self) -> bytes:
        if self._key is None:
            raise self._locked()
        return bytes(self._key)

    def _repo(self, name: str) -> Any:
        db = self.database
        repo = self._repos.get(name)
        if repo is None:
            if name == "cases":
                from dime_desktop.reference import default_reference
                from dime_desktop.storage.cases import CaseRepository

                repo = CaseRepository(db, default_reference())
            elif name == "drafts":
                from dime_desktop.storage.drafts import DraftRepository

                repo = DraftRepository(db)
            elif name == "intake":
                from dime_desktop.storage.intake import IntakeRepository

                repo = IntakeRepository(db)
            elif name == "outreach":
                from dime_desktop.storage.outreach import OutreachRepository

                repo = OutreachRepository(db)
            elif name == "statistics":
                from dime_desktop.storage.statistics import StatisticsQueries

                repo = StatisticsQueries(db)
            elif name == "evidence":
                from dime_desktop.storage.evidence import EvidenceRepository

                repo = EvidenceRepository(db)
            elif name == "document_drafts":
                from dime_desktop.storage.document_drafts import DocumentDraftRepository

                repo = DocumentDraftRepository(db)
            elif name == "settings":
                from dime_desktop.storage.settings import VaultSettings

                repo = VaultSettings(db)
            else:  # pragma: no cover - programming error
                raise AttributeError(name)
            self._repos[name] = repo
        return repo

    @property
    def cases(self) -> CaseRepository:
        repo: CaseRepository = self._repo("cases")
        return repo

    @property
    def drafts(self) -> DraftRepository:
        repo: DraftRepository = self._repo("drafts")
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
    def evidence(self) -> EvidenceRepository:
        repo: EvidenceRepository = self._repo("evidence")
        return repo

    @property
    def document_drafts(self) -> DocumentDraftRepository:
        repo: DocumentDraftRepository = self._repo("document_drafts")
        return repo

    @property
    def settings(self) -> VaultSettings:
        repo: VaultSettings = self._repo("settings")
        return repo

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Wrap the database key under a new passphrase (new salt and
        parameters). The database itself is not re-encrypted; the recovery
        key stays valid."""
        db_key = self._key_bytes()
        _check_new_passphrase(new_passphrase)
        if kdf is None:
            kdf = calibrate()
        wrap = keyfile.wrap_with_passphrase(db_key, new_passphrase, self.vault_id, kdf)
        keys = self._keys.with_wrap(wrap)
        keyfile.save(self.path / KEYS_FILE, keys)
        self._keys = keys

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); returns the
        new one, to show once."""
        db_key = self._key_bytes()
        recovery_bytes = recovery.new_key()
        wrap = keyfile.wrap_with_recovery_key(db_key, recovery_bytes, self.vault_id)
        keys = self._keys.with_wrap(wrap)
        keyfile.save(self.path / KEYS_FILE, keys)
        self._keys = keys
        return recovery.format_key(recovery_bytes)

    def remember_on_device(self) -> None:
        """Keep the key in this computer's keychain (KeychainUnavailable if none)."""
        keychain.store_key(self.vault_id, self._key_bytes())

    def forget_on_device(self) -> None:
        keychain.forget_key(self.vault_id)

    def is_remembered(self) -> bool:
        return keychain.is_remembered(self.vault_id)

    def verify(self) -> list[str]:
        """Full integrity check of the key file and every database page.
        ``[]`` when all is well, otherwise one English sentence per problem."""
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
        problems.extend(db.integrity_problems())
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

    def close(self) -> None:
        """Lock: close the database and drop the key from this object."""
        db, self._db = self._db, None
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        self._repos.clear()
        if db is not None:
            db.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
