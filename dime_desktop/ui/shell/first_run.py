"""First run: create the vault, then show the recovery key once.

Page 1 asks for the passphrase twice and says live why it is refused (the
reasons of ``passphrase_policy.check_passphrase`` beside the fields; the
create button stays disabled until there are none). The Argon2 key derivation
runs through the task helper with a busy indicator.

Page 2 shows the recovery key (:class:`RecoveryKeyPanel`, also used by
"New recovery key" in the app), large and monospaced, with "Print" and
"Save as PDF"; the adviser must tick that it is written down before going on.
``finished(vault)`` is emitted then. Closing the window while the key is
shown asks first: the key is never shown again (a new one can be made in the
app, Tools → New recovery key).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import KeychainUnavailable
from dime_desktop.ui.common.dialogs import bring_forward
from dime_desktop.ui.common.error_text import error_text, passphrase_reason_text
from dime_desktop.ui.common.tasks import Task


def heading_font(widget: QWidget, factor: float = 1.5) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(True)
    return font


def key_font(widget: QWidget) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = widget.font().pointSizeF()
    font.setPointSizeF((base if base > 0 else 10.0) * 2.0)
    font.setBold(True)
    return font


def error_label() -> QLabel:
    """A label for a problem: wraps, reads as an alert, empty until needed."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("problem")
    label.setStyleSheet("QLabel#problem { color: #9b1c1c; }")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def keychain_available() -> bool:
    from dime_desktop.vault.keychain import keychain_available as available

    try:
        return bool(available())
    except Exception:
        return False


def check_passphrase(passphrase: str, confirm: str | None) -> list[str]:
    from dime_desktop.vault.passphrase_policy import check_passphrase as check

    return list(check(passphrase, confirm))


class PassphrasePair(QWidget):
    """Two password fields with the live reasons why the pair is refused."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.first.setObjectName("passphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.second.setObjectName("confirm")
        self.show_text = QCheckBox(self.tr("S&how the passphrase"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(self._toggle_echo)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(self.tr("Why the passphrase cannot be used"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        first_label = QLabel(self.tr("&Passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Repeat:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.show_text)
        form.addRow("", self.reasons)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_text)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._problems: list[str] = []
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        problems = check_passphrase(first, second)
        self._problems = problems
        shown = list(problems)
        if not first and not second:
            shown = []  # nothing typed yet: no scolding, just a hint
            self.reasons.setText(
                self.tr(
                    "Use at least 15 characters, for example four or five ordinary words "
                    "with spaces between."
                )
            )
            self.reasons.setStyleSheet("")
        elif not second and shown:
            # still typing the first field: a missing repeat is not a fault yet
            shown = [code for code in shown if code != "mismatch"]
        if first or second:
            if shown:
                self.reasons.setText("\n".join("• " + passphrase_reason_text(c) for c in shown))
                self.reasons.setStyleSheet("color: #9b1c1c;")
            elif problems:
                self.reasons.setText(self.tr("Now type the same passphrase again."))
                self.reasons.setStyleSheet("")
            else:
                self.reasons.setText(self.tr("✓ The passphrase can be used."))
                self.reasons.setStyleSheet("color: #1d6b32;")
        self.changed.emit()

    def acceptable(self) -> bool:
        return not self._problems

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class RecoveryKeyPanel(QWidget):
    """The recovery key shown once: large, with Print and Save as PDF, and the
    box to tick once it is written down (``confirmed_changed(bool)``)."""

    confirmed_changed = Signal(bool)

    def __init__(self, *, language: str = "nb", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._key = ""
        self._vault_path = Path()
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setFont(key_font(self))
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setStyleSheet(
            "QLabel#recoveryKey { border: 1px solid palette(mid); padding: 12px; }"
        )
        # room for the key on two lines: a stacked page ignores a wrapped label's
        # height for its width, and a cut key is worse than an empty line
        self.key_label.setMinimumHeight(self.key_label.fontMetrics().lineSpacing() * 2 + 30)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery key as PDF"))
        self.pdf_button.clicked.connect(self.choose_pdf_file)
        self.key_problem = error_label()
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I have &written down or printed the recovery key"))
        self.confirm.setAccessibleName(self.tr("I have written down or printed the recovery key"))
        self.confirm.toggled.connect(self.confirmed_changed)

        tools = QHBoxLayout()
        tools.addWidget(self.print_button)
        tools.addWidget(self.pdf_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(tools)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.key_problem)
        layout.addSpacing(8)
        layout.addWidget(self.confirm)
        self.setTabOrder(self.print_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.confirm)

    def set_key(self, key: str, vault_path: Path) -> None:
        self._key = key
        self._vault_path = Path(vault_path)
        self.key_label.setText(key)
        self.confirm.setChecked(False)
        self.saved_note.clear()
        self.key_problem.setVisible(False)
        window = self.window()
        if window is not self and window.isVisible():
            # the key wraps onto two lines: let the window grow so none of it is cut
            layout = window.layout()
            if layout is not None:
                layout.activate()
            hint = window.sizeHint()
            window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))

    @property
    def key(self) -> str:
        return self._key

    def confirmed(self) -> bool:
        return self.confirm.isChecked()

    def clear(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.saved_note.clear()

    def _show_problem(self, exc: BaseException) -> None:
        self.key_problem.setText(error_text(exc))
        self.key_problem.setVisible(True)

    def choose_pdf_file(self) -> None:
        from dime_desktop.ui.common.dialogs import ask_save_path

        def chosen(path: Path) -> None:
            self.save_pdf(path)

        ask_save_path(
            self,
            self.tr("Save the recovery key as PDF"),
            self.tr("recovery-key.pdf"),
            self.tr("PDF (*.pdf)"),
            chosen,
            default_suffix="pdf",
        )

    def key_pdf(self) -> bytes:
        """The recovery sheet as PDF bytes: what is saved is what is printed."""
        from dime_desktop.documents.recovery_sheet import recovery_sheet_pdf

        return recovery_sheet_pdf(
            self._key, self._vault_path, made_on=date.today(), lang=self._language
        )

    def save_pdf(self, path: Path) -> bool:
        """Write the recovery sheet; says where, or why not."""
        from dime_desktop.documents.recovery_sheet import write_recovery_sheet

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_recovery_sheet(
                path, self._key, self._vault_path, made_on=date.today(), lang=self._language
            )
        except Exception as exc:
            self._show_problem(exc)
            return False
        self.key_problem.setVisible(False)
        self.saved_note.setText(
            self.tr(
                "Saved to {path}. Print it, then delete the file – a key on this "
                "computer does not protect against losing the computer."
            ).format(path=path)
        )
        return True

    def print_key(self) -> None:
        from dime_desktop.ui.common.printing import print_pdf

        try:
            print_pdf(self, self.key_pdf(), self.tr("Print the recovery key"))
        except Exception as exc:
            self._show_problem(exc)


def ask_before_losing_key(parent: QWidget, close_anyway: Callable[[], None]) -> QMessageBox:
    """The key is on screen and not confirmed: ask before the window goes
    (non-blocking; ``close_anyway()`` runs if the user really wants to close)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    title = QCoreApplication.translate("RecoveryKey", "The recovery key is not written down")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(
        QCoreApplication.translate(
            "RecoveryKey",
            "The recovery key is shown only now. Without it and without the passphrase "
            "nobody can open the register. Write it down or print it before you close.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "RecoveryKey",
            "If you close now, make a new recovery key later: Tools → New recovery key.",
        )
    )
    back = box.addButton(
        QCoreApplication.translate("RecoveryKey", "Back to the key"),
        QMessageBox.ButtonRole.RejectRole,
    )
    leave = box.addButton(
        QCoreApplication.translate("RecoveryKey", "Close without it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def answered(_result: int) -> None:
        if box.clickedButton() is leave:
            close_anyway()

    box.finished.connect(answered)
    box.open()
    return box


class FirstRunWidget(QWidget):
    """Create a vault at ``vault_path``; emits ``finished(vault)`` when done."""

    finished = Signal(object)

    def __init__(
        self,
        vault_path: Path,
        *,
        language: str = "nb",
        kdf: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self._language = language
        self._kdf = kdf
        self._vault: Any = None
        self._task: Task[Any] | None = None
        self._close_anyway = False
        self.leave_box: QMessageBox | None = None
        self.setObjectName("FirstRun")
        # the platform adds " — DiMe Desktop" (the application display name)
        self.setWindowTitle(self.tr("New vault"))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_create_page())
        self.pages.addWidget(self._build_key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(560)

    # --- page 1: passphrase ---------------------------------------------------
    def _build_create_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Welcome to DiMe Desktop"))
        title.setFont(heading_font(self))
        intro = QLabel(
            self.tr(
                "The case register is kept in an encrypted vault on this computer. "
                "Choose a passphrase that only you and your colleagues at DiMe know. "
                "Without it – or the recovery key you get next – nobody can open the "
                "register, not even us."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(self.tr("The vault will be made in: {path}").format(path=self.vault_path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pair = PassphrasePair()
        self.pair.changed.connect(self._update_create_button)

        self.remember = QCheckBox(self.tr("Re&member on this device"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        if keychain_available():
            self.remember_note.setText(
                self.tr(
                    "The passphrase is then kept in this computer's keychain and the "
                    "register opens without it when you start the app. Only on a "
                    "computer that is yours alone."
                )
            )
        else:
            self.remember.setEnabled(False)
            self.remember_note.setText(
                self.tr(
                    "This computer has no keychain, so the passphrase cannot be "
                    "remembered here. You will type it each time."
                )
            )

        self.problem = error_label()
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_vault)
        self.pair.first.returnPressed.connect(self.pair.second.setFocus)
        self.pair.second.returnPressed.connect(self.create_vault)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addWidget(self.pair)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.pair.show_text, self.remember)
        self.setTabOrder(self.remember, self.create_button)
        self._update_create_button()
        return page

    def _update_create_button(self) -> None:
        busy = self._task is not None and self._task.running
        self.create_button.setEnabled(self.pair.acceptable() and not busy)

    def create_vault(self) -> None:
        if not self.pair.acceptable() or (self._task is not None and self._task.running):
            return
        from dime_desktop.vault import Vault

        path, passphrase, kdf = self.vault_path, self.pair.passphrase(), self._kdf
        self.problem.setVisible(False)
        self.pair.setEnabled(False)
        self._task = (
            Task(lambda: Vault.create(path, passphrase, kdf=kdf))
            .success(self._created)
            .failure(self._create_failed)
            .with_progress(self, self.tr("Creating the vault – this takes a few seconds…"))
        )
        self._task.run()
        self._update_create_button()

    def _created(self, created: Any) -> None:
        self._vault = created.vault
        self.key_panel.set_key(created.recovery_key, self.vault_path)
        self.pair.clear()
        self.pair.setEnabled(True)
        if self.remember.isChecked():
            try:
                self._vault.remember_on_device()
            except KeychainUnavailable as exc:
                self.key_panel._show_problem(exc)
        self.pages.setCurrentIndex(1)
        self.key_panel.confirm.setFocus()

    def _create_failed(self, exc: BaseException) -> None:
        self.pair.setEnabled(True)
        self.problem.setText(error_text(exc))
        self.problem.setVisible(True)
        self._update_create_button()
        self.pair.first.setFocus()

    # --- page 2: recovery key ------------------------------------------------------
    def _build_key_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Your recovery key"))
        title.setFont(heading_font(self))
        intro = QLabel(
            self.tr(
                "If the passphrase is forgotten, this key is the only way into the "
                "register. Write it down or print it now and keep the sheet locked "
                "away – it is shown only this once. Do not photograph it or keep it "
                "on this computer."
            )
        )
        intro.setWordWrap(True)
        self.key_panel = RecoveryKeyPanel(language=self._language)
        # the panel's parts, by the names the first-run screen always had
        self.key_label = self.key_panel.key_label
        self.confirm = self.key_panel.confirm
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setAccessibleName(self.tr("Continue to the register"))
        self.continue_button.setEnabled(False)
        self.key_panel.confirmed_changed.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)

        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.key_panel)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setTabOrder(self.key_panel.confirm, self.continue_button)
        return page

    @property
    def recovery_key(self) -> str:
        return self.key_panel.key

    def on_key_page(self) -> bool:
        return self.pages.currentIndex() == 1

    def save_pdf(self, path: Path) -> bool:
        return self.key_panel.save_pdf(path)

    def key_pdf(self) -> bytes:
        return self.key_panel.key_pdf()

    def _continue(self) -> None:
        if not self.key_panel.confirmed() or self._vault is None:
            return
        vault, self._vault = self._vault, None
        self.key_panel.clear()
        self.finished.emit(vault)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The key on screen and not handed on: ask before it is lost."""
        if self._vault is not None and self.on_key_page() and not self._close_anyway:
            event.ignore()
            if self.leave_box is None:
                self.leave_box = ask_before_losing_key(self, self._leave_without_key)
                self.leave_box.finished.connect(self._forget_leave_box)
            bring_forward(self.leave_box)
            return
        event.accept()

    def _forget_leave_box(self, *_args: object) -> None:
        self.leave_box = None

    def _leave_without_key(self) -> None:
        self._close_anyway = True
        self.discard()
        self.close()

    def discard(self) -> None:
        """Close a vault created but not yet handed on (app quits mid-way)."""
        if self._vault is not None:
            self._vault.close()
            self._vault = None
        self.key_panel.clear()
