"""The coordinator's access log screen (issue 12): every entry, newest first,
filtered by period, case and kind; CSV export (no content, safe to share);
and whether the log's hash chain is intact (checked in the background after
every unlock, and again with "Check the log")."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.storage import access_log as audit
from dime_desktop.storage.access_log import LogFilter
from dime_desktop.ui.common.dialogs import ask_save_path, show_message
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import DateEdit, install_wheel_guard
from dime_desktop.ui.privacy.log_model import LogTableModel, event_label

PAGE = 500

# kinds in the filter: a label and the events it covers
_KINDS: list[tuple[str, tuple[str, ...] | None]] = [
    ("all", None),
    ("opened", (audit.OPENED,)),
    ("changed", (audit.CREATED, audit.CHANGED, audit.CONSENT_WITHDRAWN)),
    ("printed", (audit.PRINTED,)),
    ("exported", (audit.EXPORTED, audit.SUBJECT_ACCESS)),
    ("sealed", (audit.SEALED,)),
    ("handed_over", (audit.HANDED_OVER,)),
    ("deleted", (audit.DELETED,)),
    ("vault", audit.VAULT_EVENTS),
]


class AccessLogView(QWidget):
    """``clear()`` on lock; nothing in it is personal data of clients."""

    def __init__(self, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()
        self._vault = vault
        self._lang = str(getattr(settings, "language", "nb"))
        self._limit = PAGE
        self._task: Task[Any] | None = None
        self.chain_problems: list[str] | None = None  # None: not checked yet
        self.first_broken: int | None = None
        self.dialog: QWidget | None = None
        title = QLabel(self.tr("Access log"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        note = QLabel(
            self.tr(
                "Who opened, changed, printed or exported which case, and when; never what "
                "was written. Each entry holds the fingerprint of the one before, so a removed "
                "or changed entry shows."
            ),
            self,
        )
        note.setWordWrap(True)
        self.chain = QLabel(self)
        self.chain.setWordWrap(True)
        self.chain.setAccessibleName(self.tr("State of the access log"))
        self.since = DateEdit(self._lang, optional=True, parent=self)
        self.since.setAccessibleName(self.tr("From"))
        self.until = DateEdit(self._lang, optional=True, parent=self)
        self.until.setAccessibleName(self.tr("To"))
        self.case = QLineEdit(self)
        self.case.setAccessibleName(self.tr("Case reference"))
        self.case.setPlaceholderText("DH-2024-001")
        self.case.setClearButtonEnabled(True)
        self.case.setMinimumWidth(self.fontMetrics().horizontalAdvance("DH-2024-0000") * 3 // 2)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        labels = {
            "all": self.tr("All kinds"),
            "opened": event_label(audit.OPENED),
            "changed": event_label(audit.CHANGED),
            "printed": event_label(audit.PRINTED),
            "exported": event_label(audit.EXPORTED),
            "sealed": event_label(audit.SEALED),
            "handed_over": event_label(audit.HANDED_OVER),
            "deleted": event_label(audit.DELETED),
            "vault": self.tr("The vault (unlock, lock, backup…)"),
        }
        for code, _events in _KINDS:
            self.kind.addItem(labels[code], code)
        self.filter_button = QPushButton(self.tr("&Show"), self)
        self.filter_button.setAccessibleName(self.tr("Show the entries"))
        self.filter_button.clicked.connect(self.reload)
        self.case.returnPressed.connect(self.reload)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("F&rom:"), self.since),
            (self.tr("&To:"), self.until),
            (self.tr("C&ase:"), self.case),
            (self.tr("&Kind:"), self.kind),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.kind else 1)
        filters.addWidget(self.filter_button)
        self.model = LogTableModel(self._lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Access log entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count = QLabel(self)
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.more_button.clicked.connect(self.show_more)
        self.check_button = QPushButton(self.tr("&Check the log"), self)
        self.check_button.setAccessibleName(self.tr("Check the log"))
        self.check_button.clicked.connect(self.check_chain)
        self.export_button = QPushButton(self.tr("&Export as CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export as CSV"))
        self.export_button.clicked.connect(self.export_csv)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.chain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._show_chain()

    # --- filter -------------------------------------------------------------------
    def current_filter(self) -> LogFilter:
        since, until = self.since.value(), self.until.value()
        events = dict(_KINDS).get(str(self.kind.currentData()))
        ref = self.case.text().strip().upper() or None
        return LogFilter(
            since=audit.day_start(since) if since else None,
            until=audit.end_of_day(until) if until else None,
            case_ref=ref,
            events=events,
        )

    def set_vault(self, vault: Any) -> None:
        self._vault = vault
        self.chain_problems = None
        self._show_chain()

    def showEvent(self, event: Any) -> None:
        if not self.model.rowCount():
            QTimer.singleShot(0, self.reload)
        super().showEvent(event)

    def reload(self) -> None:
        self._limit = PAGE
        self._load()

    def show_more(self) -> None:
        self._limit += PAGE
        self._load()

    def _load(self) -> None:
        if self._vault is None or not self._vault.is_open:
            return
        for edit in (self.since, self.until):
            if edit.problem() == "invalid_date":
                self.count.setText(self.tr("This is not a valid date."))
                return
        flt = self.current_filter()
        try:
            entries = self._vault.access_log.entries(flt, limit=self._limit)
            total = self._vault.access_log.count(flt)
        except Exception as exc:  # a DimeError; shown, never raised
            self.count.setText(error_text(exc))
            return
        self.model.set_entries(entries)
        shown = len(entries)
        self.count.setText(
            self.tr("{shown} of {total} entries").format(shown=shown, total=total)
            if total != shown
            else (self.tr("1 entry") if total == 1 else self.tr("{n} entries").format(n=total))
        )
        self.more_button.setVisible(total > shown)

    # --- the chain ------------------------------------------------------------------
    def set_chain(self, problems: list[str], first_broken: int | None = None) -> None:
        self.chain_problems = list(problems)
        self.first_broken = first_broken
        self._show_chain()

    def _show_chain(self) -> None:
        if self.chain_problems is None:
            self.chain.setText(self.tr("The log is being checked…"))
            self.chain.setStyleSheet("")
        elif not self.chain_problems:
            self.chain.setText(self.tr("✓ The log is intact: no entry was removed or changed."))
            self.chain.setStyleSheet("")
        else:
            if self.first_broken is not None:
                text = self.tr(
                    "⚠ The log is broken at entry {n}: an entry was removed or changed after it "
                    "was written."
                ).format(n=self.first_broken)
            else:
                text = self.tr("⚠ The log is broken: {problem}").format(
                    problem=self.chain_problems[0]
                )
            self.chain.setText(text)
            self.chain.setToolTip("\n".join(self.chain_problems))  # the details (English)
            self.chain.setStyleSheet("color: #8b0000; font-weight: bold;")

    def check_chain(self) -> None:
        if self._vault is None or not self._vault.is_open:
            return
        log = self._vault.access_log
        self.chain_problems = None
        self._show_chain()
        self._task = (
            Task(log.verify)
            .success(lambda check: self.set_chain(check.problems, check.first_broken))
            .failure(lambda exc: self.set_chain([error_text(exc)]))
            .run()
        )

    # --- export ---------------------------------------------------------------------
    def export_csv(self) -> QWidget:
        name = self.tr("access-log") + f"-{date.today().isoformat()}.csv"
        self.dialog = ask_save_path(
            self,
            self.tr("Export the access log"),
            name,
            self.tr("CSV (*.csv)"),
            self._write_csv,
            default_suffix="csv",
        )
        return self.dialog

    def _write_csv(self, path: Path) -> None:
        from dime_desktop.privacy.log_export import write_log_csv

        log, flt, lang = self._vault.access_log, self.current_filter(), self._lang
        delimiter = "," if lang == "en" else ";"
        title = self.tr("Export the access log")

        def done(n: int) -> None:
            show_message(
                self,
                title,
                self.tr("{n} entries written to {path}.").format(n=n, path=path),
                icon=_information(),
            )

        self._task = (
            Task(lambda: write_log_csv(path, log.iter_entries(flt), lang=lang, delimiter=delimiter))
            .success(done)
            .failure(lambda exc: show_message(self, title, error_text(exc)))
            .with_progress(self, self.tr("Writing the CSV file…"))
            .run()
        )

    def clear(self) -> None:
        self.model.clear()
        self.case.clear()
        self.count.clear()
        if self.dialog is not None:
            import shiboken6

            if shiboken6.isValid(self.dialog):
                self.dialog.close()
            self.dialog = None


def _information() -> Any:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.Icon.Information
