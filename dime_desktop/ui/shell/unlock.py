"""The unlock screen – the only thing visible while the app is locked.

Three pages: the passphrase; the recovery key ("Use recovery key"); and,
after a recovery-key unlock, a new passphrase (required). Unlocking runs the
KDF through the task helper. Each failure has its own message and its own way
on: a wrong passphrase lets you try again; a damaged vault says so and points
to restoring a backup (never to starting over in the same place); a missing
vault offers another folder or a new vault.

Signals: ``unlocked(vault)``, ``create_requested(path)`` (make a new vault
there), ``path_changed(path)`` (the adviser chose another vault folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dime_desktop import errors
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.shell.first_run import (
    PassphrasePair,
    error_label,
    heading_font,
    keychain_available,
)

PASSPHRASE_PAGE, RECOVERY_PAGE, NEW_PASSPHRASE_PAGE = 0, 1, 2


class UnlockWidget(QWidget):
    unlocked = Signal(object)
    create_requested = Signal(object)
    path_changed = Signal(object)
    #: the window was closed while the vault was still closing (the app quits after)
    quit_requested = Signal()

    def __init__(
        self,
        vault_path: Path,
        *,
        remember_default: bool = False,
        kdf: Any = None,
        hint: str = "",
        reason: str = "",
        adviser: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        # who unlocks: the access log records this name (issue 12)
        self.adviser = QLineEdit(adviser)
        self.adviser.setObjectName("adviser")
        self.adviser.setAccessibleName(self.tr("Your name"))
        self.adviser.setMaxLength(100)
        self.adviser.setPlaceholderText(self.tr("For the access log"))
        self._kdf = kdf
        self._task: Task[Any] | None = None
        self._recovered: Any = None
        self.last_error: BaseException | None = None
        # while the vault closes behind this screen (the backup of a lock): an
        # unlock waits for it (the vault is one program's at a time, vault/lock.py)
        self._closing = False
        self._quitting = False
        self._pending: tuple[Any, Any, str] | None = None
        self.setObjectName("Unlock")
        # the platform adds " — DiMe Desktop" (the application display name)
        self.setWindowTitle(self.tr("Locked"))

        self.title = QLabel(self.tr("DiMe Desktop is locked"))
        self.title.setFont(heading_font(self))
        # why it locked: after N minutes without use, by you, on sleep / session lock
        self.reason = QLabel(reason)
        self.reason.setObjectName("lockReason")
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why the app locked"))
        self.reason.setVisible(bool(reason))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_passphrase_page(remember_default))
        self.pages.addWidget(self._build_recovery_page())
        self.pages.addWidget(self._build_new_passphrase_page())
        # the stack is as tall as the page shown, not the tallest page
        self.pages.currentChanged.connect(self._fit_page)
        self._fit_page(PASSPHRASE_PAGE)

        # one message area with the ways on that fit the problem
        self.message = error_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.choose_button = QPushButton(self.tr("Choose another &folder…"))
        self.choose_button.setAccessibleName(self.tr("Choose another vault folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.create_button = QPushButton(self.tr("Create a &new vault…"))
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.create_button.clicked.connect(self._request_create)
        self.backups_button = QPushButton(self.tr("Open the &backups folder"))
        self.backups_button.setAccessibleName(self.tr("Open the backups folder"))
        self.backups_button.clicked.connect(self.open_backups)
        actions = QHBoxLayout()
        actions.addWidget(self.backups_button)
        actions.addWidget(self.choose_button)
        actions.addWidget(self.create_button)
        actions.addStretch(1)
        for button in (self.backups_button, self.choose_button, self.create_button):
            button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.where)
        layout.addWidget(self.hint)
        layout.addWidget(self._build_closing_row())
        layout.addSpacing(6)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.setMinimumWidth(520)
        self._show_path()
        self._show_backup_warning(layout)

    # --- the vault closing behind the screen ---------------------------------------
    def _build_closing_row(self) -> QWidget:
        row = QWidget()
        self.closing_note = QLabel()
        self.closing_note.setObjectName("closingNote")
        self.closing_note.setWordWrap(True)
        self.closing_note.setAccessibleName(self.tr("Backup"))
        self.closing_bar = QProgressBar()
        self.closing_bar.setRange(0, 0)  # busy: a backup has no steps to show here
        self.closing_bar.setTextVisible(False)
        self.closing_bar.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.closing_bar.setAccessibleName(self.tr("Backup under way"))
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.closing_note)
        layout.addWidget(self.closing_bar)
        self.closing_note.setVisible(False)
        self.closing_bar.setVisible(False)
        return row

    def closing(self) -> bool:
        """The vault is still closing (its backup is being made)."""
        return self._closing

    def set_closing(self, *, backup: bool) -> None:
        """The vault closes behind this screen; ``backup``: a backup is made first."""
        self._closing = True
        self.closing_note.setStyleSheet("")
        self.closing_note.setText(
            self.tr(
                "A backup of the vault is being made. You can type your passphrase "
                "meanwhile; the vault opens when the backup is done."
            )
            if backup
            else self.tr("Closing the vault…")
        )
        self.closing_note.setVisible(True)
        self.closing_bar.setVisible(True)

    def closing_finished(self, error: BaseException | None, *, backup: bool) -> None:
        """The vault is closed: say how the backup went, then do a waiting unlock."""
        self._closing = False
        self.closing_bar.setVisible(False)
        if error is not None:
            self.closing_note.setText(
                self.tr("The backup on lock failed; the earlier backups were kept.")
                + "\n"
                + error_text(error)
            )
            self.closing_note.setStyleSheet("color: #9b1c1c;")
            self.closing_note.setVisible(True)
        elif backup:
            self.closing_note.setText(self.tr("The backup is made and verified."))
            self.closing_note.setStyleSheet("color: #1d6b32;")
            self.closing_note.setVisible(True)
        else:
            self.closing_note.setVisible(False)
        self.refresh_backup_warning()  # "no verified backup yet" may be over now
        pending, self._pending = self._pending, None
        if pending is not None and not self._quitting:
            self._set_busy(False)
            self._run(*pending)

    def stop_waiting(self) -> None:
        """The program ends: nothing waits for the vault any more."""
        self._closing = False
        self._pending = None

    def show_quitting(self) -> None:
        """The app closes as soon as the backup is done."""
        self._quitting = True
        self._pending = None
        self.pages.setEnabled(False)
        self.closing_note.setText(
            self.tr("DiMe Desktop closes as soon as the backup of the vault is done.")
        )
        self.closing_note.setVisible(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.ignore()  # the backup would be cut off: the app quits after it
            self.quit_requested.emit()
            return
        super().closeEvent(event)

    # --- pages -------------------------------------------------------------------
    def _build_passphrase_page(self, remember_default: bool) -> QWidget:
        page = QWidget()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        self.remember = QCheckBox(self.tr("Re&member on this device"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember.setChecked(remember_default)
        self.remember_note = QLabel()
        # short; not wrapped (a wrapped label in a stacked page gets a height
        # for its narrowest width and leaves a gap)
        if not keychain_available():
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.remember_note.setText(
                self.tr(
                    "This computer has no keychain, so the passphrase cannot be remembered here."
                )
            )
        self.remember_note.setVisible(bool(self.remember_note.text()))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.recovery_link = QPushButton(self.tr("Use &recovery key"))
        self.recovery_link.setFlat(True)
        self.recovery_link.setAccessibleName(self.tr("Use recovery key"))
        self.recovery_link.setStyleSheet("text-decoration: underline;")
        self.recovery_link.clicked.connect(self.show_recovery)

        form = QFormLayout()
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.adviser)
        form.addRow(name_label, self.adviser)
        form.addRow(label, self.passphrase)
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_link)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setTabOrder(self.adviser, self.passphrase)
        self.setTabOrder(self.passphrase, self.remember)
        self.setTabOrder(self.remember, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_link)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Type the recovery key from the sheet you printed or wrote down when "
                "the vault was made. You will then choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_key.returnPressed.connect(self.unlock_with_recovery_key)
        label = QLabel(self.tr("Recovery &key:"))
        label.setBuddy(self.recovery_key)
        self.recovery_button = QPushButton(self.tr("&Unlock"))
        self.recovery_button.setAccessibleName(self.tr("Unlock with the recovery key"))
        self.recovery_button.clicked.connect(self.unlock_with_recovery_key)
        back = QPushButton(self.tr("&Back to the passphrase"))
        back.setAccessibleName(self.tr("Back to the passphrase"))
        back.setFlat(True)
        back.clicked.connect(self.show_passphrase)
        form = QFormLayout()
        form.addRow(label, self.recovery_key)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    def _build_new_passphrase_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "The vault is open with the recovery key. Choose a new passphrase now; "
                "the old one no longer works afterwards."
            )
        )
        intro.setWordWrap(True)
        self.new_pair = PassphrasePair()
        self.save_passphrase_button = QPushButton(self.tr("&Save the new passphrase"))
        self.save_passphrase_button.setAccessibleName(self.tr("Save the new passphrase"))
        self.save_passphrase_button.clicked.connect(self.save_new_passphrase)
        self.new_pair.changed.connect(self._update_save_button)
        self.new_pair.second.returnPressed.connect(self.save_new_passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_passphrase_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.new_pair)
        layout.addLayout(buttons)
        self._update_save_button()
        return page

    # --- state -------------------------------------------------------------------
    def _show_backup_warning(self, layout: QVBoxLayout) -> None:
        """Issue 9: a last verified backup older than its limit is said here
        (ui/backups owns the text; this reads plaintext backup facts only)."""
        from dime_desktop.ui.backups.backups_view import unlock_warning_text

        self.backup_warning = QLabel(unlock_warning_text(self.vault_path))
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setAccessibleName(self.tr("Backup warning"))
        self.backup_warning.setStyleSheet("color: #8a4b00;")
        self.backup_warning.setVisible(bool(self.backup_warning.text()))
        layout.insertWidget(3, self.backup_warning)

    def refresh_backup_warning(self) -> None:
        from dime_desktop.ui.backups.backups_view import unlock_warning_text

        self.backup_warning.setText(unlock_warning_text(self.vault_path))
        self.backup_warning.setVisible(bool(self.backup_warning.text()))

    def _show_path(self) -> None:
        self.where.setText(self.tr("Vault: {path}").format(path=self.vault_path))

    def _fit_page(self, current: int) -> None:
        for index in range(self.pages.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            page = self.pages.widget(index)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.adjustSize()
        if self.isWindow() and self.isVisible():
            # the window grows with a taller page (it never hides a field)
            layout = self.layout()
            if layout is not None:
                layout.activate()
            hint = self.sizeHint()
            if hint.height() > self.height() or hint.width() > self.width():
                self.resize(max(hint.width(), self.width()), max(hint.height(), self.height()))

    def page(self) -> int:
        return self.pages.currentIndex()

    def busy(self) -> bool:
        return self._pending is not None or (self._task is not None and self._task.running)

    def _set_busy(self, busy: bool) -> None:
        self.pages.setEnabled(not busy)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.setVisible(False)
        for button in (self.backups_button, self.choose_button, self.create_button):
            button.setVisible(False)

    def show_error(self, exc: BaseException) -> None:
        """The message and the ways on that fit ``exc``."""
        self.last_error = exc
        self.clear_message()
        self.message.setText(error_text(exc))
        self.message.setVisible(True)
        if isinstance(exc, errors.VaultDamaged):
            self.backups_button.setVisible(True)
            self.choose_button.setVisible(True)
            # no "create": a new vault must never replace a damaged one in place
        elif isinstance(exc, errors.VaultMissing):
            self.choose_button.setVisible(True)
            self.create_button.setVisible(True)
        elif isinstance(exc, errors.NotAVault):
            self.choose_button.setVisible(True)
        if isinstance(exc, errors.WrongPassphrase):
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, errors.WrongRecoveryKey):
            self.recovery_key.selectAll()
            self.recovery_key.setFocus()

    def show_missing(self) -> None:
        self.show_error(errors.VaultMissing("missing", self.vault_path))

    def show_recovery(self) -> None:
        self.clear_message()
        self.pages.setCurrentIndex(RECOVERY_PAGE)
        self.recovery_key.setFocus()

    def show_passphrase(self) -> None:
        self.clear_message()
        self.pages.setCurrentIndex(PASSPHRASE_PAGE)
        self.passphrase.setFocus()

    def adviser_name(self) -> str:
        return " ".join(self.adviser.text().split())

    # --- actions -----------------------------------------------------------------
    def unlock(self) -> None:
        if self.busy():
            return
        from dime_desktop.vault import Vault

        path, passphrase = self.vault_path, self.passphrase.text()
        actor = self.adviser_name()
        if not passphrase:
            self.passphrase.setFocus()
            return
        self.clear_message()
        self._run(
            lambda: Vault.unlock(path, passphrase, actor=actor),
            self._unlocked,
            self.tr("Unlocking…"),
        )

    def unlock_with_recovery_key(self) -> None:
        if self.busy():
            return
        from dime_desktop.vault import Vault

        path, key = self.vault_path, self.recovery_key.text().strip()
        actor = self.adviser_name()
        if not key:
            self.recovery_key.setFocus()
            return
        self.clear_message()
        self._run(
            lambda: Vault.unlock_with_recovery_key(path, key, actor=actor),
            self._recovered_ok,
            self.tr("Unlocking with the recovery key…"),
        )

    def save_new_passphrase(self) -> None:
        if self.busy() or self._recovered is None or not self.new_pair.acceptable():
            return
        vault, new, kdf = self._recovered, self.new_pair.passphrase(), self._kdf

        def change() -> Any:
            if kdf is None:
                vault.change_passphrase(new)
            else:
                vault.change_passphrase(new, kdf=kdf)
            return vault

        self.clear_message()
        self._run(change, self._passphrase_changed, self.tr("Saving the new passphrase…"))

    def _run(self, fn: Any, on_success: Any, label: str) -> None:
        self._set_busy(True)
        if self._closing:
            self._pending = (fn, on_success, label)  # run when the vault is closed
            self.closing_note.setText(self.tr("The vault opens as soon as the backup is done…"))
            self._update_save_button()
            return
        self._task = Task(fn).success(on_success).failure(self._failed).with_progress(self, label)
        self._task.run()
        self._update_save_button()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_error(exc)
        self._update_save_button()

    def _unlocked(self, vault: Any) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self._apply_remember(vault)
        self.unlocked.emit(vault)

    def _apply_remember(self, vault: Any) -> None:
        if not self.remember.isEnabled():
            return
        try:
            if self.remember.isChecked():
                vault.remember_on_device()
            elif vault.is_remembered():
                vault.forget_on_device()
        except errors.KeychainUnavailable:
            pass  # said on the screen already; the passphrase keeps working

    def _recovered_ok(self, vault: Any) -> None:
        self._set_busy(False)
        self.recovery_key.clear()
        self._recovered = vault
        self.pages.setCurrentIndex(NEW_PASSPHRASE_PAGE)
        self.new_pair.first.setFocus()
        self._update_save_button()

    def _passphrase_changed(self, vault: Any) -> None:
        self._set_busy(False)
        self._recovered = None
        self.new_pair.clear()
        self.unlocked.emit(vault)

    def _update_save_button(self) -> None:
        self.save_passphrase_button.setEnabled(self.new_pair.acceptable() and not self.busy())

    def choose_folder(self) -> None:
        from dime_desktop.ui.common.dialogs import ask_folder

        parent = self.vault_path.parent
        ask_folder(
            self,
            self.tr("Choose the vault folder"),
            self.set_vault_path,
            start=parent if parent.is_dir() else None,
        )

    def set_vault_path(self, path: Path) -> None:
        self.vault_path = Path(path)
        self._show_path()
        self.clear_message()
        self.show_passphrase()
        self.path_changed.emit(self.vault_path)

    def _request_create(self) -> None:
        self.create_requested.emit(self.vault_path)

    def backups_folder(self) -> Path:
        return self.vault_path / "backups"

    def open_backups(self) -> None:
        folder = self.backups_folder()
        target = folder if folder.is_dir() else self.vault_path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def discard(self) -> None:
        """Close a vault opened with the recovery key but not handed on."""
        if self._recovered is not None:
            self._recovered.close()
            self._recovered = None
