"""Backups that restore: verified, rotated, encrypted copies of the vault.

A backup is a folder ``dime-backup-<UTC time>-<label>/`` holding a complete
vault — it opens on its own, with the passphrase or the recovery key::

    vault.db          a consistent snapshot (SQLite's online backup API),
                      encrypted with the vault's database key, one file
    vault-keys.json   the vault's key file, naming this copy's database
    backup.json       what it is (plaintext, no personal data): time, label,
                      schema version, size, checksum, when it was verified
                      (the vault id and key check are read from the key file)

Making one: snapshot into ``.tmp-<name>/``, write the key file, open the copy
read-only and check every page and the row counts against the vault, write
``backup.json``, then rename the folder into place — so a backup folder with
its final name has always been verified, and a failure (a full disk, a pulled
memory stick) leaves only a ``.tmp-`` folder that is removed, with the earlier
backups and the vault untouched. Rotation runs only after a verified backup.

Where: ``<vault>/backups/`` always, and a second folder (a memory stick) when
one is chosen (vault setting ``backup.second_folder``). When: on lock and
quit when something changed (:func:`due_on_close`), daily while the app is
open (:func:`daily_due`), and on request (``dime backup``, "Back up now").

What a backup's key file holds, and why (issue 9, finding 5): it is the
vault's *current* key file. A new passphrase or recovery key rewrites the key
files of every backup within reach (:func:`refresh_key_files`), and a key
rotation re-encrypts every backup within reach with the new key
(:func:`rekey_backups`). So after a rotation neither the old passphrase nor
the old recovery key opens the vault or any backup within reach; a backup
left on a memory stick that was not plugged in keeps its old key file and is
listed as "made with an earlier key" until it is deleted.

Rotation (settable): the newest backup of each of the last 7 days that have
one, of the last 4 weeks and of the last 12 months; copies made before a
restore or a migration are kept 30 days besides.

``backups/status.json`` (plaintext, no personal data) keeps when the last
verified backup was made, the last failure, and the warning limit, so the
unlock screen can warn before the vault is open.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dime_desktop.errors import (
    BackupFailed,
    BackupInvalid,
    BackupKeyNeeded,
    DimeError,
    VaultDamaged,
    VaultExists,
    WrongBackupPassphrase,
    WrongBackupRecoveryKey,
    WrongPassphrase,
    WrongRecoveryKey,
)
from dime_desktop.fileio import atomic_write_text, fsync_dir
from dime_desktop.storage.database import Database, database_salt, os_storage_error
from dime_desktop.vault import keyfile
from dime_desktop.vault.notices import Notice

if TYPE_CHECKING:
    from dime_desktop.vault.vault import Vault

Progress = Callable[[int, int], None]

BACKUPS = "backups"
PREFIX = "dime-backup-"
MANIFEST = "backup.json"
DB_FILE = "vault.db"
KEYS_FILE = keyfile.KEYS_FILE
STATUS_FILE = "status.json"
FORMAT = "dime-backup"
VERSION = 1

SAFETY_LABELS = ("before-restore", "before-v", "before-rotation")
SAFETY_KEEP_DAYS = 30
DAILY_HOURS = 24

# vault settings (strings)
SETTING_SECOND = "backup.second_folder"
SETTING_DAILY = "backup.keep_daily"
SETTING_WEEKLY = "backup.keep_weekly"
SETTING_MONTHLY = "backup.keep_monthly"
SETTING_WARN_DAYS = "backup.warn_days"
DEFAULT_WARN_DAYS = 7


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    recent: int = 3  # the newest few are always kept (a bad morning, two backups a day)

    def problems(self) -> list[str]:
        out = []
        values = (("daily", self.daily), ("weekly", self.weekly), ("monthly", self.monthly))
        for name, value in values:
            if not 0 <= value <= 1000:
                out.append(f"{name} must be from 0 to 1000")
        if self.daily < 1:
            out.append("at least one daily backup is kept")
        return out


@dataclass(frozen=True)
class BackupInfo:
    """One backup folder as its ``backup.json`` describes it."""

    path: Path
    vault_id: str
    made: datetime  # UTC
    label: str
    schema_version: int
    verified: datetime | None  # UTC; None: never verified (not one of ours)
    size: int
    key_check: str  # which database key encrypts it (base64 of the key check)
    problem: str = ""  # why it cannot be used ("" when it looks complete)

    @property
    def name(self) -> str:
        return self.path.name

    def age_days(self, now: datetime | None = None) -> int:
        now = now or datetime.now(UTC)
        return max(0, (now - self.made).days)

    def usable(self) -> bool:
        return not self.problem and self.verified is not None

    def state(self, current_key_check: str | None = None) -> str:
        """``verified``, ``earlier key`` (made before a key rotation),
        ``damaged`` or ``unverified``."""
        if self.problem:
            return "damaged"
        if self.verified is None:
            return "unverified"
        if current_key_check is not None and self.key_check != current_key_check:
            return "earlier key"
        return "verified"

    def as_dict(self, current_key_check: str | None = None) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "made": _iso(self.made),
            "label": self.label,
            "schema_version": self.schema_version,
            "verified": _iso(self.verified) if self.verified else None,
            "state": self.state(current_key_check),
            "size": self.size,
            "problem": self.problem,
        }


@dataclass
class BackupRun:
    """What one round of backing up did: backups made, folders that failed."""

    made: list[BackupInfo] = field(default_factory=list)
    failures: list[BackupFailed] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)  # rotated away


# --- small helpers ------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_time(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _b64_check(keys: keyfile.KeyFile) -> str:
    import base64

    return base64.b64encode(keys.key_check).decode("ascii")


def current_key_check(vault: Vault) -> str:
    return _b64_check(vault.key_file)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _copy_file(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def _mkdir_private(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=False, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def _backup_failed(folder: Path, exc: BaseException) -> BackupFailed:
    if isinstance(exc, BackupFailed):
        return exc
    if isinstance(exc, OSError):
        exc = os_storage_error(folder, exc)
    text = str(exc).strip() or type(exc).__name__
    if not text.endswith("."):
        text += "."
    return BackupFailed(folder, text, exc if isinstance(exc, DimeError) else None)


# --- reading backups ----------------------------------------------------------


def read_backup(path: Path) -> BackupInfo:
    """The backup at ``path`` (BackupInvalid if it is not one)."""
    path = Path(path)
    manifest = path / MANIFEST
    try:
        doc = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupInvalid(path, f"it has no {MANIFEST}.") from None
    except (OSError, ValueError) as exc:
        raise BackupInvalid(path, f"its {MANIFEST} cannot be read ({exc}).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BackupInvalid(path, f"its {MANIFEST} is not a DiMe backup description.")
    made = _parse_time(doc.get("made"))
    if made is None:
        raise BackupInvalid(path, f"its {MANIFEST} is incomplete.")
    try:
        keys = keyfile.load(path / KEYS_FILE)
    except VaultDamaged as exc:
        raise BackupInvalid(path, str(exc)) from None
    problem = ""
    db = path / DB_FILE
    size = 0
    if not db.is_file():
        problem = f"{DB_FILE} is missing"
    else:
        size = db.stat().st_size
        if size != doc.get("size"):
            problem = f"{DB_FILE} has another size than when it was made"
        elif keys.database_salt is not None and database_salt(db) != keys.database_salt:
            problem = f"{KEYS_FILE} does not belong to its {DB_FILE}"
    version = doc.get("schema_version")
    return BackupInfo(
        path=path,
        vault_id=keys.vault_id,
        made=made,
        label=str(doc.get("label", "")),
        schema_version=version if isinstance(version, int) else 0,
        verified=_parse_time(doc.get("verified")),
        size=size,
        key_check=_b64_check(keys),
        problem=problem,
    )


def _candidates(folder: Path) -> Iterable[Path]:
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    return [p for p in entries if p.is_dir() and p.name.startswith(PREFIX)]


def list_backups(folders: Sequence[Path], vault_id: str | None = None) -> list[BackupInfo]:
    """The backups in ``folders`` (of ``vault_id`` only, when given), newest first."""
    found: list[BackupInfo] = []
    seen: set[Path] = set()
    for folder in folders:
        for candidate in _candidates(folder):
            resolved = candidate.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            try:
                info = read_backup(candidate)
            except BackupInvalid:
                continue
            if vault_id is None or info.vault_id == vault_id:
                found.append(info)
    found.sort(key=lambda b: b.made, reverse=True)
    return found


def vault_backups_folder(vault_path: Path) -> Path:
    return Path(vault_path) / BACKUPS


def backup_folders(vault: Vault) -> list[Path]:
    """Where this vault's backups go: its own folder, and the second one if set."""
    folders = [vault_backups_folder(vault.path)]
    second = second_folder(vault)
    if second is not None:
        folders.append(second)
    return folders


def vault_backups(vault: Vault) -> list[BackupInfo]:
    return list_backups(backup_folders(vault), vault.vault_id)


# --- settings -----------------------------------------------------------------


def second_folder(vault: Vault) -> Path | None:
    text = vault.settings.get(SETTING_SECOND, "")
    return Path(text) if text else None


def set_second_folder(vault: Vault, folder: Path | None) -> None:
    if folder is None:
        vault.settings.delete(SETTING_SECOND)
    else:
        vault.settings.set(SETTING_SECOND, str(Path(folder)))


def policy(vault: Vault) -> RotationPolicy:
    def number(key: str, default: int) -> int:
        try:
            return int(vault.settings.get(key, str(default)))
        except ValueError:
            return default

    return RotationPolicy(
        number(SETTING_DAILY, 7), number(SETTING_WEEKLY, 4), number(SETTING_MONTHLY, 12)
    )


def set_policy(vault: Vault, rotation: RotationPolicy) -> None:
    problems = rotation.problems()
    if problems:
        raise ValueError("; ".join(problems))
    vault.settings.set(SETTING_DAILY, str(rotation.daily))
    vault.settings.set(SETTING_WEEKLY, str(rotation.weekly))
    vault.settings.set(SETTING_MONTHLY, str(rotation.monthly))


def warn_days(vault: Vault) -> int:
    try:
        return max(1, int(vault.settings.get(SETTING_WARN_DAYS, str(DEFAULT_WARN_DAYS))))
    except ValueError:
        return DEFAULT_WARN_DAYS


def set_warn_days(vault: Vault, days: int) -> None:
    if days < 1:
        raise ValueError("the warning limit is at least one day")
    vault.settings.set(SETTING_WARN_DAYS, str(int(days)))
    status = read_status(vault.path)
    status["warn_after_days"] = int(days)
    _write_status(vault.path, status)


# --- status (readable while locked) --------------------------------------------


def read_status(vault_path: Path) -> dict[str, Any]:
    path = vault_backups_folder(vault_path) / STATUS_FILE
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _write_status(vault_path: Path, status: dict[str, Any]) -> None:
    folder = vault_backups_folder(vault_path)
    with contextlib.suppress(OSError, DimeError):
        _mkdir_private(folder)
        atomic_write_text(folder / STATUS_FILE, json.dumps(status, indent=2) + "\n", 0o600)


def last_verified(vault_path: Path) -> datetime | None:
    """When the newest verified backup of the vault at ``vault_path`` was made
    (its own folder, and the second folder as the status file remembers it).
    Reads only; works while the vault is locked."""
    newest: datetime | None = _parse_time(read_status(vault_path).get("last_verified"))
    for info in list_backups([vault_backups_folder(vault_path)]):
        if info.usable() and (newest is None or info.made > newest):
            newest = info.made
    return newest


def last_failure(vault_path: Path) -> str:
    """The problem of the last failed backup, "" if the last one worked."""
    failure = read_status(vault_path).get("last_failure")
    if isinstance(failure, dict):
        return str(failure.get("problem", ""))
    return ""


def backup_age_warning(
    vault_path: Path, now: datetime | None = None
) -> tuple[int | None, int] | None:
    """``(days since the last verified backup or None if there is none, limit)``
    when that is over the limit; None when all is well (or there is no vault
    there). For the unlock screen: reads only."""
    vault_path = Path(vault_path)
    if not (vault_path / KEYS_FILE).is_file():
        return None
    status = read_status(vault_path)
    try:
        limit = max(1, int(status.get("warn_after_days", DEFAULT_WARN_DAYS)))
    except (TypeError, ValueError):
        limit = DEFAULT_WARN_DAYS
    newest = last_verified(vault_path)
    if newest is None:
        return (None, limit)
    days = ((now or datetime.now(UTC)) - newest).days
    return (days, limit) if days >= limit else None


# --- making a backup ----------------------------------------------------------


def _name(now: datetime, label: str) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:40]
    return f"{PREFIX}{stamp}" + (f"-{safe}" if safe else "")


def make_backup(
    db: Database,
    db_key: bytes,
    keys: keyfile.KeyFile,
    folder: Path,
    *,
    label: str = "",
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """One verified backup of ``db`` in ``folder`` (made if missing, but
    only one level: a second folder that is not there is an error). Raises
    :class:`BackupFailed` naming the cause; nothing but the new backup is
    ever written, and nothing is left of a failed one."""
    folder = Path(folder)
    now = now or datetime.now(UTC)
    name = _name(now, label)
    tmp = folder / f".tmp-{name}-{secrets.token_hex(4)}"
    try:
        if not folder.is_dir():
            if folder.name == BACKUPS and folder.parent.is_dir():
                _mkdir_private(folder)
            else:
                raise BackupFailed(
                    folder,
                    "the folder is not there (if it is on a memory stick, plug it in).",
                )
        tmp.mkdir(mode=0o700)
        counts = db.snapshot_to(tmp / DB_FILE, db_key, progress=progress)
        salt = database_salt(tmp / DB_FILE)
        copy_keys = keys.with_database_salt(salt)
        keyfile.save(tmp / KEYS_FILE, copy_keys)
        info = _verify_and_seal(tmp, db_key, copy_keys, counts, label, now)
        final = folder / name
        if final.exists():
            raise BackupFailed(folder, f"{final.name} already exists.")
        os.rename(tmp, final)
        fsync_dir(folder)
    except BaseException as exc:
        _remove_tree(tmp)
        if isinstance(exc, DimeError | OSError):
            raise _backup_failed(folder, exc) from None
        raise
    return BackupInfo(
        final,
        info.vault_id,
        info.made,
        info.label,
        info.schema_version,
        info.verified,
        info.size,
        info.key_check,
    )


def _verify_and_seal(
    folder: Path,
    db_key: bytes,
    keys: keyfile.KeyFile,
    counts: dict[str, int] | None,
    label: str,
    made: datetime,
) -> BackupInfo:
    """Open the copy in ``folder`` read-only and check it; then write its
    ``backup.json``. BackupFailed if the copy is not what it should be."""
    db = folder / DB_FILE
    reread = keyfile.load(folder / KEYS_FILE)
    if not keyfile.matches(reread, db_key) or reread.database_salt != database_salt(db):
        raise BackupFailed(folder.parent, "the key file of the copy does not match it.")
    problems, copied, version = Database.inspect_file(db, db_key, full=False)
    if problems:
        raise BackupFailed(folder.parent, f"the copy did not pass its check ({problems[0]}).")
    if counts is not None and copied != counts:
        raise BackupFailed(folder.parent, "the copy does not hold the same rows as the vault.")
    verified = datetime.now(UTC)
    size = db.stat().st_size
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "made": _iso(made),
        "label": label,
        "schema_version": version,
        "verified": _iso(verified),
        "size": size,
        "database_sha256": _sha256(db),
        "note": "An encrypted DiMe Desktop vault: restore it with 'dime restore' or the "
        "app's Backups screen; it opens with the vault's passphrase or recovery key.",
    }
    atomic_write_text(folder / MANIFEST, json.dumps(doc, indent=2) + "\n", 0o600)
    fsync_dir(folder)
    return BackupInfo(folder, keys.vault_id, made, label, version, verified, size, _b64_check(keys))


def back_up(
    vault: Vault,
    *,
    label: str = "",
    to: Path | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupRun:
    """Back the vault up into its own backups folder and the second folder
    (or only into ``to``), then rotate each folder where it worked. Failures
    are collected, reported in the status file, and never remove a backup."""
    now = now or datetime.now(UTC)
    db = vault.database
    key = vault._key_bytes()
    keys = vault.key_file
    run = BackupRun()
    folders = [Path(to)] if to is not None else backup_folders(vault)
    rotation = policy(vault)
    for folder in folders:
        try:
            info = make_backup(db, key, keys, folder, label=label, progress=progress, now=now)
        except BackupFailed as exc:
            run.failures.append(exc)
            continue
        run.made.append(info)
        with contextlib.suppress(OSError, DimeError):
            run.removed += prune(folder, vault.vault_id, rotation, now=now)
    status = read_status(vault.path)
    if run.made:
        newest = max(run.made, key=lambda b: b.made)
        status["last_verified"] = _iso(newest.made)
        status["last_verified_path"] = str(newest.path)
    if run.failures:
        status["last_failure"] = {"at": _iso(now), "problem": str(run.failures[0])}
    elif run.made:
        status.pop("last_failure", None)
    with contextlib.suppress(DimeError):
        status["warn_after_days"] = warn_days(vault)
    _write_status(vault.path, status)
    if run.made:
        from dime_desktop.storage import access_log as audit

        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:40]
        vault.log(audit.BACKUP, detail=safe)
    if run.made and not run.failures:
        vault._mark_backed_up()
    elif (
        run.made
        and to is None
        and any(b.path.parent == vault_backups_folder(vault.path) for b in run.made)
    ):
        vault._mark_backed_up()  # the vault folder has it; the failure is reported
    return run


def due_on_close(vault: Vault) -> bool:
    """Back up when the vault closes? When something changed in this
    session, or the last backup failed, or there is no verified backup yet."""
    if vault._changes_backed_up is None:  # a copy being checked (restore)
        return False
    if vault.has_unsaved_backup_changes():
        return True
    if last_failure(vault.path):
        return True
    return last_verified(vault.path) is None


def daily_due(vault: Vault, now: datetime | None = None) -> bool:
    """A daily backup is due when the newest verified one is a day old."""
    newest = last_verified(vault.path)
    if newest is None:
        return True
    return (now or datetime.now(UTC)) - newest >= timedelta(hours=DAILY_HOURS)


# --- rotation -----------------------------------------------------------------


def select_kept(
    backups: Sequence[BackupInfo], rotation: RotationPolicy, now: datetime | None = None
) -> set[Path]:
    """The backups a rotation keeps: the ``recent`` newest always; the newest of each
    of the last ``daily`` days that have backups, of ``weekly`` ISO weeks and
    ``monthly`` months (local time); safety copies (before a restore, a
    migration or a rotation) for :data:`SAFETY_KEEP_DAYS` days."""
    now = now or datetime.now(UTC)
    usable = sorted((b for b in backups if b.usable()), key=lambda b: b.made, reverse=True)
    keep: set[Path] = {b.path for b in usable[: max(1, rotation.recent)]}

    def bucket(count: int, key: Callable[[datetime], object]) -> None:
        seen: list[object] = []
        for b in usable:
            k = key(b.made.astimezone())
            if k in seen:
                continue
            seen.append(k)
            if len(seen) > count:
                break
            keep.add(b.path)

    bucket(rotation.daily, lambda t: t.date())
    bucket(rotation.weekly, lambda t: tuple(t.isocalendar())[:2])
    bucket(rotation.monthly, lambda t: (t.year, t.month))
    for b in usable:
        if b.label.startswith(SAFETY_LABELS) and now - b.made <= timedelta(days=SAFETY_KEEP_DAYS):
            keep.add(b.path)
    return keep


def prune(
    folder: Path, vault_id: str, rotation: RotationPolicy, *, now: datetime | None = None
) -> list[Path]:
    """Remove the backups of ``vault_id`` in ``folder`` that the rotation does
    not keep, and leftovers of failed backups. Backups that cannot be read
    (damaged, someone else's) are never removed."""
    folder = Path(folder)
    removed: list[Path] = []
    for leftover in folder.glob(".tmp-" + PREFIX + "*"):
        _remove_tree(leftover)
    _recover_swaps(folder)
    backups = list_backups([folder], vault_id)
    keep = select_kept(backups, rotation, now)
    for b in backups:
        if b.usable() and b.path not in keep:
            _remove_tree(b.path)
            removed.append(b.path)
    if removed:
        fsync_dir(folder)
    return removed


# --- keeping the backups' key files current ------------------------------------


def refresh_key_files(vault: Vault) -> int:
    """Give every backup within reach that is encrypted with the vault's key
    the vault's current key file (a new passphrase or recovery key: the old
    ones then open none of them). Returns how many were rewritten."""
    keys = vault.key_file
    check = _b64_check(keys)
    done = 0
    for info in vault_backups(vault):
        if info.key_check != check or info.problem:
            continue
        salt = database_salt(info.path / DB_FILE)
        try:
            keyfile.save(info.path / KEYS_FILE, keys.with_database_salt(salt))
        except DimeError:
            continue
        done += 1
    return done


def _swap_in(final: Path, fresh: Path) -> None:
    """Replace the backup folder ``final`` by ``fresh`` (both complete)."""
    retired = final.with_name(f".retired-{final.name}")
    _remove_tree(retired)
    os.rename(final, retired)
    os.rename(fresh, final)
    fsync_dir(final.parent)
    _remove_tree(retired)


def _recover_swaps(folder: Path) -> None:
    """A crash inside :func:`_swap_in`: put the old backup back where no new one is."""
    for retired in folder.glob(".retired-" + PREFIX + "*"):
        final = retired.with_name(retired.name[len(".retired-") :])
        if final.exists():
            _remove_tree(retired)
        else:
            with contextlib.suppress(OSError):
                os.rename(retired, final)
    for leftover in folder.glob(".rekey-" + PREFIX + "*"):
        _remove_tree(leftover)


def rekey_backups(vault: Vault, old_key: bytes, progress: Progress | None = None) -> list[str]:
    """After a key rotation: re-encrypt every backup within reach that the
    old key opens with the vault's new key (and give it the new key file).
    Returns one sentence per backup that could not be brought along."""
    new_key = vault._key_bytes()
    keys = vault.key_file
    old_check = _b64_check(
        keyfile.KeyFile(keys.vault_id, keys.created, keyfile.key_check(old_key, keys.vault_id), {})
    )
    notes: list[str] = []
    for folder in backup_folders(vault):
        if not folder.is_dir():
            notes.append(
                Notice(
                    "backups_unreachable",
                    f"The backups in {folder} could not be reached; they still open with the "
                    "earlier passphrase and recovery key. Plug the folder in and delete them, "
                    "or make the key rotation again.",
                    folder=folder,
                )
            )
            continue
        for info in list_backups([folder], vault.vault_id):
            if info.key_check == _b64_check(keys):
                continue
            if info.key_check != old_check or info.problem:
                notes.append(
                    Notice(
                        "backup_earlier_key",
                        f"The backup {info.path} was made with an even earlier key; it still "
                        "opens with the passphrase of that time. Delete it if that passphrase "
                        "may be known to someone.",
                        path=info.path,
                    )
                )
                continue
            fresh = folder / f".rekey-{info.name}"
            _remove_tree(fresh)
            try:
                fresh.mkdir(mode=0o700)
                Database.copy_file(
                    info.path / DB_FILE, old_key, fresh / DB_FILE, new_key, progress=progress
                )
                copy_keys = keys.with_database_salt(database_salt(fresh / DB_FILE))
                keyfile.save(fresh / KEYS_FILE, copy_keys)
                _verify_and_seal(fresh, new_key, copy_keys, None, info.label, info.made)
                _swap_in(info.path, fresh)
            except (DimeError, OSError) as exc:
                _remove_tree(fresh)
                notes.append(
                    Notice(
                        "backup_not_rekeyed",
                        f"The backup {info.path} could not be re-encrypted ({exc}); it still "
                        "opens with the earlier passphrase. Delete it if that may be known.",
                        path=info.path,
                        error=exc,
                    )
                )
    return notes


# --- restoring ----------------------------------------------------------------


@dataclass
class RestorePlan:
    """A backup copied and checked, waiting for the person to confirm.

    ``counts`` are the rows the backup holds (``cases``, ``outreach_activities``,
    ``journal_entries``...), ``current_counts`` those of the vault it would
    replace (restore over the vault) or None (a new folder)."""

    backup: Path
    target: Path
    staging: Path
    counts: dict[str, int]
    current_counts: dict[str, int] | None = None
    made: datetime | None = None
    _vault: Vault | None = None
    _key: bytes = b""
    done: bool = False
    replayed: int = 0  # cases the deletion log erased again in the copy (issue 12)
    _source: Vault | None = None  # the open vault a restore into a new folder came from

    def discard(self) -> None:
        if not self.done:
            _remove_tree(self.staging)
            self.done = True

    def commit(self, progress: Progress | None = None) -> Path:
        """Put the checked copy in place; returns the restored vault's folder."""
        if self.done:
            raise BackupInvalid(self.backup, "this restore was already finished or cancelled.")
        if self._vault is None:
            target = self.target
            try:
                if target.exists():
                    target.rmdir()  # an empty folder (checked when prepared)
                os.rename(self.staging, target)
                fsync_dir(target.parent)
            except OSError as exc:
                raise os_storage_error(target, exc) from None
            self.done = True
            if self._source is not None and self._source.is_open:
                from dime_desktop.storage import access_log as audit

                self._source.log(audit.RESTORE, detail="to_new_folder")
            return target
        vault = self._vault
        # first a verified backup of what is there now
        run = back_up(vault, label="before-restore", progress=progress)
        if not any(b.path.parent == vault_backups_folder(vault.path) for b in run.made):
            self.discard()
            raise (
                run.failures[0]
                if run.failures
                else BackupFailed(
                    vault_backups_folder(vault.path), "no backup of the current state was made."
                )
            )
        keys = keyfile.load(self.staging / KEYS_FILE)
        old_key = vault._key_bytes()
        vault._replace_database(self.staging / DB_FILE, keys, self._key, old_key)
        vault._wrap_keys.clear()  # the restored key file may have other wraps
        self.discard()
        self.done = True
        from dime_desktop.storage import access_log as audit

        vault.log(audit.RESTORE, detail="over")
        return vault.path


def _staged_copy(backup: Path, staging: Path) -> keyfile.KeyFile:
    info = read_backup(backup)
    if info.problem:
        raise BackupInvalid(backup, info.problem + ".")
    staging.mkdir(mode=0o700)
    _copy_file(backup / DB_FILE, staging / DB_FILE)
    _copy_file(backup / KEYS_FILE, staging / KEYS_FILE)
    fsync_dir(staging)
    return keyfile.load(staging / KEYS_FILE)


def _use_current_keys(staging: Path, staged_keys: keyfile.KeyFile, vault: Vault | None) -> None:
    """A backup encrypted with the open vault's own database key gets the
    vault's *current* key file in the copy: the restored vault then opens with
    today's passphrase and recovery key, whichever wraps the backup kept (a
    backup on a memory stick that was not plugged in when the passphrase was
    changed still holds the old wraps of the same key). A backup made with an
    earlier key keeps its own key file: only the secrets of its time open it."""
    if vault is None or not vault.is_open:
        return
    if _b64_check(staged_keys) != current_key_check(vault):
        return
    salt = database_salt(staging / DB_FILE)
    keyfile.save(staging / KEYS_FILE, vault.key_file.with_database_salt(salt))


def _open_staged(
    staging: Path,
    *,
    db_key: bytes | None,
    passphrase: str | None,
    recovery_key: str | None,
    backup: Path | None = None,
) -> Vault:
    """Open the staged copy with a known database key, else the passphrase or
    the recovery key; a wrong one is said naming the backup (not the copy)."""
    from dime_desktop.vault.vault import Vault

    shown = backup if backup is not None else staging
    if db_key is not None:
        opened = Vault.unlock_with_key(staging, db_key, auto_backup=False)
        if opened is not None:
            return opened
    try:
        if passphrase is not None:
            vault = Vault.unlock(staging, passphrase, actor=None)
        elif recovery_key is not None:
            vault = Vault.unlock_with_recovery_key(staging, recovery_key, actor=None)
        else:
            raise BackupKeyNeeded(shown)
    except (BackupKeyNeeded, WrongBackupPassphrase, WrongBackupRecoveryKey):
        raise
    except WrongPassphrase:
        raise WrongBackupPassphrase(shown) from None
    except WrongRecoveryKey:
        raise WrongBackupRecoveryKey(shown) from None
    vault._changes_backed_up = None  # never back up a copy being checked
    return vault


def _replay_deletions(backup: Path, staged: Vault, current: Vault | None) -> int:
    """A restored copy must not bring back a deleted case (issue 12): replay
    the deletion log of the vault it replaces (or came from) and of the other
    backups beside it that open with the same key."""
    from dime_desktop.vault.erasure import replay_on_staged, sibling_logs

    logs = [] if current is None else current.erasures.log()
    logs += sibling_logs(backup, staged._key_bytes())
    return replay_on_staged(staged, logs)


def _check_staged(backup: Path, vault: Vault) -> tuple[dict[str, int], bytes]:
    problems = [p for p in vault.verify() if "can be read by other users" not in p]
    if problems:
        raise BackupInvalid(backup, f"the restored copy does not pass the check ({problems[0]}).")
    return vault.database.table_counts(), vault._key_bytes()


def prepare_restore(
    backup: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    db_key: bytes | None = None,
    source: Vault | None = None,
    actor: str | None = None,
) -> RestorePlan:
    """Copy ``backup`` next to the new folder ``target`` (must not exist, or
    be empty), open the copy with the passphrase, the recovery key or a known
    database key, check it completely and count what it holds. Nothing is in
    place until :meth:`RestorePlan.commit`. The copy's access log gets a
    ``restore``/``from_backup`` entry by ``actor`` (default: the source
    vault's). A backup with the source vault's key gets its current key file
    (:func:`_use_current_keys`)."""
    backup, target = Path(backup), Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExists(
            f"{target} already exists and is not empty; restore into a new folder.", target
        )
    if not target.parent.is_dir():
        raise VaultExists(f"The folder {target.parent} does not exist.", target.parent)
    staging = target.parent / f".{target.name}.restoring-{secrets.token_hex(4)}"
    try:
        staged_keys = _staged_copy(backup, staging)
        if db_key is not None:
            _use_current_keys(staging, staged_keys, source)
        vault = _open_staged(
            staging,
            db_key=db_key,
            passphrase=passphrase,
            recovery_key=recovery_key,
            backup=backup,
        )
        try:
            replayed = _replay_deletions(backup, vault, source)
            counts, _ = _check_staged(backup, vault)
            # the restored vault's own log says where it came from; the entry
            # exists only if the copy is put in place (commit)
            from dime_desktop.storage import access_log as audit

            vault.actor = actor if actor is not None else (source.actor if source else "")
            vault.log(audit.RESTORE, detail="from_backup")
        finally:
            vault.close(backup=False)
        with contextlib.suppress(OSError):
            (staging / "vault.lock").unlink()
    except BaseException as exc:
        _remove_tree(staging)
        if isinstance(exc, OSError):
            raise os_storage_error(staging, exc) from None
        raise
    plan = RestorePlan(backup, target, staging, counts, None, read_backup(backup).made)
    plan.replayed = replayed
    plan._source = source
    return plan


def prepare_restore_for(
    vault: Vault,
    backup: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> RestorePlan:
    """:func:`prepare_restore` of one of ``vault``'s backups, opened with the
    vault's own key (no passphrase needed). A backup made with an earlier key
    raises :class:`BackupKeyNeeded`; then give the passphrase or recovery key
    of its time."""
    return prepare_restore(
        backup,
        target,
        db_key=vault._key_bytes(),
        passphrase=passphrase,
        recovery_key=recovery_key,
        source=vault,
    )


def prepare_restore_over(
    vault: Vault,
    backup: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> RestorePlan:
    """Like :func:`prepare_restore`, to replace the open ``vault``'s contents.
    The commit first makes a verified backup of the current state."""
    backup = Path(backup)
    staging = vault.path / f".restoring-{secrets.token_hex(4)}"
    try:
        _use_current_keys(staging, _staged_copy(backup, staging), vault)
        staged = _open_staged(
            staging,
            db_key=vault._key_bytes(),
            passphrase=passphrase,
            recovery_key=recovery_key,
            backup=backup,
        )
        try:
            if staged.vault_id != vault.vault_id:
                raise BackupInvalid(backup, "it is a backup of another vault.")
            replayed = _replay_deletions(backup, staged, vault)
            counts, key = _check_staged(backup, staged)
        finally:
            staged.close(backup=False)
        for leftover in ("vault.lock", BACKUPS):
            path = staging / leftover
            if path.is_dir():
                _remove_tree(path)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
    except BaseException as exc:
        _remove_tree(staging)
        if isinstance(exc, OSError):
            raise os_storage_error(staging, exc) from None
        raise
    plan = RestorePlan(
        backup,
        vault.path,
        staging,
        counts,
        vault.database.table_counts(),
        read_backup(backup).made,
        vault,
        key,
    )
    plan.replayed = replayed
    return plan


def clean_leftovers(vault_path: Path) -> None:
    """What a killed backup, rotation or restore left in the vault folder:
    half-made backups, unfinished re-encryptions, restore copies (all
    encrypted; removed so they take no space and confuse no one)."""
    folder = vault_backups_folder(vault_path)
    if folder.is_dir():
        for leftover in folder.glob(".tmp-" + PREFIX + "*"):
            _remove_tree(leftover)
        _recover_swaps(folder)
    for leftover in Path(vault_path).glob(".restoring-*"):
        _remove_tree(leftover)


__all__ = [
    "BackupInfo",
    "BackupRun",
    "RestorePlan",
    "RotationPolicy",
    "VaultDamaged",
    "WrongRecoveryKey",
    "back_up",
    "backup_age_warning",
    "daily_due",
    "due_on_close",
    "last_verified",
    "list_backups",
    "make_backup",
    "prepare_restore",
    "prepare_restore_over",
    "prune",
    "read_backup",
    "refresh_key_files",
    "rekey_backups",
    "select_kept",
    "vault_backups",
]
