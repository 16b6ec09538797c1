"""Asks for a backup's own passphrase or recovery key (issue 9, section 2).

A backup made before a key rotation (a memory stick that was not plugged in
then) does not open with the vault's key of today: it opens with the
passphrase the vault had when it was made, or the recovery key of that time.
The dialog is window-modal and opened with ``open()`` (the idle lock still
fires behind it); the check runs through the task helper (``prepare`` is
:func:`backups.prepare_restore_for` or :func:`backups.prepare_restore_over`
with the typed secret), a wrong one is said in the dialog, and the checked
plan goes out with ``opened``: the Backups screen then shows the counts and
asks to confirm, as for any backup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.shell.first_run import error_label
from dime_desktop.ui.vault_care.dialogs import VaultCareDialog, while_alive

#: (passphrase, recovery_key) -> a RestorePlan; one of the two is None.
Prepare = Callable[[str | None, str | None], Any]


class BackupKeyDialog(VaultCareDialog):
    """The passphrase or recovery key of one backup's time (see the module)."""

    opened = Signal(object)  # the checked RestorePlan

    def __init__(self, made: str, prepare: Prepare, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open the backup"), parent)
        self._prepare = prepare
        intro = QLabel(
            self.tr(
                "The backup of {made} was made with an earlier key of the vault, so "
                "today's key does not open it. Type the passphrase the vault had when the "
                "backup was made, or the recovery key of that time."
            ).format(made=made)
        )
        intro.setWordWrap(True)
        self.passphrase = self._password_field(self.tr("Passphrase of the backup"))
        self.recovery_key = QLineEdit(self)  # shown, to compare with the sheet
        self.recovery_key.setAccessibleName(self.tr("Recovery key of the backup"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        form = QFormLayout()
        for text, field in (
            (self.tr("&Passphrase of the backup:"), self.passphrase),
            (self.tr("or its &recovery key:"), self.recovery_key),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            field.textChanged.connect(self._update)  # Enter: the default button
        self.problem = error_label()
        self.open_button = QPushButton(self.tr("&Open the backup"))
        self.open_button.setAccessibleName(self.tr("Open the backup"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_backup)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Enter never cancels (the fields lose focus while checking)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update()

    def _secret(self) -> tuple[str | None, str | None]:
        passphrase, key = self.passphrase.text(), self.recovery_key.text().strip()
        return (passphrase or None, None) if passphrase else (None, key or None)

    def _update(self) -> None:
        typed = bool(self.passphrase.text()) != bool(self.recovery_key.text().strip())
        self.open_button.setEnabled(typed and not self.busy())

    def open_backup(self) -> None:
        if not self.open_button.isEnabled():
            return
        passphrase, key = self._secret()
        prepare = self._prepare
        self.problem.setVisible(False)
        for field in (self.passphrase, self.recovery_key):
            field.setEnabled(False)
        self._task = (
            Task(lambda: prepare(passphrase, key))
            .success(self._opened)
            .failure(self._failed)
            .with_progress(self, self.tr("Checking the backup…"))
        )
        self._task.run()
        self._update()

    def _opened(self, plan: Any) -> None:
        if not shiboken6.isValid(self) or self._for_lock or not self.isVisible():
            plan.discard()  # closed meanwhile (a lock, Cancel): nothing is kept
            return
        self._task = None
        self.passphrase.clear()
        self.recovery_key.clear()
        self.accept()
        self.opened.emit(plan)

    @while_alive
    def _failed(self, exc: BaseException) -> None:
        self._task = None
        for field in (self.passphrase, self.recovery_key):
            field.setEnabled(True)
        field = self.recovery_key if self.recovery_key.text() else self.passphrase
        self._show_refusal(exc, self.problem, field)  # two or three lines: never clipped
        self._update()
