"""Erasing cases from the vault *and* from its backups (issue 12).

:func:`erase_cases` is the one path for the retention ("due for deletion",
approved by the coordinator) and for a person's request (GDPR art. 17):

1. the cases are anonymised or deleted in one transaction, logged in the
   deletion log and the access log (``storage/erasure.py``);
2. the vault file is purged: the search index merged, the WAL checkpointed
   with TRUNCATE, VACUUM when many went;
3. every backup within reach that is encrypted with the vault's key is
   cleaned the same way: a copy is made beside it, the vault's deletion log
   is replayed in the copy, the copy is VACUUMed, checked page by page,
   sealed with its original time and label, and swapped in (as a key
   rotation re-encrypts backups, see ``backups.rekey_backups``);
4. backups older than the retention period are removed.

A backup out of reach (a memory stick not plugged in) or made with an
earlier key cannot be cleaned now; it is named in the report, and when it is
ever restored, the deletion log is replayed on it first
(``backups.prepare_restore*``), so the case does not come back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dime_desktop.errors import DimeError
from dime_desktop.storage.database import database_salt
from dime_desktop.storage.erasure import VACUUM_AT, Erasure, scrub_file
from dime_desktop.vault import backups, keyfile

if TYPE_CHECKING:
    from dime_desktop.vault.vault import Vault

Progress = Callable[[int, int], None]


@dataclass
class ErasureReport:
    erased: list[Erasure] = field(default_factory=list)
    backups_cleaned: list[Path] = field(default_factory=list)
    backups_removed: list[Path] = field(default_factory=list)  # older than the retention
    notes: list[str] = field(default_factory=list)  # backups that could not be cleaned
    unreachable: list[Path] = field(default_factory=list)  # folders not plugged in
    not_cleaned: list[Path] = field(default_factory=list)  # damaged, earlier key, failed


def erase_cases(
    vault: Vault,
    case_ids: Sequence[int],
    mode: str,
    reason: str,
    *,
    keep_backups_days: int | None = None,
    progress: Progress | None = None,
) -> ErasureReport:
    """Anonymise (``keep_statistics``) or delete (``all``) the cases
    everywhere the app keeps them (see the module's notes).
    ``keep_backups_days``: remove backups older than this (the retention
    period; None: the privacy module's rules decide)."""
    report = ErasureReport()
    report.erased = vault.erasures.erase(list(case_ids), mode, reason)
    vault.erasures.purge(vacuum=len(case_ids) >= VACUUM_AT)
    clean_backups(vault, progress=progress, report=report)
    if keep_backups_days is None:
        from dime_desktop.privacy.retention import backup_keep_days

        keep_backups_days = backup_keep_days(vault)
    report.backups_removed = prune_expired_backups(vault, keep_backups_days)
    return report


def clean_backups(
    vault: Vault, *, progress: Progress | None = None, report: ErasureReport | None = None
) -> ErasureReport:
    """Replay the vault's deletion log in every backup within reach (see the
    module's notes). Fills ``report``: the backups rewritten, one sentence for
    each that could not be cleaned (``notes``), and which (``unreachable``,
    ``not_cleaned``)."""
    report = report if report is not None else ErasureReport()
    log = vault.erasures.log()
    cleaned, notes = report.backups_cleaned, report.notes
    if not log:
        return report
    key = vault._key_bytes()
    keys = vault.key_file
    check = backups.current_key_check(vault)
    found: list[backups.BackupInfo] = []
    own = backups.vault_backups_folder(vault.path)
    for folder in backups.backup_folders(vault):
        if not folder.is_dir():
            if folder == own:
                continue  # no backup made yet
            report.unreachable.append(folder)
            notes.append(
                f"The backups in {folder} could not be reached, so the deleted cases are still "
                "in them; plug the folder in and delete again (or delete those backups). A "
                "restore of one of them deletes the cases again first."
            )
            continue
        found += backups.list_backups([folder], vault.vault_id)
    for n, info in enumerate(found):
        if progress is not None:
            progress(n, len(found))
        if info.problem or info.key_check != check:
            report.not_cleaned.append(info.path)
            notes.append(
                f"The backup {info.path} could not be cleaned (it is damaged or made with an "
                "earlier key); delete it, it may still hold the deleted cases."
            )
            continue
        fresh = info.path.parent / f".scrub-{info.name}"
        backups._remove_tree(fresh)
        try:
            fresh.mkdir(mode=0o700)
            backups._copy_file(info.path / backups.DB_FILE, fresh / backups.DB_FILE)
            if scrub_file(fresh / backups.DB_FILE, key, log) == 0:
                backups._remove_tree(fresh)  # nothing of them in this one
                continue
            copy_keys = keys.with_database_salt(database_salt(fresh / backups.DB_FILE))
            keyfile.save(fresh / backups.KEYS_FILE, copy_keys)
            backups._verify_and_seal(fresh, key, copy_keys, None, info.label, info.made)
            backups._swap_in(info.path, fresh)
            cleaned.append(info.path)
        except (DimeError, OSError) as exc:
            backups._remove_tree(fresh)
            report.not_cleaned.append(info.path)
            notes.append(
                f"The backup {info.path} could not be cleaned ({exc}); delete it, it still "
                "holds the deleted cases."
            )
    if progress is not None:
        progress(len(found), len(found))
    return report


def prune_expired_backups(
    vault: Vault, keep_days: int, *, now: datetime | None = None
) -> list[Path]:
    """Remove the vault's backups (within reach) made more than ``keep_days``
    ago: a backup older than the retention period holds cases that are due
    for deletion."""
    now = now or datetime.now(UTC)
    removed: list[Path] = []
    for info in backups.vault_backups(vault):
        if now - info.made > timedelta(days=keep_days):
            backups._remove_tree(info.path)
            removed.append(info.path)
    return removed


def replay_on_staged(staged: Vault, erasures: Sequence[Erasure]) -> int:
    """A restored copy (still staged): erase what the deletion logs say,
    purge it. Returns how many cases had to be erased again."""
    if not erasures:
        return 0
    applied = staged.erasures.replay(erasures)
    if applied:
        staged.erasures.purge(vacuum=True)
    return len(applied)


def sibling_logs(backup: Path, key: bytes) -> list[Erasure]:
    """The deletion logs of the other backups beside ``backup`` that open with
    ``key`` (a restore without the vault: the newest backups know the newest
    deletions)."""
    from dime_desktop.storage.erasure import read_log_of_file

    out: list[Erasure] = []
    for info in backups.list_backups([Path(backup).parent]):
        if info.path == Path(backup) or info.problem:
            continue
        try:
            out += read_log_of_file(info.path / backups.DB_FILE, key)
        except DimeError:
            continue
    return out
