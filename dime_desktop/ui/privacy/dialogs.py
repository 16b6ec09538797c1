"""The person's rights on one case (issue 12): their own copy (art. 15) and
deletion (art. 17, and the retention's approved deletions). Non-blocking
dialogs; the work runs through the task helper and the core
(``privacy.subject_export``, ``vault.erasure.erase_cases``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.ui.common.dialogs import ask_folder, show_message
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import DateEdit, ProblemLabel, format_date


class SubjectExportDialog(QDialog):
    """Make a person's own copy from a case."""

    made = Signal(object)  # the SubjectPackage

    def __init__(
        self, vault: Any, settings: Any, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from dime_desktop.privacy.subject_export import client_cases

        self._vault = vault
        self._lang = str(getattr(settings, "language", "nb"))
        self._task: Task[Any] | None = None
        self.folder_dialog: QWidget | None = None
        self.setWindowTitle(self.tr("The person's own copy"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        case = vault.cases.get_by_id(case_id)
        self._cases = client_cases(vault, case)
        intro = QLabel(
            self.tr(
                "A copy of everything the vault holds about the client, as a PDF with a cover "
                "letter (GDPR article 15) and a JSON file. The request gets a follow-up due "
                "one month after it came."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases of this client"))
        for n, c in enumerate(self._cases):
            item = QListWidgetItem(
                self.tr("{reference} (opened {date})").format(
                    reference=c.reference, date=format_date(c.opened, self._lang)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if n else Qt.ItemFlag.ItemIsUserCheckable)  # the first always
            item.setCheckState(Qt.CheckState.Checked if n == 0 else Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.cases.setMaximumHeight(self.fontMetrics().height() * 6)
        self.others = QCheckBox(
            self.tr("Include data about &others (the other party, witnesses)"), self
        )
        self.others.setAccessibleName(self.tr("Include data about others"))
        self.files = QCheckBox(self.tr("Include the &evidence files"), self)
        self.files.setAccessibleName(self.tr("Include the evidence files"))
        self.received = DateEdit(self._lang, optional=False, parent=self)
        self.received.set_value(date.today())
        self.received.setAccessibleName(self.tr("Request received"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the copy"))
        self.language.addItem("Norsk bokmål", "nb")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if self._lang == "en" else 0)
        form = QFormLayout()
        matches = QLabel(self.tr("Cases of this &client:"), self)
        matches.setBuddy(self.cases)
        form.addRow(matches, self.cases)
        others = len(self._cases) - 1  # the first is this case
        self.matches_note = QLabel(self)
        self.matches_note.setWordWrap(True)
        if others == 1:
            self.matches_note.setText(
                self.tr(
                    "1 other case has the same name or contact details: tick it to "
                    "include it in the copy."
                )
            )
        elif others > 1:
            self.matches_note.setText(
                self.tr(
                    "{n} other cases have the same name or contact details: tick those "
                    "to include in the copy."
                ).format(n=others)
            )
        if others:
            form.addRow("", self.matches_note)
        else:
            self.matches_note.hide()
        form.addRow("", self.others)
        form.addRow("", self.files)
        received = QLabel(self.tr("Request &received:"), self)
        received.setBuddy(self.received)
        form.addRow(received, self.received)
        lang = QLabel(self.tr("&Language:"), self)
        lang.setBuddy(self.language)
        form.addRow(lang, self.language)
        self.problem = ProblemLabel(self, reserve_lines=2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make_button = QPushButton(self.tr("&Make the copy…"), self)
        self.make_button.setAccessibleName(self.tr("Make the copy"))
        self.make_button.setDefault(True)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.clicked.connect(self.choose_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def chosen_cases(self) -> list[Any]:
        ids = {
            self.cases.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.cases.count())
            if self.cases.item(i).checkState() == Qt.CheckState.Checked
        }
        return [c for c in self._cases if c.id in ids]

    def choose_folder(self) -> None:
        if self.received.problem() is not None:
            self.problem.show_problem(self.tr("This is not a valid date."))
            self.received.setFocus()
            return
        self.folder_dialog = ask_folder(self, self.tr("Where should the copy go?"), self._make)

    def _make(self, folder: Path) -> None:
        from dime_desktop.privacy.subject_export import ExportOptions, make_subject_export

        vault, cases = self._vault, self.chosen_cases()
        options = ExportOptions(
            lang=str(self.language.currentData()),
            include_others=self.others.isChecked(),
            include_files=self.files.isChecked(),
            received_on=self.received.value(),
        )
        self.make_button.setEnabled(False)
        self._task = (
            Task(lambda: make_subject_export(vault, cases, folder, options))
            .success(self._done)
            .failure(self._failed)
            .with_progress(self, self.tr("Making the copy…"))
            .run()
        )

    def _done(self, package: Any) -> None:
        self.made.emit(package)
        due = format_date(package.follow_up_due, self._lang)
        show_message(
            self.parentWidget(),
            self.tr("The person's own copy"),
            self.tr(
                "The copy is in {folder}.\n\nIt has left the vault: keep it safe and give it "
                "only to the person. A follow-up reminds you to send it by {due}."
            ).format(folder=package.folder, due=due),
            icon=_information(),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.problem.show_problem(error_text(exc))

    def close_for_lock(self) -> None:
        self.reject()


def _information() -> Any:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.Icon.Information


class DeleteCaseDialog(QDialog):
    """Delete one or more cases: anonymised (the statistics kept) or completely."""

    erased = Signal(object)  # the list of case ids

    def __init__(
        self,
        vault: Any,
        case_ids: list[int],
        parent: QWidget | None = None,
        *,
        reason: str = "request",
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._ids = list(case_ids)
        self._task: Task[Any] | None = None
        self.setWindowTitle(
            self.tr("Delete cases") if len(case_ids) > 1 else self.tr("Delete the case")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        cases = [vault.cases.get_by_id(i) for i in case_ids]
        refs = ", ".join(str(c.reference) for c in cases)
        years = ", ".join(str(y) for y in sorted({c.year for c in cases}))
        title = QLabel(self.tr("Delete {references}?").format(references=refs), self)
        title.setWordWrap(True)
        self.anonymise = QRadioButton(
            self.tr(
                "&Anonymise: remove names, contact details, texts, evidence and documents; "
                "keep what the statistics count"
            ),
            self,
        )
        self.anonymise.setAccessibleName(self.tr("Anonymise"))
        self.anonymise.setChecked(True)
        self.complete = QRadioButton(
            self.tr(
                "Delete &completely: nothing is kept, and the statistics of {years} change"
            ).format(years=years),
            self,
        )
        self.complete.setAccessibleName(self.tr("Delete completely"))
        group = QButtonGroup(self)
        group.addButton(self.anonymise)
        group.addButton(self.complete)
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.addItem(self.tr("The person asked for it (GDPR article 17)"), "request")
        self.reason.addItem(self.tr("The retention period is over"), "retention")
        self.reason.setCurrentIndex(max(self.reason.findData(reason), 0))
        note = QLabel(
            self.tr(
                "This cannot be undone. The case is removed from the vault and from every "
                "backup within reach; a backup restored later does not bring it back."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        why = QLabel(self.tr("&Why:"), self)
        why.setBuddy(self.reason)
        form.addRow(why, self.reason)
        self.problem = ProblemLabel(self, reserve_lines=2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.delete_button.setAutoDefault(False)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.delete_button.clicked.connect(self.delete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.anonymise)
        layout.addWidget(self.complete)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def delete(self) -> None:
        from dime_desktop.storage.erasure import DELETE_ALL, KEEP_STATISTICS
        from dime_desktop.vault.erasure import erase_cases

        vault, ids = self._vault, list(self._ids)
        mode = DELETE_ALL if self.complete.isChecked() else KEEP_STATISTICS
        reason = str(self.reason.currentData())
        self.delete_button.setEnabled(False)
        self._task = (
            Task(lambda: erase_cases(vault, ids, mode, reason))
            .success(self._done)
            .failure(self._failed)
            .with_progress(self, self.tr("Deleting and cleaning the backups…"))
            .run()
        )

    def _done(self, report: Any) -> None:
        n = len(report.erased)
        text = self.tr("1 case deleted.") if n == 1 else self.tr("{n} cases deleted.").format(n=n)
        if report.backups_cleaned:
            cleaned = len(report.backups_cleaned)
            text += " " + (
                self.tr("1 backup cleaned.")
                if cleaned == 1
                else self.tr("{n} backups cleaned.").format(n=cleaned)
            )
        for folder in report.unreachable:
            text += "\n\n" + self.tr(
                "The backups in {folder} could not be reached (a memory stick not plugged in?), "
                "so the deleted cases are still in them. Plug it in and delete again, or delete "
                "those backups; a restore of one of them deletes the cases again first."
            ).format(folder=folder)
        if report.not_cleaned:
            text += "\n\n" + self.tr(
                "Backups that could not be cleaned (damaged, or made with an earlier key): "
                "{n}. Delete them: they may still hold the deleted cases."
            ).format(n=len(report.not_cleaned))
        self.erased.emit(self._ids)
        show_message(self.parentWidget(), self.windowTitle(), text, icon=_information())
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.delete_button.setEnabled(True)
        self.problem.show_problem(error_text(exc))

    def close_for_lock(self) -> None:
        self.reject()
