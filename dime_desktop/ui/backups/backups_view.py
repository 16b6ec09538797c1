"""The Backups screen: when the last verified backup was made, "Back up now",
the list of backups with their verified state, restore (into a new folder,
or over this vault after a backup of its current state, with the counts shown
before the person confirms), the second backup folder (a memory stick) and
how many backups are kept.

Everything slow runs through the task helper; questions are non-blocking
message boxes (``open()``), so the idle lock still fires behind them. The
core is :mod:`dime_desktop.vault.backups` — the same functions ``dime
backup``, ``dime backups`` and ``dime restore`` call. No personal data is
shown here (dates, folders and counts only), so there is nothing to hide in
discreet mode; :meth:`clear` empties the list on lock.

The daily backup is not made here: this screen is built only when first
shown, so the session's :class:`~dime_desktop.ui.backups.daily.DailyBackups`
(made at unlock by the app controller) makes it, and this screen, when built,
shows what it made (``daily=``): it reloads when a daily backup ends, "Back up
now" and restores wait while one runs, and no daily one starts while this
screen backs up or restores. Ages are counted by that scheduler's clock.

A backup made with an earlier key (before a key rotation) does not open with
today's key: restoring it asks for the passphrase or recovery key of its time
(:class:`~dime_desktop.ui.backups.key_dialog.BackupKeyDialog`), then shows
the counts and asks to confirm like any other.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import BackupKeyNeeded, DimeError
from dime_desktop.ui.backups.daily import utc_now
from dime_desktop.ui.common.dialogs import ask_folder, show_message
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import format_datetime
from dime_desktop.vault import backups

if TYPE_CHECKING:
    from dime_desktop.ui.backups.daily import DailyBackups
    from dime_desktop.ui.backups.key_dialog import BackupKeyDialog


def age_text(made: datetime | None, now: datetime | None = None) -> str:
    """ "Last verified backup: N days ago" (translated)."""
    if made is None:
        return QCoreApplication.translate("Backups", "Last verified backup: none yet")
    days = max(0, ((now or datetime.now(UTC)) - made).days)
    if days == 0:
        return QCoreApplication.translate("Backups", "Last verified backup: today")
    if days == 1:
        return QCoreApplication.translate("Backups", "Last verified backup: 1 day ago")
    return QCoreApplication.translate("Backups", "Last verified backup: {days} days ago").format(
        days=days
    )


def unlock_warning_text(vault_path: Path) -> str:
    """For the unlock screen: a warning when the last verified backup of the
    vault at ``vault_path`` is older than its limit ("" when all is well).
    Reads only plaintext backup facts; works while locked."""
    try:
        warning = backups.backup_age_warning(Path(vault_path))
    except OSError:
        return ""
    if warning is None:
        return ""
    days, limit = warning
    if days is None:
        return QCoreApplication.translate(
            "Backups",
            "This vault has no verified backup yet. After unlocking, open Backups and "
            "choose Back up now.",
        )
    return QCoreApplication.translate(
        "Backups",
        "The last verified backup is {days} days old (the limit is {limit}). After "
        "unlocking, open Backups and choose Back up now.",
    ).format(days=days, limit=limit)


def _state_text(state: str) -> str:
    if state == "verified":
        return QCoreApplication.translate("Backups", "verified")
    if state == "earlier key":
        return QCoreApplication.translate("Backups", "made with an earlier key")
    if state == "damaged":
        return QCoreApplication.translate("Backups", "damaged")
    return QCoreApplication.translate("Backups", "not verified")


def _label_text(label: str) -> str:
    if label == "before-restore":
        return QCoreApplication.translate("Backups", "before a restore")
    if label.startswith("before-v"):
        return QCoreApplication.translate("Backups", "before an update")
    if label == "manual":
        return QCoreApplication.translate("Backups", "by hand")
    if label == "daily":
        return QCoreApplication.translate("Backups", "daily")
    return QCoreApplication.translate("Backups", "on lock or quit")


def counts_text(counts: dict[str, int]) -> str:
    return QCoreApplication.translate(
        "Backups", "{cases} cases, {journal} journal entries, {outreach} outreach activities"
    ).format(
        cases=counts.get("cases", 0),
        journal=counts.get("journal_entries", 0),
        outreach=counts.get("outreach_activities", 0),
    )


class BackupsView(QWidget):
    """The Backups screen (see the module's notes)."""

    COL_MADE, COL_WHERE, COL_STATE, COL_KIND = range(4)

    def __init__(
        self,
        vault: Any,
        settings: Any,
        parent: QWidget | None = None,
        *,
        daily: DailyBackups | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._settings = settings
        self._task: Task[Any] | None = None
        self._box: QMessageBox | None = None
        self._key_dialog: BackupKeyDialog | None = None
        self._daily = daily
        self._now = daily.now if daily is not None else utc_now
        if daily is not None:
            daily.also_busy_when(self._own_work)
            daily.started.connect(self._update_buttons)
            daily.finished.connect(self._daily_done)
        self._shown: list[backups.BackupInfo] = []
        self.setObjectName("BackupsView")

        title = QLabel(self.tr("Backups"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.last_label = QLabel()
        self.last_label.setAccessibleName(self.tr("Last verified backup"))
        self.failure_label = QLabel()
        self.failure_label.setWordWrap(True)
        self.failure_label.setStyleSheet("color: #a40000;")
        self.failure_label.setAccessibleName(self.tr("Last backup failed"))
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)

        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Where"), self.tr("State"), self.tr("Kind")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.restore_new_button = QPushButton(self.tr("Restore into a &new folder…"))
        self.restore_new_button.setAccessibleName(self.tr("Restore into a new folder"))
        self.restore_new_button.clicked.connect(self.restore_into_new_folder)
        self.restore_over_button = QPushButton(self.tr("Restore &over this vault…"))
        self.restore_over_button.setAccessibleName(self.tr("Restore over this vault"))
        self.restore_over_button.clicked.connect(self.restore_over_vault)

        top = QHBoxLayout()
        top.addWidget(self.last_label, 1)
        top.addWidget(self.back_up_button)
        restore = QHBoxLayout()
        restore.addWidget(self.restore_new_button)
        restore.addWidget(self.restore_over_button)
        restore.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.failure_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(restore)
        layout.addWidget(self._build_settings())

        self.reload()

    # --- building --------------------------------------------------------------
    def _build_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where and how many"))
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        self.second_label.setAccessibleName(self.tr("Second backup folder"))
        self.choose_second_button = QPushButton(self.tr("Choose a &second folder…"))
        self.choose_second_button.setAccessibleName(self.tr("Choose a second backup folder"))
        self.choose_second_button.clicked.connect(self.choose_second_folder)
        self.stop_second_button = QPushButton(self.tr("Stop using it"))
        self.stop_second_button.setAccessibleName(self.tr("Stop using the second folder"))
        self.stop_second_button.clicked.connect(lambda: self.set_second_folder(None))
        second = QHBoxLayout()
        second.addWidget(self.second_label, 1)
        second.addWidget(self.choose_second_button)
        second.addWidget(self.stop_second_button)

        def spin(name: str, low: int, high: int) -> QSpinBox:
            widget = QSpinBox()
            widget.setRange(low, high)
            widget.setAccessibleName(name)
            return widget

        self.daily_spin = spin(self.tr("Daily backups kept"), 1, 60)
        self.weekly_spin = spin(self.tr("Weekly backups kept"), 0, 52)
        self.monthly_spin = spin(self.tr("Monthly backups kept"), 0, 120)
        self.warn_spin = spin(self.tr("Warn after days without a backup"), 1, 365)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, widget in (
            (self.tr("&Daily backups kept:"), self.daily_spin),
            (self.tr("&Weekly backups kept:"), self.weekly_spin),
            (self.tr("&Monthly backups kept:"), self.monthly_spin),
            (self.tr("Warn on the unlock screen &after (days):"), self.warn_spin),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(box)
        layout.addLayout(second)
        layout.addLayout(form)
        for widget in (self.daily_spin, self.weekly_spin, self.monthly_spin, self.warn_spin):
            widget.editingFinished.connect(self._save_settings)
        return box

    # --- state -----------------------------------------------------------------
    def _language(self) -> str:
        return str(getattr(self._settings, "language", "nb"))

    def _open(self) -> bool:
        return self._vault is not None and bool(getattr(self._vault, "is_open", False))

    def reload(self) -> None:
        """Read the backups and settings again (cheap: plaintext facts only)."""
        if not self._open():
            return
        vault = self._vault
        found = backups.vault_backups(vault)
        check = backups.current_key_check(vault)
        self._shown = found
        self.table.setRowCount(len(found))
        own = backups.vault_backups_folder(vault.path)
        for row, info in enumerate(found):
            where = self.tr("vault folder") if info.path.parent == own else str(info.path.parent)
            cells = [
                format_datetime(info.made, self._language()),
                where,
                _state_text(info.state(check)),
                _label_text(info.label),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                self.table.setItem(row, col, item)
        newest = next((b.made for b in found if b.usable()), None)
        last = backups.last_verified(vault.path) or newest
        now = self._now()
        self.last_label.setText(age_text(last, now))
        old = last is None or (now - last).days >= backups.warn_days(vault)
        self.last_label.setStyleSheet("color: #8a4b00; font-weight: bold;" if old else "")
        failure = backups.last_failure(vault.path)
        self.failure_label.setText(
            self.tr("The last backup failed; the earlier ones were kept.") if failure else ""
        )
        self.failure_label.setVisible(bool(failure))
        second = backups.second_folder(vault)
        self.second_label.setText(
            self.tr("Second folder: {folder}").format(folder=second)
            if second is not None
            else self.tr("Second folder: none (backups are kept in the vault folder only)")
        )
        self.stop_second_button.setEnabled(second is not None)
        rotation = backups.policy(vault)
        for widget, value in (
            (self.daily_spin, rotation.daily),
            (self.weekly_spin, rotation.weekly),
            (self.monthly_spin, rotation.monthly),
            (self.warn_spin, backups.warn_days(vault)),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self._update_buttons()

    def _selected(self) -> backups.BackupInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _own_work(self) -> bool:
        """A backup or restore of this screen runs (no daily backup meanwhile)."""
        dialog = self._key_dialog
        checking = dialog is not None and shiboken6.isValid(dialog) and dialog.busy()
        return checking or (self._task is not None and self._task.running)

    def _earlier_key(self, chosen: backups.BackupInfo) -> bool:
        return self._open() and chosen.state(backups.current_key_check(self._vault)) == (
            "earlier key"
        )

    def _close_key_dialog(self) -> None:
        dialog, self._key_dialog = self._key_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close_for_lock()

    def _busy(self) -> bool:
        return self._own_work() or (self._daily is not None and self._daily.running)

    def _update_buttons(self) -> None:
        chosen = self._selected()
        usable = chosen is not None and chosen.usable() and not self._busy()
        self.restore_new_button.setEnabled(usable)
        self.restore_over_button.setEnabled(usable)
        if chosen is not None and self._open():
            earlier = self._earlier_key(chosen)
            tip = self.tr("Asks for the passphrase or recovery key of its time") if earlier else ""
            self.restore_new_button.setToolTip(tip)
            self.restore_over_button.setToolTip(tip)
        self.back_up_button.setEnabled(not self._busy() and self._open())

    def clear(self) -> None:
        """On lock: nothing of the vault stays on screen."""
        if self._box is not None:
            self._box.close()
            self._box = None
        self._close_key_dialog()
        self._shown = []
        self.table.setRowCount(0)
        self.last_label.clear()
        self.failure_label.clear()
        self.second_label.clear()

    def set_vault(self, vault: Any) -> None:
        """Work on a newly unlocked vault."""
        self._vault = vault
        self.reload()

    def set_discreet(self, on: bool) -> None:
        """Nothing personal is shown here."""

    # --- running work ------------------------------------------------------------
    def _run(self, fn: Any, done: Any, label: str, failed: Any = None) -> None:
        if self._busy():
            return
        self._task = (
            Task(fn)
            .success(self._finishing(done))
            .failure(self._failing(failed) if failed is not None else self._failed)
            .with_progress(self, label)
        )
        self._task.run()
        self._update_buttons()

    def _finishing(self, done: Any) -> Any:
        def finish(result: Any) -> None:
            self._task = None
            if not self._open():  # locked meanwhile: nothing more on screen
                if isinstance(result, backups.RestorePlan):
                    result.discard()
                return
            done(result)
            self.reload()

        return finish

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if not self._open():
            return
        self.reload()
        show_message(self, self.tr("Backups"), error_text(exc))

    def _failing(self, handle: Any) -> Any:
        def failed(exc: BaseException) -> None:
            self._task = None
            if not self._open():
                return
            self.reload()
            handle(exc)

        return failed

    def _daily_done(self, _outcome: object) -> None:
        """The session's daily backup ended: show it (its failure is in the list's
        failure line and the main window's status bar)."""
        if self._open():
            self.reload()
        else:
            self._update_buttons()

    # --- actions -----------------------------------------------------------------
    def back_up_now(self) -> None:
        if not self._open():
            return
        vault = self._vault
        self._run(
            lambda: backups.back_up(vault, label="manual"),
            self._backed_up,
            self.tr("Making a backup…"),
        )

    def _backed_up(self, run: backups.BackupRun) -> None:
        if run.failures:
            show_message(self, self.tr("Backups"), error_text(run.failures[0]))

    def choose_second_folder(self) -> None:
        ask_folder(self, self.tr("Choose the second backup folder"), self.set_second_folder)

    def set_second_folder(self, folder: Path | None) -> None:
        if not self._open():
            return
        backups.set_second_folder(self._vault, folder)
        self.reload()

    def _save_settings(self) -> None:
        if not self._open():
            return
        try:
            backups.set_policy(
                self._vault,
                backups.RotationPolicy(
                    self.daily_spin.value(), self.weekly_spin.value(), self.monthly_spin.value()
                ),
            )
            backups.set_warn_days(self._vault, self.warn_spin.value())
        except (ValueError, DimeError) as exc:
            show_message(self, self.tr("Backups"), error_text(exc))

    def _ask(self, title: str, text: str, yes: str, on_yes: Any, on_no: Any) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self
        )
        confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setAccessibleName(title)

        def answered() -> None:
            self._box = None
            if box.clickedButton() is confirm:
                on_yes()
            else:
                on_no()

        box.finished.connect(lambda _code: answered())
        self._box = box
        box.open()

    def restore_into_new_folder(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        ask_folder(
            self,
            self.tr("Choose an empty folder (or where a new one may be made)"),
            lambda folder: self._prepare_new(chosen, folder),
        )

    def _prepare_new(self, chosen: backups.BackupInfo, folder: Path) -> None:
        target = folder
        if target.exists() and any(target.iterdir()):
            stamp = f"{chosen.made.astimezone():%Y-%m-%d_%H%M}"
            target = folder / f"DiMe vault restored {stamp}"
        vault = self._vault

        def prepare(passphrase: str | None, recovery_key: str | None) -> backups.RestorePlan:
            return backups.prepare_restore_for(
                vault, chosen.path, target, passphrase=passphrase, recovery_key=recovery_key
            )

        self._prepare(chosen, prepare, self._confirm_new)

    def _prepare(self, chosen: backups.BackupInfo, prepare: Any, confirm: Any) -> None:
        """Check the backup with the vault's key; one made with an earlier key
        asks for the passphrase or recovery key of its time first. Then
        ``confirm(chosen, plan, earlier)`` shows the counts."""
        if self._earlier_key(chosen):
            self._ask_key(chosen, prepare, confirm)
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, BackupKeyNeeded):
                self._ask_key(chosen, prepare, confirm)
            else:
                show_message(self, self.tr("Backups"), error_text(exc))

        self._run(
            lambda: prepare(None, None),
            lambda plan: confirm(chosen, plan, False),
            self.tr("Checking the backup…"),
            failed,
        )

    def _ask_key(self, chosen: backups.BackupInfo, prepare: Any, confirm: Any) -> None:
        from dime_desktop.ui.backups.key_dialog import BackupKeyDialog

        if not self._open():
            return
        self._close_key_dialog()
        dialog = BackupKeyDialog(format_datetime(chosen.made, self._language()), prepare, self)

        def opened(plan: backups.RestorePlan) -> None:
            self._key_dialog = None
            if not self._open():
                plan.discard()
                return
            confirm(chosen, plan, True)

        dialog.opened.connect(opened)
        dialog.finished.connect(lambda _code: self._update_buttons())
        self._key_dialog = dialog
        dialog.open()

    def _confirm_new(
        self, chosen: backups.BackupInfo, plan: backups.RestorePlan, earlier: bool
    ) -> None:
        text = self.tr(
            "The backup of {made} holds {counts}.\n\nRestore it into the new folder {folder}? "
            "This vault is not changed."
        ).format(
            made=format_datetime(chosen.made, self._language()),
            counts=counts_text(plan.counts),
            folder=plan.target,
        )
        self._ask(
            self.tr("Restore the backup"),
            text,
            self.tr("Restore"),
            lambda: self._run(
                plan.commit,
                lambda folder: self._restored_new(folder, earlier),
                self.tr("Restoring…"),
            ),
            plan.discard,
        )

    def _restored_new(self, folder: Path, earlier: bool = False) -> None:
        if earlier:
            text = self.tr(
                "The backup was restored into {folder} and passed its check. Open it from the "
                "unlock screen (Choose another folder) with the backup's passphrase or "
                "recovery key, the ones you just typed."
            )
        else:
            text = self.tr(
                "The backup was restored into {folder} and passed its check. Open it from the "
                "unlock screen (Choose another folder) with the passphrase."
            )
        show_message(
            self,
            self.tr("Restore the backup"),
            text.format(folder=folder),
            icon=QMessageBox.Icon.Information,
        )

    def restore_over_vault(self) -> None:
        chosen = self._selected()
        if chosen is None or not self._open():
            return
        vault = self._vault

        def prepare(passphrase: str | None, recovery_key: str | None) -> backups.RestorePlan:
            return backups.prepare_restore_over(
                vault, chosen.path, passphrase=passphrase, recovery_key=recovery_key
            )

        self._prepare(chosen, prepare, self._confirm_over)

    def _confirm_over(
        self, chosen: backups.BackupInfo, plan: backups.RestorePlan, earlier: bool
    ) -> None:
        text = self.tr(
            "The backup of {made} holds {counts}.\nThe vault holds {current} now.\n\n"
            "Replace the vault's contents with the backup? A backup of the current state "
            "is made first, and the vault is locked afterwards."
        ).format(
            made=format_datetime(chosen.made, self._language()),
            counts=counts_text(plan.counts),
            current=counts_text(plan.current_counts or {}),
        )
        if earlier:
            text += "\n\n" + self.tr(
                "The backup keeps the keys of its time: afterwards the vault opens with the "
                "backup's passphrase or recovery key, not with today's."
            )
        self._ask(
            self.tr("Restore over this vault"),
            text,
            self.tr("Restore"),
            lambda: self._run(plan.commit, self._restored_over, self.tr("Restoring…")),
            plan.discard,
        )

    def _restored_over(self, _path: Path) -> None:
        """Every screen shows the old contents: lock, so they are read anew."""
        window = self.window()
        clear = getattr(window, "clear_personal_data", None)
        if clear is not None:
            clear()  # no unsaved forms of the replaced state are saved into the restored one
        lock = getattr(window, "lock_requested", None)
        if lock is not None:
            lock.emit()
