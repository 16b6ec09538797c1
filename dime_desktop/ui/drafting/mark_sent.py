"""The "Mark as sent" dialog: recipient, date sent, and which exported file
was sent (the seal keeps its SHA-256)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.storage.document_drafts import ExportRecord
from dime_desktop.ui.common.widgets import DateEdit, ProblemLabel
from dime_desktop.ui.drafting.models import local_time_text


def export_text(record: ExportRecord, language: str = "nb") -> str:
    """One exported file as the list names it: format, when (this computer's
    local time, in the UI's date format) and the start of its fingerprint."""
    when = local_time_text(record.exported_at, language)
    return f"{record.format.upper()} · {when} · SHA-256 {record.sha256[:16]}…"


class MarkSentDialog(QDialog):
    def __init__(
        self,
        exports: list[ExportRecord],
        recipient: str,
        language: str,
        on_sealed: Callable[[int, date, str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as sent"))
        self.setAccessibleName(self.tr("Mark as sent"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._on_sealed = on_sealed
        intro = QLabel(
            self.tr(
                "The version is sealed: it never changes again. Later edits are saved as a "
                "new version. The seal keeps the date, the recipient and the fingerprint "
                "(SHA-256) of the file that was sent."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.recipient = QLineEdit(recipient, self)
        self.recipient.setAccessibleName(self.tr("Sent to"))
        label = QLabel(self.tr("Sent &to:"), self)
        label.setBuddy(self.recipient)
        form.addRow(label, self.recipient)
        self.sent_on = DateEdit(language, optional=False, parent=self)
        self.sent_on.set_value(date.today())
        self.sent_on.setAccessibleName(self.tr("Date sent"))
        label = QLabel(self.tr("&Date sent:"), self)
        label.setBuddy(self.sent_on)
        form.addRow(label, self.sent_on)
        self.file = QComboBox(self)
        self.file.setAccessibleName(self.tr("File that was sent"))
        for record in reversed(exports):  # the newest first
            self.file.addItem(export_text(record, language), record.id)
        label = QLabel(self.tr("&File that was sent:"), self)
        label.setBuddy(self.file)
        form.addRow(label, self.file)
        self.problem = ProblemLabel(self)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("&Mark as sent"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def accept(self) -> None:
        recipient = self.recipient.text().strip()
        if not recipient:
            self.problem.show_problem(self.tr("Write whom it was sent to."))
            return
        sent_on = self.sent_on.value() or date.today()
        export_id = int(self.file.currentData())
        super().accept()
        self._on_sealed(export_id, sent_on, recipient)
