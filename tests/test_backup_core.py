"""Issue 9, part 2: backups that restore."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.errors import (
    BackupFailed,
    BackupInvalid,
    BackupKeyNeeded,
    VaultExists,
    VaultIsABackup,
    WrongBackupPassphrase,
    WrongBackupRecoveryKey,
    WrongPassphrase,
)
from dime_desktop.vault import Vault, backups
from dime_desktop.vault.backups import BackupInfo, RotationPolicy, select_kept

PASSPHRASE = "korrekt hest batteri stift 2019"
NEW = "en helt annen setning med ord 42"


# A byte in page 2, the cases table (the first one made), where damage is found
# by the check: not in the schema, which opening reads first and which grows
# with every migration (the middle of a small file is a schema page since
# issue 14's indexes).
DATA_BYTE = 4096 + 2048


def add_cases(vault: Vault, n: int, summary: str = "sak") -> None:
    vault.cases.add_many(
        [Case(opened=date(2021, 1, 1 + i % 28), area="housing", summary=summary) for i in range(n)]
    )


def made_backups(vault_dir: Path) -> list[Path]:
    return sorted(p for p in (vault_dir / "backups").glob("dime-backup-*"))


@pytest.fixture
def created(vault_dir: Path, fast_kdf: Any) -> Any:
    result = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf)
    yield result
    result.vault.close(backup=False)


# --- made on close, when something changed --------------------------------------


def test_a_backup_is_made_on_close_when_something_changed(created: Any, vault_dir: Path) -> None:
    vault = created.vault
    add_cases(vault, 5)
    vault.close()
    first = made_backups(vault_dir)
    assert len(first) == 1
    info = backups.read_backup(first[0])
    assert info.usable() and info.state() == "verified"
    assert {p.name for p in first[0].iterdir()} == {"vault.db", "vault-keys.json", "backup.json"}

    # unlocked and closed without a change: no new backup
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert made_backups(vault_dir) == first
    # a change: a new one
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        add_cases(again, 1)
    assert len(made_backups(vault_dir)) == 2


def test_a_backup_opens_on_its_own_with_passphrase_or_recovery_key(
    created: Any, vault_dir: Path, tmp_path: Path
) -> None:
    vault = created.vault
    add_cases(vault, 7)
    run = backups.back_up(vault, label="manual")
    elsewhere = tmp_path / "on-another-computer"
    shutil.copytree(run.made[0].path, elsewhere)
    with pytest.raises(VaultIsABackup):  # restored, never opened in place
        Vault.unlock(elsewhere, PASSPHRASE)
    (elsewhere / "backup.json").unlink()  # all a restore adds is a check and a new folder
    with Vault.unlock(elsewhere, PASSPHRASE) as copy:
        assert copy.cases.count() == 7 and copy.verify() == []
    with Vault.unlock_with_recovery_key(elsewhere, created.recovery_key) as copy:
        assert copy.cases.count() == 7


def test_a_backup_is_encrypted_and_private(created: Any, vault_dir: Path) -> None:
    vault = created.vault
    add_cases(vault, 3, summary="hemmelig-markør-æøå")
    info = backups.back_up(vault).made[0]
    data = (info.path / "vault.db").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert "hemmelig-markør".encode() not in data
    assert oct(info.path.stat().st_mode & 0o777) == "0o700"
    for f in info.path.iterdir():
        assert oct(f.stat().st_mode & 0o777) == "0o600"
    manifest = json.loads((info.path / "backup.json").read_text())
    assert vault.vault_id not in json.dumps(manifest)  # the vault id stays in the key file


def test_a_damaged_copy_is_never_a_backup(
    created: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each backup is opened and checked after writing; a copy that fails the
    check is removed and reported, and the earlier backups stay."""
    from dime_desktop.storage.database import Database

    vault = created.vault
    add_cases(vault, 3)
    good = backups.back_up(vault).made[0]
    real = Database.inspect_file

    def flip_then_inspect(path: Path, key: bytes, **kwargs: Any) -> Any:
        data = bytearray(path.read_bytes())
        data[DATA_BYTE] ^= 0xFF  # what a bad sector or a pulled stick does
        path.write_bytes(bytes(data))
        return real(path, key, **kwargs)

    monkeypatch.setattr(Database, "inspect_file", staticmethod(flip_then_inspect))
    run = backups.back_up(vault)
    assert not run.made
    assert "check" in str(run.failures[0]) and "earlier backups were kept" in str(run.failures[0])
    assert made_backups(vault_dir) == [good.path]
    assert not list((vault_dir / "backups").glob(".tmp-*"))
    assert backups.last_failure(vault_dir)
    monkeypatch.undo()
    # the next close tries again because the last one failed
    vault.close()
    assert len(made_backups(vault_dir)) == 2
    assert not backups.last_failure(vault_dir)


def test_a_missing_second_folder_is_reported_and_the_vault_folder_still_gets_one(
    created: Any, vault_dir: Path, tmp_path: Path
) -> None:
    vault = created.vault
    stick = tmp_path / "stick"
    backups.set_second_folder(vault, stick)  # not plugged in
    run = backups.back_up(vault)
    assert len(run.made) == 1 and run.made[0].path.parent == vault_dir / "backups"
    assert isinstance(run.failures[0], BackupFailed)
    assert "plug it in" in str(run.failures[0])
    stick.mkdir()
    run = backups.back_up(vault)
    assert not run.failures and {b.path.parent for b in run.made} == {vault_dir / "backups", stick}
    listed = backups.vault_backups(vault)
    assert [b.made for b in listed] == sorted((b.made for b in listed), reverse=True)
    assert len(listed) == 3


# --- the last verified backup, and the warning ------------------------------------


def test_last_verified_backup_and_the_warning(created: Any, vault_dir: Path) -> None:
    vault = created.vault
    assert backups.backup_age_warning(vault_dir) == (None, 7)  # none yet
    info = backups.back_up(vault).made[0]
    assert backups.last_verified(vault_dir) == info.made
    assert backups.backup_age_warning(vault_dir) is None
    later = info.made + timedelta(days=9)
    assert backups.backup_age_warning(vault_dir, now=later) == (9, 7)
    backups.set_warn_days(vault, 10)
    assert backups.backup_age_warning(vault_dir, now=later) is None
    assert backups.backup_age_warning(vault_dir, now=info.made + timedelta(days=12)) == (12, 10)


def test_daily_backup_is_due_after_a_day(created: Any) -> None:
    vault = created.vault
    assert backups.daily_due(vault)
    info = backups.back_up(vault, label="daily").made[0]
    assert not backups.daily_due(vault, now=info.made + timedelta(hours=23))
    assert backups.daily_due(vault, now=info.made + timedelta(hours=25))


# --- rotation ---------------------------------------------------------------------


def _info(made: datetime, label: str = "auto") -> BackupInfo:
    return BackupInfo(Path(f"/b/{made.isoformat()}-{label}"), "v", made, label, 2, made, 1, "k")


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    now = datetime(2025, 6, 30, 12, tzinfo=UTC)
    # two backups a day for 400 days
    every = [_info(now - timedelta(hours=12 * i)) for i in range(800)]
    kept = select_kept(every, RotationPolicy(daily=7, weekly=4, monthly=12, recent=1), now)
    days = {b.made.astimezone().date() for b in every if b.path in kept}
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12 + 0 or len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    newest_days = sorted({b.made.astimezone().date() for b in every}, reverse=True)[:7]
    assert set(newest_days) <= days
    assert every[0].path in kept  # the newest, always


def test_rotation_keeps_recent_and_safety_copies() -> None:
    now = datetime(2025, 6, 30, 12, tzinfo=UTC)
    same_day = [_info(now - timedelta(minutes=10 * i)) for i in range(6)]
    safety = _info(now - timedelta(days=20, minutes=1), "before-restore")
    too_old = _info(now - timedelta(days=40), "before-restore")
    kept = select_kept([*same_day, safety, too_old], RotationPolicy(1, 0, 0, recent=3), now)
    assert {b.path for b in same_day[:3]} <= kept
    assert same_day[5].path not in kept
    assert safety.path in kept
    assert too_old.path not in kept


def test_prune_removes_only_what_rotation_drops(created: Any, vault_dir: Path) -> None:
    vault = created.vault
    start = datetime(2025, 1, 1, 12, tzinfo=UTC)
    stranger = vault_dir / "backups" / "dime-backup-not-ours"
    stranger.parent.mkdir()
    stranger.mkdir()
    (stranger / "notes.txt").write_text("keep me")
    backups.set_policy(vault, RotationPolicy(daily=3, weekly=0, monthly=0, recent=1))
    removed = []
    for day in range(12):
        add_cases(vault, 1)
        removed += backups.back_up(vault, now=start + timedelta(days=day)).removed
    remaining = made_backups(vault_dir)
    assert len(remaining) == 3 + 1  # three days, and the folder that is not a backup
    assert stranger in remaining and len(removed) == 9
    assert (stranger / "notes.txt").read_text() == "keep me"


# --- restore ------------------------------------------------------------------------


def test_backup_change_restore_gives_the_backups_state(
    created: Any, vault_dir: Path, tmp_path: Path
) -> None:
    vault = created.vault
    add_cases(vault, 10, "før")
    info = backups.back_up(vault, label="manual").made[0]
    add_cases(vault, 5, "etter")
    first = vault.cases.get("DH-2021-001")
    first.summary = "endret etter backup"
    vault.cases.update(first)
    vault.close()

    target = tmp_path / "restored"
    plan = backups.prepare_restore(info.path, target, passphrase=PASSPHRASE)
    assert plan.counts["cases"] == 10  # shown before the person confirms
    assert not target.exists()
    restored = plan.commit()
    assert restored == target
    with Vault.unlock(target, PASSPHRASE) as copy:
        assert copy.verify() == []
        assert copy.cases.count() == 10
        assert copy.cases.get("DH-2021-001").summary == "før"
    assert not list(tmp_path.glob(".restored.restoring-*"))


def test_restore_over_the_vault_backs_up_the_current_state_first(
    created: Any, vault_dir: Path
) -> None:
    vault = created.vault
    add_cases(vault, 4, "gammel")
    info = backups.back_up(vault, label="manual").made[0]
    add_cases(vault, 6, "ny")
    cases = vault.cases  # a screen keeps its repository across the restore
    plan = backups.prepare_restore_over(vault, info.path)
    assert plan.counts["cases"] == 4 and plan.current_counts is not None
    assert plan.current_counts["cases"] == 10
    assert cases.count() == 10  # nothing changed yet
    plan.commit()
    assert cases.count() == 4
    assert vault.verify() == []
    safety = [b for b in backups.vault_backups(vault) if b.label == "before-restore"]
    assert len(safety) == 1
    vault.close()
    # the state before the restore is itself restorable
    back = backups.prepare_restore(safety[0].path, vault_dir.parent / "undo", passphrase=PASSPHRASE)
    assert back.counts["cases"] == 10
    back.discard()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.cases.count() == 4


def test_restore_refuses_bad_targets_and_bad_backups(
    created: Any, vault_dir: Path, tmp_path: Path
) -> None:
    vault = created.vault
    info = backups.back_up(vault).made[0]
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    with pytest.raises(VaultExists):
        backups.prepare_restore(info.path, full, passphrase=PASSPHRASE)
    with pytest.raises(BackupInvalid):
        backups.prepare_restore(tmp_path, tmp_path / "new", passphrase=PASSPHRASE)
    broken = tmp_path / "broken"
    shutil.copytree(info.path, broken)
    data = bytearray((broken / "vault.db").read_bytes())
    data[DATA_BYTE] ^= 0x55
    (broken / "vault.db").write_bytes(bytes(data))
    with pytest.raises(BackupInvalid) as exc:
        backups.prepare_restore(broken, tmp_path / "new", passphrase=PASSPHRASE)
    assert "check" in str(exc.value)
    assert not (tmp_path / "new").exists()
    assert not list(tmp_path.glob(".new.restoring-*"))


def test_a_new_passphrase_reaches_the_backups_key_files(
    created: Any, vault_dir: Path, fast_kdf: Any
) -> None:
    vault = created.vault
    info = backups.back_up(vault).made[0]
    vault.change_passphrase(NEW, kdf=fast_kdf)
    assert backups.read_backup(info.path).usable()
    with pytest.raises(WrongPassphrase):
        backups.prepare_restore(info.path, vault_dir.parent / "a", passphrase=PASSPHRASE)
    plan = backups.prepare_restore(info.path, vault_dir.parent / "b", passphrase=NEW)
    assert plan.commit() == vault_dir.parent / "b"


# --- restore with the recovery key, or a backup made under an earlier key ------------


def test_restore_with_the_recovery_key(created: Any, vault_dir: Path, tmp_path: Path) -> None:
    vault = created.vault
    add_cases(vault, 4)
    info = backups.back_up(vault, label="manual").made[0]
    vault.close(backup=False)
    with pytest.raises(WrongBackupRecoveryKey) as wrong:
        backups.prepare_restore(info.path, tmp_path / "a", recovery_key="AAAA-" * 7 + "AAAA")
    assert str(info.path) in str(wrong.value) and "recovery sheet" in str(wrong.value)
    assert ".restoring-" not in str(wrong.value)  # the backup is named, not the copy
    assert not list(tmp_path.glob(".a.restoring-*"))
    plan = backups.prepare_restore(info.path, tmp_path / "b", recovery_key=created.recovery_key)
    assert plan.counts["cases"] == 4
    with Vault.unlock_with_recovery_key(plan.commit(), created.recovery_key) as copy:
        assert copy.cases.count() == 4 and copy.verify() == []


def earlier_key_backup(created: Any, tmp_path: Path, fast_kdf: Any) -> Path:
    """A backup on a memory stick that was not plugged in when the key was
    rotated and the passphrase changed: it keeps the key of its time."""
    vault = created.vault
    add_cases(vault, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_second_folder(vault, stick)
    run = backups.back_up(vault, label="manual")
    on_stick = next(b.path for b in run.made if b.path.parent == stick)
    stick.rename(tmp_path / "unplugged")
    vault.change_passphrase(NEW, kdf=fast_kdf)
    vault.rotate_key()
    add_cases(vault, 2)
    (tmp_path / "unplugged").rename(stick)
    assert {b.state(backups.current_key_check(vault)) for b in backups.vault_backups(vault)} == {
        "verified",
        "earlier key",
    }
    return on_stick


def test_a_backup_of_an_earlier_key_needs_the_secret_of_its_time(
    created: Any, tmp_path: Path, fast_kdf: Any
) -> None:
    vault = created.vault
    on_stick = earlier_key_backup(created, tmp_path, fast_kdf)
    with pytest.raises(BackupKeyNeeded) as needed:
        backups.prepare_restore_for(vault, on_stick, tmp_path / "a")
    assert str(on_stick) in str(needed.value)
    with pytest.raises(WrongBackupPassphrase) as wrong:
        backups.prepare_restore_for(vault, on_stick, tmp_path / "a", passphrase=NEW)
    assert str(on_stick) in str(wrong.value) and "when the backup was made" in str(wrong.value)
    assert not (tmp_path / "a").exists() and not list(tmp_path.glob(".a.restoring-*"))

    plan = backups.prepare_restore_for(vault, on_stick, tmp_path / "a", passphrase=PASSPHRASE)
    assert plan.counts["cases"] == 3
    with Vault.unlock(plan.commit(), PASSPHRASE) as copy:  # the passphrase of its time
        assert copy.cases.count() == 3 and copy.verify() == []
    plan = backups.prepare_restore_for(
        vault, on_stick, tmp_path / "b", recovery_key=created.recovery_key
    )
    assert plan.counts["cases"] == 3
    plan.discard()
    assert vault.cases.count() == 5  # the open vault was not touched


def test_restore_over_the_vault_from_an_earlier_key(
    created: Any, tmp_path: Path, fast_kdf: Any, vault_dir: Path
) -> None:
    vault = created.vault
    on_stick = earlier_key_backup(created, tmp_path, fast_kdf)
    with pytest.raises(BackupKeyNeeded):
        backups.prepare_restore_over(vault, on_stick)
    plan = backups.prepare_restore_over(vault, on_stick, passphrase=PASSPHRASE)
    assert plan.counts["cases"] == 3 and plan.current_counts is not None
    assert plan.current_counts["cases"] == 5
    plan.commit()
    vault.close(backup=False)
    with Vault.unlock(vault_dir, PASSPHRASE) as restored:  # the backup's key file came along
        assert restored.cases.count() == 3 and restored.verify() == []


# --- which secrets open a restored vault, and its own log --------------------------


def _backup_with_old_wraps(vault: Vault, fast_kdf: Any) -> Path:
    """A backup whose key file still holds the passphrase of its time: it was
    on a memory stick that was not plugged in when the passphrase changed
    (its key file is put back as it was before the change)."""
    info = backups.back_up(vault, label="manual").made[0]
    old_keys = (info.path / "vault-keys.json").read_bytes()
    vault.change_passphrase(NEW, kdf=fast_kdf)
    assert (info.path / "vault-keys.json").read_bytes() != old_keys  # brought up to date
    (info.path / "vault-keys.json").write_bytes(old_keys)
    return info.path


def test_a_restored_vault_opens_with_todays_passphrase(
    created: Any, vault_dir: Path, tmp_path: Path, fast_kdf: Any
) -> None:
    """A backup of the vault's own key restores to a vault that today's
    passphrase opens (and the retired one does not), into a new folder and
    over the vault; the restored vault's log says it was restored, by whom."""
    vault = created.vault
    vault.actor = "Kari"
    add_cases(vault, 3)
    backup = _backup_with_old_wraps(vault, fast_kdf)

    target = tmp_path / "restored"
    backups.prepare_restore_for(vault, backup, target).commit()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(target, PASSPHRASE)
    with Vault.unlock(target, NEW) as copy:
        assert copy.cases.count() == 3
        restored = [e for e in copy.access_log.entries() if e.event == "restore"]
        assert [(e.detail, e.actor) for e in restored] == [("from_backup", "Kari")]
        assert copy.access_log.verify().problems == []

    add_cases(vault, 2)
    backups.prepare_restore_over(vault, backup).commit()
    assert vault.cases.count() == 3
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, NEW) as again:
        assert again.cases.count() == 3
        assert again.verify() == []


def test_a_cancelled_restore_logs_nothing_anywhere(
    created: Any, vault_dir: Path, tmp_path: Path
) -> None:
    vault = created.vault
    info = backups.back_up(vault, label="manual").made[0]
    before = len(vault.access_log.entries())
    plan = backups.prepare_restore_for(vault, info.path, tmp_path / "restored")
    plan.discard()
    assert not (tmp_path / "restored").exists()
    assert len(vault.access_log.entries()) == before
