"""The shell's lock care below the journeys: what a lock leaves of the main
window, and the controller's close of the vault behind the lock screen."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from dime_desktop import errors
from dime_desktop.ui.common.tasks import running_tasks
from dime_desktop.ui.shell.settings import AppSettings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.from_file(tmp_path / "settings.ini")


@pytest.fixture
def window(vault: Any, settings: AppSettings, qtbot: Any) -> Iterator[Any]:
    from dime_desktop.ui.shell.main_window import MainWindow

    w = MainWindow(vault, settings)
    qtbot.addWidget(w)
    yield w
    w.clear_personal_data()


def _add_cases(vault: Any, n: int) -> None:
    from dime_desktop.cases import Case, CaseGround

    for i in range(n):
        vault.cases.add(Case(opened=date(2024, 5, 1 + i), area="work", grounds=[CaseGround("age")]))


def test_clear_personal_data_closes_the_case_tabs_and_keeps_the_list_tab(
    window: Any, vault: Any, vault_dir: Path, passphrase: str, qtbot: Any
) -> None:
    from dime_desktop.vault import Vault

    _add_cases(vault, 2)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.open_current() or window.open_index(window.model.index(0, 0))
    window.new_case()
    assert window.case_tabs.count() == 3

    window.clear_personal_data()
    QApplication.processEvents()
    assert window.case_tabs.count() == 1
    assert window.case_tabs.widget(0) is window.register_page
    assert window.case_tabs.tabText(0) == "Case list"
    assert window.model.rowCount() == 0
    vault.close()

    again = Vault.unlock(vault_dir, passphrase)
    try:
        window.set_vault(again)
        qtbot.waitUntil(lambda: window.model.rowCount() == 2)
        assert window.case_tabs.currentWidget() is window.register_page
    finally:
        window.clear_personal_data()
        again.close()


# --- the vault closes behind the lock screen ------------------------------------------


class _Busy(QRunnable):
    """Keeps one worker of the pool until released (as a long task would)."""

    def __init__(self, release: threading.Event, started: threading.Semaphore) -> None:
        super().__init__()
        self._release = release
        self._started = started

    def run(self) -> None:
        self._started.release()
        self._release.wait(30)


@pytest.fixture
def workers_taken() -> Iterator[threading.Event]:
    """Every worker of the task pool busy until the test sets the event: the
    close of the vault is queued, and what the lock did before it can be seen."""
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    started = threading.Semaphore(0)
    busy = [_Busy(release, started) for _ in range(pool.maxThreadCount())]
    for runnable in busy:
        runnable.setAutoDelete(False)
        pool.start(runnable)
    for _ in busy:
        assert started.acquire(timeout=10)
    yield release
    release.set()
    pool.waitForDone(30_000)


@pytest.fixture
def controller(qtbot: Any, settings: AppSettings, vault_dir: Path, fast_kdf: Any) -> Iterator[Any]:
    from dime_desktop.ui.shell.app import AppController
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf)
    _add_cases(created.vault, 3)
    created.vault.close(backup=False)  # no backup yet: the first lock makes one
    ctl = AppController(settings, vault_dir, kdf=fast_kdf)
    ctl.start(try_keychain=False)
    screen = ctl.unlock_screen
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctl.state == "unlocked", timeout=20_000)
    yield ctl
    ctl.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qtbot.waitUntil(lambda: running_tasks() == 0)


PASSPHRASE = "en lang passordfrase for låsen på kontoret"


def _backups(vault_dir: Path) -> list[Path]:
    return sorted((vault_dir / "backups").glob("dime-backup-*"))


def test_the_lock_hides_everything_before_the_vault_closes(
    controller: Any, vault_dir: Path, qtbot: Any, workers_taken: threading.Event
) -> None:
    vault = controller.vault
    window = controller.main_window
    controller.lock()
    # the worker that closes the vault has not started: the lock is done anyway
    screen = controller.unlock_screen
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [screen]
    assert not window.isVisible()
    assert vault.is_open and _backups(vault_dir) == []
    assert screen.closing() and screen.closing_note.isVisible()
    assert "backup of the vault is being made" in screen.closing_note.text()
    with pytest.raises(errors.VaultInUse):
        from dime_desktop.vault.lock import check_free

        check_free(vault_dir)

    # an unlock typed now waits for the close: never a second open of the vault
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.busy() and controller.state == "locked"
    assert "opens as soon as the backup is done" in screen.closing_note.text()
    workers_taken.set()
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=20_000)
    assert not vault.is_open
    assert len(_backups(vault_dir)) == 1
    assert screen.last_error is None


def test_closing_the_lock_screen_during_the_backup_quits_after_it(
    controller: Any, vault_dir: Path, qtbot: Any, workers_taken: threading.Event
) -> None:
    controller.lock()
    screen = controller.unlock_screen
    screen.close()  # the window's close button
    assert screen.isVisible() and controller.state == "locked"
    assert "closes as soon as the backup" in screen.closing_note.text()
    workers_taken.set()
    qtbot.waitUntil(lambda: controller.state == "quit", timeout=20_000)
    assert len(_backups(vault_dir)) == 1


def test_the_program_ending_waits_for_the_backup(
    controller: Any, vault_dir: Path, qtbot: Any, workers_taken: threading.Event
) -> None:
    controller.lock()
    threading.Timer(0.2, workers_taken.set).start()  # the worker goes on while we wait
    controller.shutdown()  # SIGTERM, the event loop ended: wait, then go
    assert len(_backups(vault_dir)) == 1
    from dime_desktop.vault.lock import check_free

    check_free(vault_dir)  # released


# --- notices ----------------------------------------------------------------------------


def test_notices_keep_their_code_and_are_said_in_the_ui_language(tmp_path: Path) -> None:
    import copy
    import pickle

    from dime_desktop.errors import DiskFull
    from dime_desktop.ui.common.error_text import notice_text
    from dime_desktop.vault.notices import Notice

    stray = Notice(
        "stray_key_copy", "Removed .vault-keys.json.x.tmp ...", name=".vault-keys.json.x.tmp"
    )
    for again in (copy.deepcopy(stray), pickle.loads(pickle.dumps(stray))):
        assert again == stray and again.code == "stray_key_copy" and again.params == stray.params
    assert ".vault-keys.json.x.tmp" in notice_text(stray)
    assert notice_text(stray) != str(stray)  # the UI's own sentence, not the core's
    failed = Notice("access_log_failed", "The access log ...", error=DiskFull("full", tmp_path))
    assert "access log" in notice_text(failed) and str(tmp_path) in notice_text(failed)
    assert notice_text("A sentence from an older core.") == "A sentence from an older core."


def test_unlocking_after_a_killed_program_gives_a_stale_lock_notice(
    vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    import json

    from dime_desktop.ui.common.error_text import notice_text
    from dime_desktop.vault import Vault

    Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault.close()
    # what a killed program leaves: its owner text, no OS lock any more
    (vault_dir / "vault.lock").write_text(
        json.dumps(
            {
                "pid": 999999,
                "host": "elsewhere",
                "since": "2024-05-05T14:02:00",
                "program": "dime-desktop",
            }
        )
    )
    with Vault.unlock(vault_dir, passphrase) as vault:
        codes = [getattr(n, "code", "") for n in vault.notices]
        assert "stale_lock" in codes
        text = notice_text(vault.notices[codes.index("stale_lock")])
        assert "not closed properly" in text
