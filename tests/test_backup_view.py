"""The Backups screen without a journey: what it shows, and that a lock in
the middle of a restore leaves nothing behind."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.vault import Vault, backups

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says this whenever a window's minimum size changes
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


def test_the_screen_lists_backups_and_a_lock_mid_restore_leaves_nothing(
    qtbot: Any, vault: Vault, vault_dir: Path
) -> None:
    from dime_desktop.ui.backups.backups_view import BackupsView

    vault.cases.add_many([Case(opened=date(2022, 1, 3), area="work") for _ in range(3)])
    backups.back_up(vault, label="manual", now=datetime.now(UTC) - timedelta(days=3))
    view = BackupsView(vault, None)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1
    assert "3" in view.last_label.text()
    assert not view.restore_over_button.isEnabled()
    view.table.selectRow(0)
    assert view.restore_over_button.isEnabled()

    view.restore_over_vault()
    qtbot.waitUntil(lambda: view._box is not None, timeout=10_000)
    assert "3" in view._box.text()
    assert list(vault_dir.glob(".restoring-*"))  # the checked copy waits for the answer
    view.clear()  # what a lock does
    assert not list(vault_dir.glob(".restoring-*"))
    assert vault.cases.count() == 3
    assert view.table.rowCount() == 0 and view.last_label.text() == ""


def test_back_up_now_and_a_failure_are_shown(qtbot: Any, vault: Vault, tmp_path: Path) -> None:
    from dime_desktop.ui.backups.backups_view import BackupsView

    view = BackupsView(vault, None)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 0
    view.back_up_now()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert not view.failure_label.isVisibleTo(view)
    view.set_second_folder(tmp_path / "unplugged-stick")
    assert "unplugged-stick" in view.second_label.text()
    view.back_up_now()
    qtbot.waitUntil(lambda: view.failure_label.isVisibleTo(view), timeout=10_000)
    assert view.table.rowCount() == 2  # the vault folder still got its backup
    view.set_second_folder(None)
    assert vault.is_open


class Day:
    """A wall clock a test moves on."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def test_the_daily_backup_is_made_without_the_backups_screen(qtbot: Any, vault: Vault) -> None:
    from dime_desktop.ui.backups.daily import DailyBackups

    day = Day()
    backups.back_up(vault, label="manual", now=day.now - timedelta(hours=1))
    daily = DailyBackups(vault, now=day)
    daily.start()
    day.now += timedelta(minutes=2)
    daily.check()  # made an hour ago: not due
    assert not daily.running
    day.now += timedelta(hours=23)
    with qtbot.waitSignal(daily.finished, timeout=10_000) as done:
        daily.check()
        assert daily.running
    assert not done.args[0].failures
    assert [b.label for b in backups.vault_backups(vault)] == ["daily", "manual"]
    day.now += timedelta(hours=23)
    daily.check()  # not due again for a day
    assert not daily.running
    daily.stop()
    day.now += timedelta(days=2)
    daily.check()  # stopped (locked): nothing more
    assert not daily.running


def test_never_two_backups_at_once(qtbot: Any, vault: Vault) -> None:
    from dime_desktop.ui.backups.backups_view import BackupsView
    from dime_desktop.ui.backups.daily import DailyBackups

    day = Day()
    backups.back_up(vault, label="manual", now=day.now - timedelta(hours=25))
    daily = DailyBackups(vault, now=day)
    daily.start()
    view = BackupsView(vault, None, daily=daily)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1 and view.back_up_button.isEnabled()
    view.back_up_now()
    day.now += timedelta(minutes=2)
    daily.check()  # due, but the screen's backup runs
    assert not daily.running
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    day.now += timedelta(hours=25)
    with qtbot.waitSignal(daily.finished, timeout=10_000):
        daily.check()
        assert daily.running and not view.back_up_button.isEnabled()
        view.back_up_now()  # waits for the daily one
    qtbot.waitUntil(lambda: view.table.rowCount() == 3, timeout=10_000)
    assert [b.label for b in backups.vault_backups(vault)] == ["daily", "manual", "manual"]
    assert view.back_up_button.isEnabled()
    assert view.last_label.text() == "Last verified backup: today"  # by the day's clock
    daily.stop()


def test_the_key_dialog_grows_to_show_the_whole_refusal(qtbot: Any, tmp_path: Path) -> None:
    """A wrong passphrase for an earlier-key backup is said in two or three
    lines under the fields: the dialog makes room for all of them (seen
    clipped at 1366x768 before)."""
    from dime_desktop.errors import WrongBackupPassphrase
    from dime_desktop.ui.backups.key_dialog import BackupKeyDialog

    def prepare(_passphrase: str | None, _key: str | None) -> Any:
        raise WrongBackupPassphrase(tmp_path / "backups" / "dime-backup-2026-11-20")

    dialog = BackupKeyDialog("20.11.2026 14:02", prepare)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase.setText("en gammel setning")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible() and not dialog.busy(), timeout=10_000)
    qtbot.waitUntil(
        lambda: dialog.problem.height() >= dialog.problem.heightForWidth(dialog.problem.width())
    )
    label = dialog.problem
    assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing() * 1.5
    bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert bottom <= dialog.open_button.mapTo(dialog, dialog.open_button.rect().topLeft()).y()
