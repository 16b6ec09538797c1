"""The vault-care dialogs of the Tools menu.

Each is window-modal, opened with ``open()`` (never a nested event loop, so
the idle lock still fires behind it), does its slow work through
``ui/common/tasks.py`` and shows the outcome in the dialog itself.
``close_for_lock()`` closes a dialog without a question (the app is locking).

* :class:`ChangePassphraseDialog` – the current passphrase, the new one twice.
* :class:`NewRecoveryKeyDialog` – the passphrase again, then the new key once,
  with Print and Save as PDF; closing before it is written down asks first.
* :class:`VerifyDialog` – the full integrity check in the background.
* :class:`ImportDialog` – an earlier register (CSV/XLSX), all or nothing, with
  a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.ui.common.dialogs import bring_forward
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.shell.first_run import (
    PassphrasePair,
    RecoveryKeyPanel,
    ask_before_losing_key,
    error_label,
    heading_font,
)
from dime_desktop.ui.vault_care import core_calls

OK_COLOUR = "color: #1d6b32;"

F = TypeVar("F", bound=Callable[..., Any])

#: Vault folders whose new recovery key was on screen, not yet marked written
#: down, when a lock closed its dialog: the old key no longer works and the new
#: one was never seen. Said after the next unlock (``unseen_recovery_key``).
_UNSEEN_KEYS: set[str] = set()


def unseen_recovery_key(vault_path: Path) -> bool:
    """Whether a lock closed a new recovery key before it was written down
    (asked once: the answer is forgotten)."""
    key = str(Path(vault_path))
    if key in _UNSEEN_KEYS:
        _UNSEEN_KEYS.discard(key)
        return True
    return False


def _key_lost_on_lock(dialog: Any) -> None:
    if dialog.key_shown() and not dialog.key_panel.confirmed():
        _UNSEEN_KEYS.add(str(Path(dialog._vault.path)))


def while_alive(method: F) -> F:
    """A task callback that does nothing if the dialog is gone (closed on lock)."""

    @wraps(method)
    def call(self: QWidget, *args: Any) -> Any:
        if shiboken6.isValid(self):
            return method(self, *args)
        return None

    return call  # type: ignore[return-value]


class VaultCareDialog(QDialog):
    """Window-modal, deleted on close, closable without questions on lock."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._task: Task[Any] | None = None
        self._for_lock = False
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def _problems_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setMinimumHeight(box.fontMetrics().lineSpacing() * 9)
        box.setVisible(False)
        return box

    def _grow(self) -> None:
        """Make room for what was just shown (a list of problems)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _show_refusal(self, exc: BaseException, problem: QLabel, field: QLineEdit) -> None:
        """A secret was refused: say why under the fields (room made for the
        whole sentence), and give ``field`` back, selected, for another try."""
        problem.setText(error_text(exc))
        problem.setVisible(True)
        self._grow()
        field.selectAll()
        field.setFocus()

    def close_for_lock(self) -> None:
        self._for_lock = True
        self.close()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field


# --- change passphrase ------------------------------------------------------------


class ChangePassphraseDialog(VaultCareDialog):
    changed = Signal()

    def __init__(self, vault: Any, *, kdf: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change passphrase"), parent)
        self._vault = vault
        self._kdf = kdf
        intro = QLabel(
            self.tr(
                "Type the passphrase you use now, then the new one twice. The recovery "
                "key stays the same."
            )
        )
        intro.setWordWrap(True)
        self.current = self._password_field(self.tr("Current passphrase"))
        current_label = QLabel(self.tr("&Current passphrase:"))
        current_label.setBuddy(self.current)
        form = QFormLayout()
        form.addRow(current_label, self.current)
        self.pair = PassphrasePair(self)
        self.pair.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self.problem = error_label()
        self.done_note = QLabel()
        self.done_note.setWordWrap(True)
        self.done_note.setStyleSheet(OK_COLOUR)
        self.done_note.setVisible(False)
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.change)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.problem)
        layout.addWidget(self.done_note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.pair.second.returnPressed.connect(self.change)
        self._update()

    def _update(self) -> None:
        self.change_button.setEnabled(
            bool(self.current.text()) and self.pair.acceptable() and not self.busy()
        )

    def change(self) -> None:
        if not self.change_button.isEnabled():
            return
        vault, current, new, kdf = (
            self._vault,
            self.current.text(),
            self.pair.passphrase(),
            self._kdf,
        )
        self.problem.setVisible(False)
        self.setEnabledFields(False)
        self._task = (
            Task(lambda: core_calls.change_passphrase(vault, current, new, kdf))
            .success(self._changed)
            .failure(self._failed)
            .with_progress(self, self.tr("Changing the passphrase…"))
        )
        self._task.run()
        self._update()

    def setEnabledFields(self, on: bool) -> None:
        self.current.setEnabled(on)
        self.pair.setEnabled(on)

    @while_alive
    def _changed(self, _result: object) -> None:
        self.current.clear()
        self.pair.clear()
        self.current.setVisible(False)
        self.pair.setVisible(False)
        for label in self.findChildren(QLabel):
            if label.buddy() is self.current:
                label.setVisible(False)
        self.change_button.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.done_note.setText(self.tr("The passphrase is changed. Use the new one from now on."))
        self.done_note.setVisible(True)
        self.changed.emit()

    @while_alive
    def _failed(self, exc: BaseException) -> None:
        self.setEnabledFields(True)
        self._show_refusal(exc, self.problem, self.current)
        self._update()


# --- new recovery key -------------------------------------------------------------


class KeepsNewKeyDialog(VaultCareDialog):
    """A dialog that shows a new recovery key: Esc, the close button or
    "Close" before "written down" is ticked asks first (the key is shown only
    once), and the key leaves the panel when the dialog goes. Subclasses set
    ``key_panel`` and say when the key is on screen (``key_shown``)."""

    key_panel: Any

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._box: QMessageBox | None = None
        self._close_anyway = False

    def key_shown(self) -> bool:
        raise NotImplementedError

    def close_for_lock(self) -> None:
        _key_lost_on_lock(self)
        super().close_for_lock()

    def reject(self) -> None:
        # Esc and the window's close button come here: never lose the key silently
        if self.key_shown() and not self.key_panel.confirmed() and not self._can_go():
            self._ask()
            return
        super().reject()

    def _can_go(self) -> bool:
        return self._close_anyway or self._for_lock

    def _ask(self) -> None:
        if self._box is None:
            self._box = ask_before_losing_key(self, self._leave_without_key)
            self._box.finished.connect(self._forget_box)
        bring_forward(self._box)

    def _forget_box(self, *_args: object) -> None:
        self._box = None

    def _leave_without_key(self) -> None:
        self._close_anyway = True
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.key_shown() and not self.key_panel.confirmed() and not self._can_go():
            event.ignore()
            self._ask()
            return
        self.key_panel.clear()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.key_panel.clear()
        super().done(result)


class NewRecoveryKeyDialog(KeepsNewKeyDialog):
    def __init__(self, vault: Any, *, language: str = "nb", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New recovery key"), parent)
        self._vault = vault
        self.pages = QStackedWidget(self)

        ask = QWidget()
        intro = QLabel(
            self.tr(
                "A new recovery key replaces the old one: the old key stops working at "
                "once. Make a new one when the sheet is lost or someone may have seen it. "
                "Type the passphrase to go on."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = self._password_field(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        self.problem = error_label()
        self.make_button = QPushButton(self.tr("&Make a new recovery key"))
        self.make_button.setAccessibleName(self.tr("Make a new recovery key"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_key)
        self.passphrase.returnPressed.connect(self.make_key)
        self.passphrase.textChanged.connect(self._update)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.make_button)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.problem)
        ask_layout.addStretch(1)
        ask_layout.addLayout(row)

        show = QWidget()
        title = QLabel(self.tr("Your new recovery key"))
        title.setFont(heading_font(self))
        note = QLabel(
            self.tr(
                "Write it down or print it now and keep the sheet locked away – it is "
                "shown only this once. The old recovery key no longer opens the vault."
            )
        )
        note.setWordWrap(True)
        self.key_panel = RecoveryKeyPanel(language=language, parent=show)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.key_panel.confirmed_changed.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        show_layout = QVBoxLayout(show)
        show_layout.setContentsMargins(0, 0, 0, 0)
        show_layout.addWidget(title)
        show_layout.addWidget(note)
        show_layout.addWidget(self.key_panel)
        show_layout.addStretch(1)
        show_layout.addLayout(bottom)

        self.pages.addWidget(ask)
        self.pages.addWidget(show)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._update()

    def _update(self) -> None:
        self.make_button.setEnabled(bool(self.passphrase.text()) and not self.busy())

    def key_shown(self) -> bool:
        return self.pages.currentIndex() == 1 and bool(self.key_panel.key)

    def make_key(self) -> None:
        if not self.make_button.isEnabled():
            return
        vault, passphrase = self._vault, self.passphrase.text()
        self.problem.setVisible(False)
        self.passphrase.setEnabled(False)
        self._task = (
            Task(lambda: core_calls.new_recovery_key(vault, passphrase))
            .success(self._made)
            .failure(self._failed)
            .with_progress(self, self.tr("Making a new recovery key…"))
        )
        self._task.run()
        self._update()

    @while_alive
    def _made(self, key: str) -> None:
        self.passphrase.clear()
        self.key_panel.set_key(key, Path(self._vault.path))
        self.pages.setCurrentIndex(1)
        self.key_panel.confirm.setFocus()

    @while_alive
    def _failed(self, exc: BaseException) -> None:
        self.passphrase.setEnabled(True)
        self._show_refusal(exc, self.problem, self.passphrase)
        self._update()


# --- verify ------------------------------------------------------------------------


class VerifyDialog(VaultCareDialog):
    """Runs the full check as soon as it is opened; the result stays on screen."""

    finished_check = Signal(list)

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Verify the vault"), parent)
        self._vault = vault
        self.status = QLabel(self.tr("Checking every page of the vault…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result of the check"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Checking"))
        self.problems = self._problems_box(self.tr("Problems found"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 1)
        layout.addLayout(row)
        self.problems_found: list[str] | None = None

    def start(self) -> None:
        vault = self._vault
        self._task = (
            Task(lambda: core_calls.verify(vault)).success(self._done).failure(self._failed)
        )
        self._task.run()

    @while_alive
    def _done(self, problems: list[str]) -> None:
        self.problems_found = problems
        self.progress.setVisible(False)
        if not problems:
            self.status.setText(
                self.tr(
                    "The vault is intact: the key file and every page of the database "
                    "were read and checked."
                )
            )
            self.status.setStyleSheet(OK_COLOUR)
        else:
            self.status.setText(
                (
                    self.tr("The check found 1 problem:")
                    if len(problems) == 1
                    else self.tr("The check found {n} problems:").format(n=len(problems))
                )
                + " "
                + self.tr(
                    "Lock the app and restore the vault from a backup before you go on working."
                )
            )
            self.status.setStyleSheet("color: #9b1c1c;")
            self.problems.setPlainText("\n".join(f"• {p}" for p in problems))
            self.problems.setVisible(True)
            self._grow()
        self.finished_check.emit(problems)

    @while_alive
    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.status.setText(error_text(exc))
        self.status.setStyleSheet("color: #9b1c1c;")


# --- import ------------------------------------------------------------------------


class _Progress(QObject):
    """Lives on the main thread; the import's worker reports rows read through it."""

    rows = Signal(int)
    total = Signal(int)  # about how many rows the file has (before the first are read)


class ImportDialog(VaultCareDialog):
    """Choose a CSV or XLSX register and import it, all or nothing."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import a register"), parent)
        self._vault = vault
        intro = QLabel(
            self.tr(
                "Import the cases of an earlier register (CSV or XLSX). The whole file is "
                "checked first: if any row has a problem, nothing is imported and every "
                "problem is listed."
            )
        )
        intro.setWordWrap(True)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Register file"))
        self.file.setPlaceholderText(self.tr("CSV or XLSX file"))
        self.file.textChanged.connect(self._update)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the register file"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(file_label, file_row)
        self.skip_existing = QCheckBox(self.tr("&Skip cases that are already in the vault"))
        self.skip_existing.setAccessibleName(self.tr("Skip cases that are already in the vault"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.rows_label = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Import result"))
        self.outcome.setVisible(False)
        self.problems = self._problems_box(self.tr("Problems in the file"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.skip_existing)
        layout.addWidget(self.progress)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self._relay = _Progress(self)
        self._relay.rows.connect(self._rows_read)
        self._relay.total.connect(self._rows_expected)
        self._expected = 0
        self.report: Any = None
        self._update()

    def _update(self) -> None:
        self.import_button.setEnabled(bool(self.file.text().strip()) and not self.busy())

    def choose_file(self) -> None:
        from dime_desktop.ui.common.dialogs import ask_open_paths

        ask_open_paths(
            self,
            self.tr("Choose the register file"),
            self.tr("Registers (*.csv *.xlsx);;All files (*)"),
            lambda paths: self.file.setText(str(paths[0])),
            many=False,
        )

    def start_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        vault = self._vault
        path = Path(self.file.text().strip()).expanduser()
        skip = self.skip_existing.isChecked()
        relay = self._relay
        self.outcome.setVisible(False)
        self.problems.setVisible(False)
        self.progress.setRange(0, 0)  # busy until the first rows are counted
        self.rows_label.setText(self.tr("Reading {file}…").format(file=path.name))
        for widget in (self.file, self.choose_button, self.skip_existing):
            widget.setEnabled(False)

        self._expected = 0

        def work() -> Any:
            relay.total.emit(core_calls.rows_in_register(path) or 0)
            return core_calls.import_register_file(
                vault, path, skip_existing=skip, progress=relay.rows.emit
            )

        self._task = Task(work).success(self._done).failure(self._failed)
        self._task.run()
        self._update()

    @while_alive
    def _rows_expected(self, total: int) -> None:
        """The bar counts the rows read against the rows the file seems to have
        (busy, without a number, when that is not known)."""
        self._expected = total
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(0)

    @while_alive
    def _rows_read(self, rows: int) -> None:
        if self._expected > 0:
            # an estimate: a quoted value over two lines makes it a little high
            self.progress.setValue(min(rows, self._expected))
        self.rows_label.setText(
            self.tr("1 row read…") if rows == 1 else self.tr("{n} rows read…").format(n=rows)
        )

    def _finish(self) -> None:
        self.progress.setRange(0, 1)
        for widget in (self.file, self.choose_button, self.skip_existing):
            widget.setEnabled(True)
        self.rows_label.clear()
        self._update()

    @while_alive
    def _done(self, report: Any) -> None:
        self._finish()
        self.progress.setValue(1)
        self.report = report
        added, skipped = int(report.added), len(report.skipped)
        text = (
            self.tr("Imported 1 case from {file}.")
            if added == 1
            else self.tr("Imported {n} cases from {file}.")
        ).format(n=added, file=Path(report.file).name)
        if skipped:
            text += " " + (
                self.tr("1 case was already in the vault and was skipped.")
                if skipped == 1
                else self.tr("{n} cases were already in the vault and were skipped.").format(
                    n=skipped
                )
            )
        self.outcome.setText(text)
        self.outcome.setStyleSheet(OK_COLOUR)
        self.outcome.setVisible(True)
        self.file.clear()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.imported.emit(report)

    @while_alive
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.progress.setValue(0)
        self.outcome.setText(self.tr("Nothing was imported."))
        self.outcome.setStyleSheet("color: #9b1c1c;")
        self.outcome.setVisible(True)
        self.problems.setPlainText(error_text(exc))
        self.problems.setVisible(True)
        self._grow()


# --- change the vault key (rotation) ---------------------------------------------------


class _RotationRelay(QObject):
    """Lives on the main thread; the rotation's worker reports pages copied through it."""

    pages = Signal(int, int)


class RotateKeyDialog(KeepsNewKeyDialog):
    """Change the database key (``Vault.rotate_key``): for when a passphrase, the
    recovery key or a copy of the vault folder may be known to someone else.

    The passphrase again, a question, then a new recovery key (shown at once,
    so it is written down while the vault is encrypted again), the rotation on
    a task with a progress bar, and the result."""

    ASK, WORK = 0, 1

    def __init__(self, vault: Any, *, language: str = "nb", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the vault key"), parent)
        self._vault = vault
        self._rotating = False
        self.rotated = False
        self.pages = QStackedWidget(self)

        ask = QWidget()
        intro = QLabel(
            self.tr(
                "Changing the vault key encrypts the whole vault, and the backups within "
                "reach, again with a new key. Do it when the passphrase, the recovery key or "
                "a copy of the vault folder may be known to someone else: afterwards no "
                "earlier copy of the key file opens the vault, whatever passphrase it was "
                "made with."
            )
        )
        intro.setWordWrap(True)
        what = QLabel(
            self.tr(
                "• You get a new recovery key to write down; the old one stops working.\n"
                "• Your passphrase stays the same. If someone may know it, change it "
                "too (Tools → Change passphrase).\n"
                "• In a large vault with many backups this takes some minutes; the "
                "register cannot be used meanwhile. Keep the computer switched on."
            )
        )
        what.setWordWrap(True)
        self.passphrase = self._password_field(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        self.problem = error_label()
        self.rotate_button = QPushButton(self.tr("C&hange the vault key…"))
        self.rotate_button.setAccessibleName(self.tr("Change the vault key"))
        self.rotate_button.setDefault(True)
        self.rotate_button.clicked.connect(self.ask_to_rotate)
        # Enter in the field presses the default button (a returnPressed slot that
        # opens the question would let the same key press a button of the question)
        self.passphrase.textChanged.connect(self._update)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.rotate_button)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(intro)
        ask_layout.addWidget(what)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.problem)
        ask_layout.addStretch(1)
        ask_layout.addLayout(row)

        work = QWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Key change"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Encrypting again"))
        self.progress.setRange(0, 0)
        self.notes = self._problems_box(self.tr("Notes on the backups"))
        key_title = QLabel(self.tr("Your new recovery key"))
        key_title.setFont(heading_font(self))
        key_note = QLabel(
            self.tr(
                "Write it down or print it now and keep the sheet locked away – it is "
                "shown only this once. The old recovery key no longer opens the vault."
            )
        )
        key_note.setWordWrap(True)
        self.key_panel = RecoveryKeyPanel(language=language, parent=work)
        self.key_panel.confirmed_changed.connect(lambda _on: self._update())
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.status)
        work_layout.addWidget(self.progress)
        work_layout.addWidget(self.notes)
        work_layout.addWidget(key_title)
        work_layout.addWidget(key_note)
        work_layout.addWidget(self.key_panel)
        work_layout.addStretch(1)
        work_layout.addLayout(bottom)

        self.pages.addWidget(ask)
        self.pages.addWidget(work)
        # the dialog is as tall as the page shown (no empty room under the question)
        self.pages.currentChanged.connect(self._fit_page)
        self._fit_page(self.ASK)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._relay = _RotationRelay(self)
        self._relay.pages.connect(self._pages_copied)
        self._update()

    def _update(self) -> None:
        self.rotate_button.setEnabled(bool(self.passphrase.text()) and not self.busy())
        # (a question's buttons took the dialog's default while it was open)
        self.rotate_button.setDefault(self.pages.currentIndex() == self.ASK)
        self.done_button.setEnabled(
            not self.busy() and not self._rotating and self.key_panel.confirmed()
        )

    def key_shown(self) -> bool:
        return self.pages.currentIndex() == self.WORK and bool(self.key_panel.key)

    def _fit_page(self, current: int) -> None:
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is not None:
                policy = (
                    QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
                )
                page.setSizePolicy(policy, policy)
        self.pages.adjustSize()

    def ask_to_rotate(self) -> None:
        """The question before anything changes (non-blocking)."""
        if not self.rotate_button.isEnabled() or self._box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Change the vault key"),
            self.tr(
                "Change the vault key now? The vault and its backups are encrypted again "
                "and you get a new recovery key. This cannot be undone."
            ),
            parent=self,
        )
        yes = box.addButton(self.tr("Change the key"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setAccessibleName(self.tr("Change the vault key"))

        def answered(_result: int) -> None:
            self._box = None
            if box.clickedButton() is yes:
                self.start()
            else:
                self._update()
                self.passphrase.setFocus()

        box.finished.connect(answered)
        self._box = box
        box.open()

    def start(self) -> None:
        """First the new recovery key (fast), then the rotation on a task."""
        if self.busy():
            return
        vault, passphrase = self._vault, self.passphrase.text()
        self.problem.setVisible(False)
        self.passphrase.setEnabled(False)
        self._task = (
            Task(lambda: core_calls.new_recovery_key(vault, passphrase))
            .before_vault_closes()
            .success(self._key_made)
            .failure(self._refused)
            .with_progress(self, self.tr("Checking the passphrase…"))
        )
        self._task.run()
        self._update()

    @while_alive
    def _refused(self, exc: BaseException) -> None:
        self.passphrase.setEnabled(True)
        self._show_refusal(exc, self.problem, self.passphrase)
        self._update()

    @while_alive
    def _key_made(self, key: str) -> None:
        vault, passphrase, relay = self._vault, self.passphrase.text(), self._relay
        self.passphrase.clear()
        self.key_panel.set_key(key, Path(self._vault.path))
        self.status.setText(
            self.tr(
                "Encrypting the vault and its backups again with a new key… Keep the "
                "computer switched on. Write down the new recovery key meanwhile."
            )
        )
        self.status.setStyleSheet("")
        self.pages.setCurrentIndex(self.WORK)
        self._rotating = True
        self._grow()
        self.key_panel.confirm.setFocus()
        self._task = (
            Task(lambda: core_calls.rotate_key(vault, passphrase, relay.pages.emit))
            .before_vault_closes()
            .success(self._rotated)
            .failure(self._failed)
        )
        self._task.run()
        self._update()

    @while_alive
    def _pages_copied(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    @while_alive
    def _rotated(self, notes: list[str]) -> None:
        from dime_desktop.ui.common.error_text import notice_text

        self._rotating = False
        self.rotated = True
        self.progress.setVisible(False)
        self.status.setText(
            self.tr(
                "The vault has a new key. No earlier copy of the key file and not the old "
                "recovery key opens it now; your passphrase is the same."
            )
        )
        self.status.setStyleSheet(OK_COLOUR)
        if notes:
            self.notes.setPlainText("\n".join(f"• {notice_text(n)}" for n in notes))
            self.notes.setVisible(True)
        self._grow()
        self._update()

    @while_alive
    def _failed(self, exc: BaseException) -> None:
        self._rotating = False
        self.progress.setVisible(False)
        self.status.setText(
            self.tr("The vault key was not changed; the vault is as it was.")
            + "\n"
            + error_text(exc)
            + "\n"
            + self.tr("The new recovery key below is valid: write it down.")
        )
        self.status.setStyleSheet("color: #9b1c1c;")
        self._grow()
        self._update()

    def reject(self) -> None:
        if self._rotating and not self._for_lock:
            return  # the work goes on; the dialog stays until it is done
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._rotating and not self._for_lock:
            event.ignore()
            return
        super().closeEvent(event)
