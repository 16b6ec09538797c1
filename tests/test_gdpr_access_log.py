"""The access log (issue 12): append-only, hash-chained, never content."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from dime_desktop.storage import access_log as audit
from dime_desktop.storage.access_log import LogFilter
from dime_desktop.vault import Vault


def _fill(vault: Vault, n: int = 6) -> None:
    for i in range(n):
        vault.access_log.record(audit.OPENED, case_ref=f"DH-2024-{i + 1:03d}", detail="test")


def test_entries_chain_and_verify_intact(vault: Vault) -> None:
    _fill(vault)
    entries = vault.access_log.entries(newest_first=False)
    assert [e.event for e in entries][:1] == [audit.UNLOCK]  # the vault's creation
    for before, after in itertools.pairwise(entries):
        # each entry's hash holds the hash of the one before
        assert after.hash == audit.entry_hash(
            after.id, audit.now_text(after.at), after.actor, after.event, after.case_id,
            after.case_ref, ",".join(after.fields), after.detail, before.hash,
        )  # fmt: skip
        assert after.id == before.id + 1
    check = vault.access_log.verify()
    assert check.intact and check.entries == len(entries)
    assert vault.verify() == []


def test_the_database_refuses_changes_and_removals(vault: Vault) -> None:
    _fill(vault, 2)
    with pytest.raises(sqlcipher3.IntegrityError), vault.database.transaction() as conn:
        conn.execute("UPDATE access_log SET actor = 'someone else' WHERE id = 2")
    with pytest.raises(sqlcipher3.IntegrityError), vault.database.transaction() as conn:
        conn.execute("DELETE FROM access_log WHERE id = 2")
    assert vault.access_log.verify().intact


def _tamper(vault: Vault, sql: str, *, trigger: str) -> None:
    """Change the log the way someone with the key and an SQL prompt would."""
    with vault.database.transaction() as conn:
        conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute(sql)


def test_an_altered_entry_breaks_the_chain_visibly(vault: Vault) -> None:
    _fill(vault)
    _tamper(
        vault,
        "UPDATE access_log SET actor = 'Mallory' WHERE id = 3",
        trigger="access_log_no_update",
    )
    check = vault.access_log.verify()
    assert check.first_broken == 3
    assert any("entry 3 was changed" in p for p in check.problems)
    assert any("access_log_no_update" in p for p in check.problems)
    problems = vault.verify()
    assert any("entry 3 was changed" in p for p in problems)


def test_a_removed_entry_breaks_the_chain_visibly(vault: Vault) -> None:
    _fill(vault)
    _tamper(vault, "DELETE FROM access_log WHERE id = 4", trigger="access_log_no_delete")
    check = vault.access_log.verify()
    assert check.first_broken == 5
    assert any("entry 5 does not follow entry 3" in p for p in check.problems)


def test_removed_entries_at_the_end_and_the_start_show(vault: Vault) -> None:
    _fill(vault)
    last = vault.access_log.entries(limit=1)[0].id
    _tamper(vault, f"DELETE FROM access_log WHERE id = {last}", trigger="access_log_no_delete")
    check = vault.access_log.verify()
    assert any(f"its last entry was entry {last}" in p for p in check.problems)
    with vault.database.transaction() as conn:
        conn.execute("DELETE FROM access_log WHERE id = 1")
    check = vault.access_log.verify()
    assert any("starts at entry 2" in p for p in check.problems)


def test_a_recomputed_hash_still_breaks_the_link(vault: Vault) -> None:
    """Changing an entry and giving it a fresh hash breaks the next entry's link."""
    _fill(vault)
    before, row = vault.access_log.entries(LogFilter(), newest_first=False)[1:3]
    digest = audit.entry_hash(
        row.id, audit.now_text(row.at), "Mallory", row.event, row.case_id, row.case_ref,
        ",".join(row.fields), row.detail, before.hash,
    )  # fmt: skip
    _tamper(
        vault,
        f"UPDATE access_log SET actor = 'Mallory', hash = x'{digest}' WHERE id = {row.id}",
        trigger="access_log_no_update",
    )
    check = vault.access_log.verify()
    assert check.first_broken == row.id + 1


def test_no_free_text_reaches_the_log(vault: Vault) -> None:
    with pytest.raises(ValueError):
        vault.access_log.record(audit.CHANGED, case_ref="DH-2024-001", fields=["Kari Nordmann"])
    with pytest.raises(ValueError):
        vault.access_log.record(audit.EXPORTED, detail="a note with spaces")
    with pytest.raises(ValueError):
        vault.access_log.record("looked at it")
    with pytest.raises(ValueError):
        vault.access_log.record(audit.OPENED, case_ref="Kari")
    assert vault.access_log.verify().intact


def test_the_actor_is_set_at_unlock(vault_dir: Path, fast_kdf: Any, passphrase: str) -> None:
    Vault.create(vault_dir, passphrase, kdf=fast_kdf, actor="Åsa Berg").vault.close()
    with pytest.raises(Exception, match="does not unlock"):
        Vault.unlock(vault_dir, passphrase + "x", actor="Bo")
    vault = Vault.unlock(vault_dir, passphrase, actor="Bo\nLie")
    try:
        events = [
            (e.event, e.actor, e.detail) for e in vault.access_log.entries(newest_first=False)
        ]
    finally:
        vault.close()
    assert events[0] == (audit.UNLOCK, "Åsa Berg", "created")
    assert (audit.LOCK, "Åsa Berg", "") in events
    assert (audit.UNLOCK_FAILED, "", "passphrase") in events
    assert events[-1] == (audit.UNLOCK, "Bo Lie", "passphrase")


def test_only_the_retention_removes_old_entries(vault: Vault) -> None:
    _fill(vault, 3)
    cutoff = datetime.now(UTC) + timedelta(microseconds=1)
    later = cutoff + timedelta(seconds=1)
    for i in range(2):
        vault.access_log.record(
            audit.OPENED, case_ref="DH-2024-009", at=later + timedelta(seconds=i)
        )
    removed = vault.access_log.prune(cutoff)
    assert removed == 4  # the vault's creation and the first three
    entries = vault.access_log.entries(newest_first=False)
    assert [e.case_ref for e in entries[:2]] == ["DH-2024-009"] * 2
    assert entries[-1].event == audit.LOG_PRUNED and entries[-1].detail == "removed:4"
    assert vault.access_log.verify().intact
    # what is younger than the cutoff still cannot be removed
    with pytest.raises(sqlcipher3.IntegrityError), vault.database.transaction() as conn:
        conn.execute("DELETE FROM access_log WHERE event = 'opened'")
    # everything pruned: the chain goes on from where it was
    assert vault.access_log.prune(datetime.now(UTC) + timedelta(days=1)) == 3
    vault.access_log.record(audit.OPENED, case_ref="DH-2024-010")
    assert vault.access_log.verify().intact


def test_unlock_and_lock_alone_make_no_backup(
    vault_dir: Path, fast_kdf: Any, passphrase: str
) -> None:
    from dime_desktop.vault import backups

    Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault.close()  # the first backup
    made = len(backups.list_backups([vault_dir / "backups"]))
    vault = Vault.unlock(vault_dir, passphrase)
    vault.access_log.record(audit.OPENED, case_ref="DH-2024-001")
    assert not vault.has_unsaved_backup_changes()
    vault.close()
    assert len(backups.list_backups([vault_dir / "backups"])) == made
