"""The shell end to end on a real encrypted vault: first run, unlock, lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from dime_desktop import errors
from dime_desktop.ui.shell.app import AppController
from dime_desktop.ui.shell.settings import AppSettings
from dime_desktop.ui.shell.unlock import NEW_PASSPHRASE_PAGE, RECOVERY_PAGE, UnlockWidget

# The offscreen platform plugin cannot pass size hints to a (virtual) window
# and says so whenever a shown window's minimum size changes; harmless here.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]

MARKER_NAME = "Åse Markørsen-Ødegård"
MARKER_SUMMARY = "Nektet adgang til utestedet på grunn av hudfarge – markør 7731"
NEW_PASSPHRASE = "blå fjord under grønn himmel 42"


class ShellMainWindow(QMainWindow):
    """A main window holding personal data the way the real one does: a line
    edit, a label and an item model; drafts survive a lock in the vault."""

    lock_requested = Signal()

    def __init__(self, vault: Any, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("DiMe Desktop")
        central = QWidget()
        layout = QVBoxLayout(central)
        self.name = QLineEdit()
        self.summary = QLabel()
        self.model = QStandardItemModel(0, 2)
        self.table = QTableView()
        self.table.setModel(self.model)
        layout.addWidget(self.name)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.restored = False

    def show_client(self) -> None:
        self.name.setText(MARKER_NAME)
        self.summary.setText(MARKER_SUMMARY)
        self.model.appendRow([QStandardItem(MARKER_NAME), QStandardItem(MARKER_SUMMARY)])

    def save_drafts(self) -> None:
        if self.name.text():
            self.vault.drafts.save("form", {"name": self.name.text()})

    def clear_personal_data(self) -> None:
        self.name.clear()
        self.summary.clear()
        self.model.removeRows(0, self.model.rowCount())

    def restore_drafts(self) -> None:
        drafts = self.vault.drafts.load_all()
        if "form" in drafts:
            self.name.setText(drafts["form"]["name"])
        self.restored = True


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.from_file(tmp_path / "settings.ini")


@pytest.fixture
def controller(
    qtbot: Any, settings: AppSettings, vault_dir: Path, fast_kdf: Any
) -> Iterator[AppController]:
    ctl = AppController(
        settings,
        vault_dir,
        kdf=fast_kdf,
        idle_timeout_ms=60_000,
        main_window_factory=ShellMainWindow,
    )
    yield ctl
    ctl.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def _existing_vault(vault_dir: Path, passphrase: str, fast_kdf: Any) -> str:
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    created.vault.close()
    return created.recovery_key


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
    assert isinstance(controller.main_window, ShellMainWindow)
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
    assert controller.main_window.restored


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
    from dime_desktop.vault import Vault

    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_dir, passphrase)
    Vault.unlock(vault_dir, NEW_PASSPHRASE).close()


# --- lock ------------------------------------------------------------------------


def test_idle_lock_leaves_no_personal_data_and_drafts_survive(
    qtbot: Any, settings: AppSettings, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _existing_vault(vault_dir, passphrase, fast_kdf)
    controller = AppController(
        settings,
        vault_dir,
        kdf=fast_kdf,
        idle_timeout_ms=300,
        main_window_factory=ShellMainWindow,
    )
    try:
        controller.start()
        screen = controller.unlock_screen
        assert screen is not None
        _unlock_by_typing(qtbot, controller, passphrase)
        window = controller.main_window
        window.show_client()
        # a second window with personal data (e.g. a detached form)
        extra = QLabel(MARKER_SUMMARY)
        extra.setWindowTitle("Sak")
        extra.show()
        assert any(MARKER_NAME in t for t in _texts_in(window))
        vault = controller.vault

        qtbot.waitUntil(
            lambda: controller.unlock_screen is not None and controller.unlock_screen.isVisible(),
            timeout=10_000,
        )
        assert controller.state == "locked"
        assert not vault.is_open
        # closed and deleted, not just hidden
        qtbot.waitUntil(lambda: not shiboken6.isValid(window) and not shiboken6.isValid(extra))
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert visible == [controller.unlock_screen]
        _no_personal_data_anywhere()

        # unlock again: the unsaved form comes back from the vault's drafts
        screen = controller.unlock_screen
        _unlock_by_typing(qtbot, controller, passphrase)
        assert controller.main_window is not window
        assert controller.main_window.name.text() == MARKER_NAME
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()


def test_lock_requested_by_main_window(
    qtbot: Any, controller: AppController, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    _existing_vault(vault_dir, passphrase, fast_kdf)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    _unlock_by_typing(qtbot, controller, passphrase)
    assert controller.idle.is_active()
    controller.main_window.show_client()
    controller.main_window.lock_requested.emit()
    assert controller.state == "locked"
    assert controller.vault is None
    assert not controller.idle.is_active()
    _no_personal_data_anywhere()


def test_idle_lock_with_the_real_main_window_leaves_no_personal_data(
    qtbot: Any, settings: AppSettings, vault_dir: Path, passphrase: str, fast_kdf: Any
) -> None:
    from datetime import date

    from dime_desktop.cases import Case, CaseGround, Client
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    created.vault.cases.add(
        Case(
            opened=date(2024, 3, 1),
            area="other",
            grounds=[CaseGround("ethnicity")],
            summary=MARKER_SUMMARY,
            client=Client(name=MARKER_NAME),
        )
    )
    created.vault.close()
    settings.discreet_default = False  # names shown in the list while unlocked
    controller = AppController(settings, vault_dir, kdf=fast_kdf, idle_timeout_ms=400)
    try:
        controller.start()
        screen = controller.unlock_screen
        assert screen is not None
        _unlock_by_typing(qtbot, controller, passphrase)
        window = controller.main_window
        from dime_desktop.ui.shell.main_window import MainWindow

        assert isinstance(window, MainWindow)
        qtbot.waitUntil(lambda: any(MARKER_NAME in t for t in _texts_in(window)), timeout=10_000)
        qtbot.waitUntil(lambda: controller.state == "locked", timeout=10_000)
        assert controller.unlock_screen is not None and controller.unlock_screen.isVisible()
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert visible == [controller.unlock_screen]
        _no_personal_data_anywhere()
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()


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
    screen = controller.unlock_screen
    assert screen is not None and screen.isVisible()
    assert screen.remember.isChecked()


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
    screen._recovery_key = "ABCD-EFGH-JKLM-NPQR"
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
