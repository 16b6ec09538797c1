"""The shell end to end on a real encrypted vault with the real main window:
first run, unlock, lock (by the user, when idle, by the OS) and what a lock
must leave behind: nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dime_desktop import errors
from dime_desktop.ui.common.tasks import running_tasks
from dime_desktop.ui.shell.app import AppController
from dime_desktop.ui.shell.idle import IdleWatcher
from dime_desktop.ui.shell.main_window import MainWindow
from dime_desktop.ui.shell.settings import AppSettings
from dime_desktop.ui.shell.unlock import NEW_PASSPHRASE_PAGE, RECOVERY_PAGE, UnlockWidget
from tests.journeys.person import Clock

# The offscreen platform plugin cannot pass size hints to a (virtual) window
# and says so whenever a shown window's minimum size changes; harmless here.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]

MARKER_NAME = "Åse Markørsen-Ødegård"
MARKER_SUMMARY = "Nektet adgang til utestedet på grunn av hudfarge – markør 7731"
NEW_PASSPHRASE = "blå fjord under grønn himmel 42"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.from_file(tmp_path / "settings.ini")


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _close_everything() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


@pytest.fixture
def controller(
    qtbot: Any, settings: AppSettings, vault_dir: Path, fast_kdf: Any, clock: Clock
) -> Iterator[AppController]:
    ctl = AppController(settings, vault_dir, kdf=fast_kdf, clock=clock)
    yield ctl
    ctl.shutdown()
    _close_everything()
    qtbot.waitUntil(lambda: running_tasks() == 0)


def _existing_vault(vault_dir: Path, passphrase: str, fast_kdf: Any) -> str:
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    created.vault.close()
    return created.recovery_key


def _vault_with_a_client(vault_dir: Path, passphrase: str, fast_kdf: Any) -> None:
    """A vault holding one case with a named client, an outreach activity and
    enough cases of one year for the statistics screen to have tables."""
    from dime_desktop.cases import Case, CaseGround, Client
    from dime_desktop.outreach.model import OutreachActivity
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    cases = created.vault.cases
    cases.add(
        Case(
            opened=date(2024, 3, 1),
            area="other",
            grounds=[CaseGround("ethnicity")],
            summary=MARKER_SUMMARY,
            client=Client(name=MARKER_NAME, consent_to_store=True),
        )
    )
    for day in range(1, 9):
        cases.add(Case(opened=date(2024, 4, day), area="work", grounds=[CaseGround("age")]))
    created.vault.outreach.add(
        OutreachActivity(
            activity_date=date(2024, 5, 2), kind="course", title="Kurs for " + MARKER_NAME
        )
    )
    created.vault.close()


def _unlock_by_typing(qtbot: Any, controller: Any, passphrase: str) -> None:
    """Type the passphrase on the unlock screen, press Enter, wait until unlocked."""
    screen = controller.unlock_screen
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=20_000)


def _texts_in(widget: QWidget) -> list[str]:
    """Every text a widget tree shows: edits, labels, window titles, tooltips, models."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.toolTip())
        texts.append(child.windowTitle())
        if isinstance(child, QLineEdit):
            texts.append(child.text())
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            texts.append(child.toPlainText())
        elif isinstance(child, QLabel):
            texts.append(child.text())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            texts.extend(_model_texts(child.model()))
    return texts


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    out = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models hide columnCount: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    out.append(str(value))
            out.extend(_model_texts(model, index))
    return out


def _no_personal_data_anywhere() -> None:
    for top in QApplication.topLevelWidgets():
        if not shiboken6.isValid(top):
            continue
        for text in _texts_in(top):
            assert MARKER_NAME not in text
            assert "markør 7731" not in text


# --- first run -----------------------------------------------------------------


def test_create_vault_through_first_run(
    qtbot: Any, controller: AppController, vault_dir: Path, settings: AppSettings
) -> None:
    controller.start()
    assert controller.state == "first_run"
    screen = controller.first_run
    assert screen is not None
    qtbot.addWidget(screen)
    pair = screen.pair
    assert not screen.create_button.isEnabled()

    qtbot.keyClicks(pair.first, "kort")
    assert "15" in pair.reasons.text()  # too short, said live
    assert not screen.create_button.isEnabled()

    pair.first.clear()
    qtbot.keyClicks(pair.first, NEW_PASSPHRASE)
    qtbot.keyClicks(pair.second, NEW_PASSPHRASE[:-1])
    assert pair.reasons.text().strip()  # mismatch
    assert not screen.create_button.isEnabled()
    qtbot.keyClicks(pair.second, NEW_PASSPHRASE[-1])
    assert screen.create_button.isEnabled()
    # headless Linux in tests: an in-memory keyring, so the option is offered
    assert screen.remember.isEnabled()

    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.on_key_page, timeout=20_000)
    key = screen.recovery_key
    assert len(key) > 20
    assert screen.key_label.text() == key
    assert not screen.continue_button.isEnabled()

    pdf = vault_dir.parent / "nøkkel.pdf"
    assert screen.save_pdf(pdf)
    import pypdf

    text = "".join(pypdf.PdfReader(str(pdf)).pages[0].extract_text().split())
    assert key in text

    screen.confirm.setChecked(True)
    assert screen.continue_button.isEnabled()
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "unlocked")
    assert isinstance(controller.main_window, MainWindow)
    assert controller.main_window.isVisible()
    assert controller.vault is not None and controller.vault.is_open
    assert settings.vault_path == vault_dir
    from dime_desktop.vault import Vault

    assert Vault.exists(vault_dir)


def test_first_run_says_plainly_when_there_is_no_keychain(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, vault_dir: Path
) -> None:
    import dime_desktop.vault.keychain as keychain
    from dime_desktop.ui.shell.first_run import FirstRunWidget

    monkeypatch.setattr(keychain, "keychain_available", lambda: False)
    screen = FirstRunWidget(vault_dir)
    qtbot.addWidget(screen)
    assert not screen.remember.isEnabled()
    assert "keychain" in screen.remember_note.text()


# --- unlock --------------------------------------------------------------------


def test_unlock_wrong_then_right_passphrase(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _existing_vault(vault_dir, passphrase, fast_kdf)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None and controller.state == "locked"
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password

    qtbot.keyClicks(screen.passphrase, "feil passordfrase helt klart")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=20_000)
    assert isinstance(screen.last_error, errors.WrongPassphrase)
    assert "Caps Lock" in screen.message.text()
    assert not screen.create_button.isVisible()
    assert controller.state == "locked"

    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=20_000)
    assert isinstance(controller.main_window, MainWindow)


def test_damaged_vault_points_to_backup_never_to_start_over(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _existing_vault(vault_dir, passphrase, fast_kdf)
    (vault_dir / "vault.db").write_bytes(b"\x00garbage" * 4096)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=20_000)
    assert isinstance(screen.last_error, errors.VaultDamaged)
    assert "backups" in screen.message.text()
    assert screen.backups_button.isVisibleTo(screen)
    assert not screen.create_button.isVisibleTo(screen)
    assert controller.state == "locked"


def test_missing_vault_offers_other_folder_or_new_vault(
    qtbot: Any, controller: AppController, vault_dir: Path, settings: AppSettings, tmp_path: Path
) -> None:
    settings.vault_path = vault_dir  # used before, now gone (e.g. unplugged disk)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    assert isinstance(screen.last_error, errors.VaultMissing)
    assert screen.choose_button.isVisibleTo(screen)
    assert screen.create_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert controller.state == "first_run"
    assert controller.first_run is not None
    assert controller.first_run.vault_path == vault_dir


def test_no_vault_yet_shows_first_run(controller: AppController) -> None:
    controller.start()
    assert controller.state == "first_run"


def test_recovery_key_unlock_forces_new_passphrase(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    key = _existing_vault(vault_dir, passphrase, fast_kdf)
    controller.start()
    screen = controller.unlock_screen
    assert isinstance(screen, UnlockWidget)
    qtbot.mouseClick(screen.recovery_link, Qt.MouseButton.LeftButton)
    assert screen.page() == RECOVERY_PAGE

    qtbot.keyClicks(screen.recovery_key, "AAAA-BBBB-CCCC-DDDD")
    qtbot.keyClick(screen.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=20_000)
    assert isinstance(screen.last_error, errors.WrongRecoveryKey)

    screen.recovery_key.clear()
    qtbot.keyClicks(screen.recovery_key, key)
    qtbot.keyClick(screen.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.page() == NEW_PASSPHRASE_PAGE, timeout=20_000)
    assert controller.state == "locked"  # not in before a new passphrase is set
    assert not screen.save_passphrase_button.isEnabled()
    qtbot.keyClicks(screen.new_pair.first, NEW_PASSPHRASE)
    qtbot.keyClicks(screen.new_pair.second, NEW_PASSPHRASE)
    assert screen.save_passphrase_button.isEnabled()
    qtbot.mouseClick(screen.save_passphrase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=20_000)

    controller.lock()
    qtbot.waitUntil(lambda: controller.closing_task is None)  # the backup behind the lock screen
    from dime_desktop.vault import Vault

    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_dir, passphrase)
    Vault.unlock(vault_dir, NEW_PASSPHRASE).close()


# --- lock ------------------------------------------------------------------------


def _open_client_case(qtbot: Any, window: MainWindow) -> Any:
    """Open the case of the named client and type into its summary (unsaved)."""
    window.set_discreet(False)
    qtbot.waitUntil(lambda: any(MARKER_NAME in t for t in _texts_in(window)), timeout=10_000)
    case = window._vault.cases.iter_cases().__next__()
    form = window.open_case(case.id)
    assert form is not None
    qtbot.keyClicks(form.summary, " Tillegg før låsing.")
    assert form.is_dirty()
    return form


def test_idle_lock_after_the_settings_minutes_leaves_nothing_and_drafts_survive(
    qtbot: Any,
    controller: AppController,
    settings: AppSettings,
    vault_dir: Path,
    passphrase: str,
    fast_kdf: Any,
    clock: Clock,
) -> None:
    _vault_with_a_client(vault_dir, passphrase, fast_kdf)
    settings.idle_minutes = 3
    controller.start()
    _unlock_by_typing(qtbot, controller, passphrase)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    assert controller.idle.timeout_ms == IdleWatcher.minutes_to_ms(3)
    _open_client_case(qtbot, window)
    QGuiApplication.clipboard().setText(MARKER_NAME)
    vault = controller.vault

    clock.advance(minutes=2, seconds=59)
    controller.idle.check()
    assert controller.state == "unlocked"  # minutes, not seconds
    clock.advance(seconds=1)
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=5000)  # the watcher's tick
    assert controller.lock_reason == "idle"
    screen = controller.unlock_screen
    assert screen is not None and screen.isVisible()
    assert screen.reason.text() == "Locked after 3 minutes without use."
    qtbot.waitUntil(lambda: not vault.is_open)  # closed behind the lock screen (its backup)
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # closed and deleted, not hidden
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [screen]
    _no_personal_data_anywhere()

    # unlock again: the unsaved form comes back from the vault's drafts
    _unlock_by_typing(qtbot, controller, passphrase)
    forms = controller.main_window.forms
    assert len(forms) == 1
    assert forms[0].summary.toPlainText() == MARKER_SUMMARY + " Tillegg før låsing."


def test_lock_requested_by_the_user_says_so_and_stops_the_idle_watch(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _vault_with_a_client(vault_dir, passphrase, fast_kdf)
    controller.start()
    _unlock_by_typing(qtbot, controller, passphrase)
    assert controller.idle.is_active()
    window = controller.main_window
    _open_client_case(qtbot, window)
    window.lock_action.trigger()
    assert controller.state == "locked"
    assert controller.lock_reason == "user"
    assert controller.unlock_screen is not None
    assert controller.unlock_screen.reason.text() == "Locked by you."
    assert controller.vault is None
    assert not controller.idle.is_active()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    _no_personal_data_anywhere()


def test_lock_drops_a_search_in_flight_and_empties_every_screen(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _vault_with_a_client(vault_dir, passphrase, fast_kdf)
    controller.start()
    _unlock_by_typing(qtbot, controller, passphrase)
    window = controller.main_window
    window.set_discreet(False)
    stats, outreach = window.statistics_view, window.outreach_view
    assert stats.model.rowCount() > 0
    assert outreach.model.rowCount() == 1
    qtbot.waitUntil(lambda: running_tasks() == 0)
    refills: list[int] = []
    window.search.setText("markør")
    window.run_search()  # a search on its worker thread...
    assert running_tasks() > 0
    controller.lock()  # ...when the lock comes
    assert window.model.rowCount() == 0
    assert stats.model.rowCount() == 0 and stats.table_list.count() == 0
    assert outreach.model.rowCount() == 0
    assert window.due_view.model.rowCount() == 0
    window.model.modelReset.connect(lambda: refills.append(window.model.rowCount()))
    window.model.rowsInserted.connect(lambda *_a: refills.append(window.model.rowCount()))
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert all(n == 0 for n in refills), "the search filled the list after the lock"
    _no_personal_data_anywhere()


def test_remembered_vault_opens_from_keychain_at_start_but_never_after_a_lock(
    qtbot: Any,
    controller: AppController,
    vault_dir: Path,
    passphrase: str,
    fast_kdf: Any,
    settings: AppSettings,
) -> None:
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    created.vault.remember_on_device()
    created.vault.close()
    settings.remember_on_device = True
    controller.start()
    qtbot.waitUntil(lambda: controller.state == "unlocked", timeout=20_000)
    controller.lock()
    assert controller.state == "locked"
    # nothing started behind the lock may open the vault again
    qtbot.waitUntil(lambda: running_tasks() == 0)
    QApplication.processEvents()
    assert controller.state == "locked"
    assert controller.vault is None and controller.main_window is None
    screen = controller.unlock_screen
    assert screen is not None and screen.isVisible()
    assert screen.remember.isChecked()


def test_the_os_going_to_sleep_locks_and_the_unlock_screen_says_why(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _existing_vault(vault_dir, passphrase, fast_kdf)
    controller.start()
    _unlock_by_typing(qtbot, controller, passphrase)
    controller.session.locked.emit("sleep")
    assert controller.state == "locked"
    assert controller.unlock_screen is not None
    assert controller.unlock_screen.reason.text() == "Locked because the computer went to sleep."


def test_focus_loss_does_not_lock(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _existing_vault(vault_dir, passphrase, fast_kdf)
    controller.start()
    _unlock_by_typing(qtbot, controller, passphrase)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    assert controller.state == "unlocked"


def test_a_lock_keeps_the_vault_the_app_was_started_with(
    qtbot: Any,
    settings: AppSettings,
    tmp_path: Path,
    passphrase: str,
    fast_kdf: Any,
    clock: Clock,
) -> None:
    vault_a, vault_b = tmp_path / "a", tmp_path / "b"
    _existing_vault(vault_a, "a: " + passphrase, fast_kdf)
    _existing_vault(vault_b, "b: " + passphrase, fast_kdf)
    settings.vault_path = vault_a
    controller = AppController(settings, vault_b, kdf=fast_kdf, clock=clock, explicit_path=True)
    try:
        controller.start()
        _unlock_by_typing(qtbot, controller, "b: " + passphrase)
        controller.lock()
        assert controller.unlock_screen is not None
        assert controller.unlock_screen.vault_path == vault_b
        _unlock_by_typing(qtbot, controller, "b: " + passphrase)
        assert controller.vault.path == vault_b
        assert settings.vault_path == vault_a  # the default of this computer is untouched
    finally:
        controller.shutdown()
        _close_everything()


def test_a_vault_folder_chosen_in_the_settings_is_opened_after_the_next_lock(
    qtbot: Any,
    controller: AppController,
    tmp_path: Path,
    vault_dir: Path,
    passphrase: str,
    fast_kdf: Any,
) -> None:
    other = tmp_path / "annet"
    _existing_vault(vault_dir, passphrase, fast_kdf)
    _existing_vault(other, passphrase, fast_kdf)
    controller.start()
    _unlock_by_typing(qtbot, controller, passphrase)
    dialog = controller.main_window.open_settings()
    dialog.vault_path.setText(str(other))
    dialog.accept()
    assert controller.vault.path == vault_dir  # not before the lock
    controller.lock()
    assert controller.unlock_screen is not None
    assert controller.unlock_screen.vault_path == other


def test_settings_reach_the_running_app(
    qtbot: Any,
    controller: AppController,
    settings: AppSettings,
    vault_dir: Path,
    passphrase: str,
    fast_kdf: Any,
    clock: Clock,
    tmp_path: Path,
) -> None:
    """Idle minutes and the suppression threshold from the settings dialog act at once."""
    import pypdf

    _vault_with_a_client(vault_dir, passphrase, fast_kdf)
    controller.start()
    _unlock_by_typing(qtbot, controller, passphrase)
    window = controller.main_window
    dialog = window.open_settings()
    dialog.idle.setValue(2)
    dialog.threshold.setValue(9)
    dialog.accept()
    assert controller.idle.timeout_ms == IdleWatcher.minutes_to_ms(2)
    pdf = tmp_path / "sammendrag.pdf"
    with qtbot.waitSignal(window.statistics_view.pdf_saved, timeout=20_000):
        window.statistics_view.write_pdf(pdf)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    assert "9" in text and ("færre enn 9" in text or "fewer than 9" in text), text[:400]
    clock.advance(minutes=2)
    controller.idle.check()
    assert controller.state == "locked"
    assert controller.unlock_screen is not None
    assert controller.unlock_screen.reason.text() == "Locked after 2 minutes without use."


def test_screens_are_keyboard_reachable_and_named(
    qtbot: Any, vault_dir: Path, fast_kdf: Any
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from dime_desktop.ui.shell.first_run import FirstRunWidget

    for screen in (FirstRunWidget(vault_dir, kdf=fast_kdf), UnlockWidget(vault_dir)):
        qtbot.addWidget(screen)
        for widget in screen.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QAbstractButton)):
                assert widget.accessibleName(), widget.objectName() or widget.text()
                assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        for label in screen.findChildren(QLabel):
            if label.text().startswith("&") or "&" in label.text().replace("&&", ""):
                assert label.buddy() is not None, label.text()
        assert "Markørsen" not in screen.windowTitle()


def test_printable_recovery_sheet_holds_the_key(qtbot: Any, vault_dir: Path) -> None:
    from dime_desktop.ui.shell.first_run import FirstRunWidget

    screen = FirstRunWidget(vault_dir, language="en")
    qtbot.addWidget(screen)
    screen.key_panel.set_key("ABCD-EFGH-JKLM-NPQR", vault_dir)
    import io

    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(screen.key_pdf())).pages)
    assert "ABCD" in text and "NPQR" in text
    assert str(vault_dir.name) in text


def test_demo_vault_is_throwaway_with_synthetic_cases(fast_kdf: Any) -> None:
    import shutil

    from dime_desktop.ui.shell.app import make_demo_vault, parse_args

    assert parse_args(["--demo", "--lang", "en"]).demo
    vault, folder = make_demo_vault(5, kdf=fast_kdf)
    try:
        assert vault.is_open
        assert vault.cases.count() == 5
        assert str(vault.path).startswith(str(folder))
    finally:
        vault.close()
        shutil.rmtree(folder)
