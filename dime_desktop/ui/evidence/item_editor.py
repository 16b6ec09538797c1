"""The fields of one evidence item: what it is, when and from whom, the
online-hate details (platform, address, user name, time of posting, context)
and witnesses, whose contact details are kept only with the client's consent."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import FieldProblem
from dime_desktop.evidence.files import human_size
from dime_desktop.evidence.model import (
    EvidenceItem,
    OnlineDetails,
    Witness,
    evidence_kinds,
    parse_posted_at,
    validate_item,
)
from dime_desktop.ui.common.widgets import DateEdit, ProblemLabel
from dime_desktop.ui.evidence.models import COL_CONSENT, COL_CONTACT, COL_NAME, WitnessModel

__all__ = ["COL_CONSENT", "COL_CONTACT", "COL_NAME", "ItemEditor", "WitnessTable"]


class WitnessTable(QWidget):
    """Witnesses of an item: name, contact, and the client's consent to keep the
    contact (``ui/evidence/models.WitnessModel`` in a table view)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WitnessModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Witnesses"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CONTACT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CONSENT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(self.fontMetrics().height() * 6)
        self.model.dataChanged.connect(lambda *_a: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add &witness"), self)
        self.add_button.setAccessibleName(self.tr("Add witness"))
        self.add_button.clicked.connect(self.add_witness)
        self.remove_button = QPushButton(self.tr("Remove witness"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_witnesses(self, witnesses: list[Witness]) -> None:
        self.model.set_witnesses(witnesses)

    def witnesses(self) -> list[Witness]:
        return self.model.witnesses()

    def add_witness(self) -> None:
        row = self.model.add(Witness(""))
        index = self.model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.remove(row)
            self.changed.emit()


_NB_POSTED = ("%d.%m.%Y %H:%M", "%d.%m.%Y kl. %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y")


def posted_for_screen(stored: str, language: str) -> str:
    """The stored time of posting (ISO, ``2024-05-03 21:14``) as the field shows
    it: ``03.05.2024 21:14`` in bokmål, as stored in English; text that is no
    time stays as it is."""
    when = parse_posted_at(stored)
    if when is None or language != "nb":
        return stored
    if len(stored.strip()) == len("2024-05-03"):
        return when.strftime("%d.%m.%Y")
    return when.strftime("%d.%m.%Y %H:%M:%S" if when.second else "%d.%m.%Y %H:%M")


def posted_for_storage(text: str) -> str:
    """What a person wrote (``03.05.2024 21:14`` or ISO) as stored (ISO);
    anything else as written, so that the check can name it."""
    text = text.strip()
    if parse_posted_at(text) is not None:
        return text
    for fmt in _NB_POSTED:
        try:
            when = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if fmt == "%d.%m.%Y":
            return when.strftime("%Y-%m-%d")
        return when.strftime("%Y-%m-%d %H:%M:%S" if when.second else "%Y-%m-%d %H:%M")
    return text


class ItemEditor(QWidget):
    """Edits the fields of one item; ``save_requested`` when the user saves."""

    save_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = language
        self._item: EvidenceItem | None = None
        self._baseline: EvidenceItem | None = None
        self._loading = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.description = self._line(self.tr("What it is"))
        self._add(form, self.tr("&What it is:"), self.description)
        self.kind = QComboBox(self)
        for entry in evidence_kinds():
            self.kind.addItem(entry.label(language), entry.code)
        self.kind.setAccessibleName(self.tr("Kind of evidence"))
        self.kind.currentIndexChanged.connect(self._changed)
        self._add(form, self.tr("&Kind:"), self.kind)
        self.received = DateEdit(language, optional=True, parent=self)
        self.received.setAccessibleName(self.tr("Date received"))
        self.received.changed.connect(self._changed)
        self._add(form, self.tr("&Received:"), self.received)
        self.given_by = self._line(self.tr("Given by"))
        self._add(form, self.tr("&Given by:"), self.given_by)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.note.textChanged.connect(self._changed)
        self._add(form, self.tr("N&ote:"), self.note)
        self.file_info = QLabel(self)
        self.file_info.setTextFormat(Qt.TextFormat.PlainText)
        self.file_info.setWordWrap(True)
        self.file_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_info.setAccessibleName(self.tr("File"))
        form.addRow(self.tr("File:"), self.file_info)

        online = QGroupBox(self.tr("Online (for posts, comments, messages)"), self)
        online_form = QFormLayout(online)
        self.platform = self._line(self.tr("Platform"))
        self.platform.setPlaceholderText(self.tr("Facebook, TikTok, an online newspaper…"))
        self._add(online_form, self.tr("&Platform:"), self.platform)
        self.url = self._line(self.tr("Address (URL)"))
        self._add(online_form, self.tr("Address (&URL):"), self.url)
        self.user_name = self._line(self.tr("User name"))
        self._add(online_form, self.tr("User &name:"), self.user_name)
        self.posted_at = self._line(self.tr("Time of posting"))
        self.posted_at.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM, as the post shows it"))
        self._add(online_form, self.tr("&Time of posting:"), self.posted_at)
        self.context = QPlainTextEdit(self)
        self.context.setAccessibleName(self.tr("Context"))
        self.context.setPlaceholderText(
            self.tr("The thread, the page or account, and what it replied to")
        )
        self.context.setTabChangesFocus(True)
        self.context.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.context.textChanged.connect(self._changed)
        self._add(online_form, self.tr("&Context:"), self.context)

        witnesses = QGroupBox(self.tr("Witnesses"), self)
        wl = QVBoxLayout(witnesses)
        note = QLabel(
            self.tr("Keep a witness's contact details only when the client agrees (tick Consent)."),
            self,
        )
        note.setWordWrap(True)
        wl.addWidget(note)
        self.witnesses = WitnessTable(self)
        self.witnesses.changed.connect(self._changed)
        wl.addWidget(self.witnesses)

        self.problem = ProblemLabel(self)
        self.save_button = QPushButton(self.tr("Save &item"), self)
        self.save_button.setAccessibleName(self.tr("Save evidence item"))
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.clicked.connect(self.revert)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(witnesses)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(online)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        self.load(None)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.textChanged.connect(self._changed)
        return edit

    def _add(
        self, form: QFormLayout, label: str, widget: QWidget, buddy: QWidget | None = None
    ) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(buddy or widget)
        form.addRow(caption, widget)

    # --- state ------------------------------------------------------------------
    def load(self, item: EvidenceItem | None) -> None:
        self._loading = True
        try:
            self._item = item
            blank = item or EvidenceItem(0, "", kind="document")
            self.description.setText(blank.description)
            self.kind.setCurrentIndex(max(self.kind.findData(blank.kind), 0))
            self.received.set_value(blank.received)
            self.given_by.setText(blank.given_by)
            self.note.setPlainText(blank.note)
            self.platform.setText(blank.online.platform)
            self.url.setText(blank.online.url)
            self.url.setCursorPosition(0)  # the start of the address: where it is
            self.user_name.setText(blank.online.user_name)
            self.posted_at.setText(posted_for_screen(blank.online.posted_at, self._lang))
            self.context.setPlainText(blank.online.context)
            self.witnesses.set_witnesses(list(blank.witnesses))
            if item is None:
                self.file_info.setText("")
            elif item.has_file:
                self.file_info.setText(
                    self.tr("{name} ({type}, {size})\nSHA-256 {sha}").format(
                        name=item.file_name,
                        type=item.media_type,
                        size=human_size(item.size, self._lang),
                        sha=item.sha256,
                    )
                )
            else:
                self.file_info.setText(self.tr("No file (a record only)"))
            self.problem.show_problem("")
        finally:
            self._loading = False
        self._baseline = self.item()
        self.setEnabled(item is not None)
        self._changed()

    def item(self) -> EvidenceItem | None:
        """The item as the fields hold it now (None when nothing is loaded)."""
        if self._item is None:
            return None
        return replace(
            self._item,
            description=self.description.text().strip(),
            kind=str(self.kind.currentData()),
            received=self.received.value(),
            given_by=self.given_by.text().strip(),
            note=self.note.toPlainText(),
            online=OnlineDetails(
                self.platform.text().strip(),
                self.url.text().strip(),
                self.user_name.text().strip(),
                posted_for_storage(self.posted_at.text()),
                self.context.toPlainText(),
            ),
            witnesses=self.witnesses.witnesses(),
        )

    def is_dirty(self) -> bool:
        return self._item is not None and self.item() != self._baseline

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def revert(self) -> None:
        self.load(self._item)

    def problems(self) -> list[FieldProblem]:
        item = self.item()
        return validate_item(item) if item is not None else []

    def show_problems(self, problems: list[FieldProblem]) -> None:
        texts = []
        for p in problems:
            if p.code == "consent_required":
                texts.append(
                    self.tr(
                        "Tick Consent for {name} to keep the contact details, or leave "
                        "the contact out."
                    ).format(name=p.value or self.tr("the witness"))
                )
            elif p.field == "description":
                texts.append(self.tr("Write what the item is."))
            elif p.field == "posted_at":
                texts.append(self.tr("Write the time of posting as YYYY-MM-DD HH:MM."))
            elif p.field == "url":
                texts.append(self.tr("The address (URL) has spaces or no dot in it."))
            elif p.field == "witness_name":
                texts.append(self.tr("Every witness needs a name."))
            else:
                texts.append(self.tr("A field of the item cannot be used."))
        self.problem.show_problem("\n".join(texts))

    def mark_saved(self, item: EvidenceItem) -> None:
        self.load(item)
