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


def test_a_daily_backup_while_the_app_stays_open(qtbot: Any, vault: Vault) -> None:
    from dime_desktop.ui.backups.backups_view import BackupsView

    backups.back_up(vault, label="manual", now=datetime.now(UTC) - timedelta(hours=25))
    view = BackupsView(vault, None)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1
    view._daily_check()  # what the hourly timer does
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    assert backups.vault_backups(vault)[0].label == "daily"
    view._daily_check()  # not due again for a day
    assert view.table.rowCount() == 2 and not view._busy()
