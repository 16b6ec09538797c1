"""The draft editor: one document of a case, section by section.

Prefilled from the case, every section editable; the missing facts listed,
each a link to the place where it is filled in (a field of the case form, the
evidence tab, a choice here, or the section itself). Every save is a version
with its date. Export as PDF or DOCX (a redacted copy if chosen) says first
that the file leaves the vault. "Mark as sent" seals a version with the date,
the recipient and the SHA-256 of the exported file; later edits are saved as
a new version. The document's language is chosen here, for this document,
whatever language the screens speak.

The editor is a window of its own (non-modal). When its case form closes, and
so on lock, unsaved edits are saved as a version first.
"""

from __future__ import annotations

import copy
import weakref
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.drafting import (
    DocumentText,
    MissingFact,
    SectionText,
    load_context,
    missing_facts,
    new_document,
    notices,
    option_choices,
    option_specs,
    refresh,
    suggestions,
    template_for,
)
from dime_desktop.drafting.context import DraftContext
from dime_desktop.drafting.model import GAP_RE, SECTION_SIGNATURES
from dime_desktop.drafting.service import export_version
from dime_desktop.drafting.templates import OptionSpec
from dime_desktop.errors import DimeError
from dime_desktop.storage.document_drafts import DocumentDraft, DraftVersion
from dime_desktop.ui.common.dialogs import ask_save_path, show_message
from dime_desktop.ui.common.discreet_cover import DiscreetCover
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.leaves_vault import ask_leaves_vault
from dime_desktop.ui.common.widgets import (
    DateEdit,
    ProblemLabel,
    format_date,
    unsaved_changes_box,
)
from dime_desktop.ui.drafting.mark_sent import MarkSentDialog
from dime_desktop.ui.drafting.models import local_time_text

# Suggested file names (no personal data: the case reference and the kind).
FILE_NAMES = {
    "nb": {
        "tribunal": "klage-diskrimineringsnemnda",
        "police": "anmeldelse",
        "letter": "brev-til-motparten",
        "authorisation": "fullmakt",
        "referral": "henvisning",
        "redacted": "anonymisert",
    },
    "en": {
        "tribunal": "complaint-tribunal",
        "police": "police-report",
        "letter": "letter-to-other-party",
        "authorisation": "authorisation",
        "referral": "referral",
        "redacted": "redacted",
    },
}


class GapHighlighter(QSyntaxHighlighter):
    """Gap markers ([MANGLER: ...]) stand out in the editor as in print."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor("#ffe08a"))
        self._format.setForeground(QColor("#8a1c00"))
        self._format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        for m in GAP_RE.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self._format)


class SectionBox(QFrame):
    """One section: its heading, its text, and "fill in from the case again"."""

    edited = Signal(str)  # section id

    def __init__(self, section: SectionText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_id = section.id
        self._prefilled = section.prefilled
        self._loading = False
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self._on_text)
        self.highlighter = GapHighlighter(self.edit.document())
        self.heading.setBuddy(self.edit)  # the heading names the text, as a label does
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        small = self.hint.font()
        small.setItalic(True)
        self.hint.setFont(small)
        self.refill = QPushButton(self.tr("Fill in from the case again"), self)
        self.refill.clicked.connect(self.fill_again)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.refill)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        self.set_section(section)

    def set_section(self, section: SectionText) -> None:
        self._loading = True
        try:
            self.section_id = section.id
            self._prefilled = section.prefilled
            self._kind = section.kind
            heading = section.heading or self.tr("Opening")
            self.heading.setText(heading)
            name = heading
            if section.kind == SECTION_SIGNATURES:
                name = self.tr("{heading} (one line to sign per line)").format(heading=heading)
            self.edit.setAccessibleName(name)
            if self.edit.toPlainText() != section.text:
                self.edit.setPlainText(section.text)
        finally:
            self._loading = False
        self._fit()
        self._update_hint()

    def text(self) -> str:
        return self.edit.toPlainText()

    def section(self, heading: str) -> SectionText:
        return SectionText(self.section_id, heading, self.text(), self._prefilled, self._kind)

    def _on_text(self) -> None:
        self._fit()
        self._update_hint()
        if not self._loading:
            self.edited.emit(self.section_id)

    def _fit(self) -> None:
        lines = max(2, self.edit.document().size().height() + 1)
        height = int(lines * self.edit.fontMetrics().lineSpacing()) + 14
        self.edit.setFixedHeight(min(height, self.edit.fontMetrics().lineSpacing() * 22))

    def _update_hint(self) -> None:
        edited = self.text() != self._prefilled
        self.refill.setVisible(edited)
        if self._kind == SECTION_SIGNATURES:
            self.hint.setText(self.tr("Each line becomes a line to sign on."))
        else:
            self.hint.setText(
                self.tr("Edited by you – no longer follows the case.") if edited else ""
            )

    def fill_again(self) -> None:
        self.edit.setPlainText(self._prefilled)

    def select_gap(self, label: str) -> None:
        """Put the cursor on the gap marker with ``label`` (or at the start)."""
        self.edit.setFocus()
        for m in GAP_RE.finditer(self.text()):
            if m.group(1).strip() == label:
                cursor = self.edit.textCursor()
                cursor.setPosition(m.start())
                cursor.setPosition(m.end(), QTextCursor.MoveMode.KeepAnchor)
                self.edit.setTextCursor(cursor)
                self.edit.ensureCursorVisible()
                return


class DraftEditor(QWidget):
    """One document draft of a case, in a window of its own."""

    saved = Signal(int)  # draft id, after a version was saved
    editor_closed = Signal(object)

    def __init__(
        self,
        vault: Any,
        settings: Any,
        form: Any,
        *,
        draft: DocumentDraft | None = None,
        kind: str | None = None,
        lang: str = "nb",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("DraftEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._vault = vault
        self._settings = settings
        self._form_ref = weakref.ref(form)  # no cycle: the form owns this widget
        self._ui_lang = str(getattr(settings, "language", "nb"))
        self._case_id: int = int(form.case_id)
        self._draft_id: int | None = draft.id if draft else None
        self._version: DraftVersion | None = draft.latest if draft else None
        self._force_close = False
        self._closing = False
        self._boxes: dict[str, SectionBox] = {}
        self._option_widgets: dict[str, QWidget] = {}
        self._decision_boxes: dict[str, QComboBox] = {}
        self.unsaved_box: QMessageBox | None = None
        self.dialog: QWidget | None = None
        self.last_export: Any = None
        self._loading = False
        self._ctx = self._load_context()
        if draft is not None:
            doc = copy.deepcopy(draft.latest.content)
            self._saved_doc: DocumentText | None = copy.deepcopy(doc)
            self._doc = refresh(doc, self._ctx)  # unedited sections follow the case
        else:
            assert kind is not None
            self._doc = new_document(kind, self._ctx, lang)
            self._saved_doc = None
        self._template = template_for(self._doc.kind)
        self._build()
        self._show_doc()
        self._refresh_versions()
        form.saved.connect(self._on_case_changed)

    # --- context ------------------------------------------------------------------
    @property
    def _form(self) -> Any:
        return self._form_ref()

    def _load_context(self) -> DraftContext:
        case = self._vault.cases.get_by_id(self._case_id)
        return load_context(self._vault, case)

    def _on_case_changed(self, *_args: Any) -> None:
        """The case or its evidence changed: unedited sections follow."""
        if self._closing or not self._vault.is_open:
            return
        try:
            self._ctx = self._load_context()
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return
        self._doc = refresh(self._current(), self._ctx)
        self._show_doc()

    # --- building -----------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title_label.setFont(font)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem(self.tr("Norwegian (bokmål)"), "nb")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.setAccessibleName(self.tr("Language of the document"))
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(self._doc.lang), 0))
        self.lang_combo.currentIndexChanged.connect(self._on_language)
        lang_label = QLabel(self.tr("&Language of the document:"), self)
        lang_label.setBuddy(self.lang_combo)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(lang_label)
        top.addWidget(self.lang_combo)

        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setAccessibleName(self.tr("Warnings and notes"))
        self.notice_label.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5a3b00; padding: 6px; border-radius: 3px; }"
        )

        # the document
        self.sections_box = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.recipient = QPlainTextEdit(self)
        self.recipient.setAccessibleName(self.tr("To"))
        self.recipient.setTabChangesFocus(True)
        self.recipient.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.recipient.textChanged.connect(self._on_edited)
        self.recipient_highlighter = GapHighlighter(self.recipient.document())
        recipient_label = QLabel(self.tr("&To:"), self)
        recipient_label.setBuddy(self.recipient)
        self.recipient_row = QWidget(self)
        rl = QHBoxLayout(self.recipient_row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(recipient_label)
        rl.addWidget(self.recipient, 1)
        self.sections_layout.addWidget(self.recipient_row)
        self.sections_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections_box)
        scroll.setAccessibleName(self.tr("Sections of the document"))
        self.sections_scroll = scroll

        # the side: choices, missing facts, versions
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        self.options_group = QGroupBox(self.tr("Choices"), self)
        self.options_form = QFormLayout(self.options_group)
        self.options_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._build_options()
        self.missing_group = QGroupBox(self.tr("Missing facts"), self)
        self.missing_layout = QVBoxLayout(self.missing_group)
        self.missing_note = QLabel(self)
        self.missing_note.setWordWrap(True)
        self.missing_layout.addWidget(self.missing_note)
        self.missing_buttons: list[QPushButton] = []
        self.versions_group = QGroupBox(self.tr("Versions"), self)
        vl = QVBoxLayout(self.versions_group)
        self.versions = QListWidget(self)
        self.versions.setAccessibleName(self.tr("Versions"))
        self.versions.setWordWrap(True)
        vl.addWidget(self.versions)
        if self.options_form.rowCount():
            sl.addWidget(self.options_group)
        else:
            self.options_group.hide()
        sl.addWidget(self.missing_group)
        sl.addWidget(self.versions_group, 1)
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setAccessibleName(self.tr("Choices, missing facts and versions"))
        self.side_scroll = side_scroll

        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        # buttons
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = ProblemLabel(self)
        self.save_button = QPushButton(self.tr("&Save version"), self)
        self.save_button.setAccessibleName(self.tr("Save version"))
        self.save_button.setToolTip(self.tr("Save as a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button = QPushButton(self.tr("Export &DOCX…"), self)
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.redacted = QCheckBox(self.tr("&Redacted copy (names replaced by roles)"), self)
        self.redacted.setToolTip(self.tr("For supervision or training; never for sending"))
        self.sent_button = QPushButton(self.tr("&Mark as sent…"), self)
        self.sent_button.clicked.connect(self.mark_sent)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close document"))
        self.close_button.clicked.connect(self.close)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        close_action = QAction(self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        self.addAction(close_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.docx_button)
        buttons.addWidget(self.redacted)
        buttons.addStretch(1)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.close_button)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.cover = DiscreetCover(
            inner,
            self._form,
            self.tr(
                "Discreet mode: the document is hidden (it names the client). Show it "
                "when nobody else can see the screen."
            ),
            self.tr("Show the document"),
            parent=self,
        )
        outer = QVBoxLayout(self)
        outer.addWidget(self.cover)
        em = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().height()
        self.resize(em * 170, line * 46)

    def _label(self, spec: OptionSpec) -> str:
        return spec.label.get(self._ui_lang)

    def _build_options(self) -> None:
        for spec in option_specs(self._doc.kind):
            if spec.type == "bool":
                box = QCheckBox(self._label(spec), self)
                box.setAccessibleName(self._label(spec))
                box.toggled.connect(self._on_option)
                self.options_form.addRow(box)
                self._option_widgets[spec.name] = box
            elif spec.type == "text":
                edit = QLineEdit(self)
                edit.setAccessibleName(self._label(spec))
                edit.editingFinished.connect(self._on_option)
                self._add_option_row(spec, edit)
            elif spec.type == "date":
                date_edit = DateEdit(self._ui_lang, optional=True, parent=self)
                date_edit.setAccessibleName(self._label(spec))
                date_edit.changed.connect(self._on_option)
                self._add_option_row(spec, date_edit)
            elif spec.type == "choice":
                combo = QComboBox(self)
                combo.addItem(self.tr("(choose)"), "")
                for code, label in option_choices(self._doc.kind, spec.name, self._ui_lang):
                    combo.addItem(label, code)
                combo.setAccessibleName(self._label(spec))
                combo.currentIndexChanged.connect(self._on_option)
                self._add_option_row(spec, combo)
            elif spec.type == "multi":
                group = QWidget(self)
                gl = QVBoxLayout(group)
                gl.setContentsMargins(0, 0, 0, 0)
                for code, label in option_choices(self._doc.kind, spec.name, self._ui_lang):
                    box = QCheckBox(label, group)
                    box.setProperty("code", code)
                    box.toggled.connect(self._on_option)
                    gl.addWidget(box)
                group.setAccessibleName(self._label(spec))
                self._add_option_row(spec, group)
            elif spec.type == "decisions":
                group = QWidget(self)
                self.decisions_layout = QFormLayout(group)
                self.decisions_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
                self.decisions_layout.setContentsMargins(0, 0, 0, 0)
                group.setAccessibleName(self._label(spec))
                self._add_option_row(spec, group)

    def _add_option_row(
        self, spec: OptionSpec, widget: QWidget, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(self._label(spec) + ":", self)
        label.setWordWrap(True)
        label.setBuddy(buddy or widget)
        self.options_form.addRow(label, widget)
        self._option_widgets[spec.name] = widget

    # --- document <-> widgets --------------------------------------------------------------
    def _show_doc(self) -> None:
        doc = self._doc
        self._loading = True
        try:
            self.title_label.setText(doc.title)
            self.recipient_row.setVisible(bool(doc.recipient.strip() or doc.recipient_prefilled))
            if self.recipient.toPlainText() != doc.recipient:
                self.recipient.setPlainText(doc.recipient)
            ids = [s.id for s in doc.sections]
            if ids != list(self._boxes):
                for box in self._boxes.values():
                    box.hide()
                    box.deleteLater()
                self._boxes = {}
                for s in doc.sections:
                    box = SectionBox(s, self.sections_box)
                    box.edited.connect(self._on_edited)
                    self.sections_layout.insertWidget(self.sections_layout.count() - 1, box)
                    self._boxes[s.id] = box
            else:
                for s in doc.sections:
                    self._boxes[s.id].set_section(s)
            self._show_options()
        finally:
            self._loading = False
        self._update_side()

    def _show_options(self) -> None:
        opts = self._doc.options
        for spec in option_specs(self._doc.kind):
            widget = self._option_widgets.get(spec.name)
            value = opts.get(spec.name)
            if isinstance(widget, QCheckBox):
                widget.blockSignals(True)
                widget.setChecked(bool(value))
                widget.blockSignals(False)
            elif isinstance(widget, QLineEdit):
                if widget.text() != (value or ""):
                    widget.setText(str(value or ""))
            elif isinstance(widget, DateEdit):
                widget.blockSignals(True)
                try:
                    widget.set_value(date.fromisoformat(str(value)) if value else None)
                except ValueError:
                    widget.set_value(None)
                widget.blockSignals(False)
            elif isinstance(widget, QComboBox):
                widget.blockSignals(True)
                widget.setCurrentIndex(max(widget.findData(value or ""), 0))
                widget.blockSignals(False)
            elif spec.type == "multi" and widget is not None:
                chosen = set(value or [])
                for box in widget.findChildren(QCheckBox):
                    box.blockSignals(True)
                    box.setChecked(box.property("code") in chosen)
                    box.blockSignals(False)
            elif spec.type == "decisions":
                self._show_decisions()

    def _show_decisions(self) -> None:
        found = suggestions(self._doc, self._ctx, self._ui_lang)
        codes = [s.code for s in found]
        if codes != list(self._decision_boxes):
            while self.decisions_layout.rowCount():
                self.decisions_layout.removeRow(0)
            self._decision_boxes = {}
            for s in found:
                combo = QComboBox(self)
                combo.addItem(self.tr("Suggested – confirm or remove"), "suggested")
                combo.addItem(self.tr("Confirmed"), "confirmed")
                combo.addItem(self.tr("Removed"), "removed")
                combo.setAccessibleName(s.label)
                combo.setToolTip(s.reason)
                combo.currentIndexChanged.connect(self._on_option)
                label = QLabel(s.label, self)
                label.setWordWrap(True)
                label.setToolTip(s.reason)
                label.setBuddy(combo)
                self.decisions_layout.addRow(label, combo)
                self._decision_boxes[s.code] = combo
        for s in found:
            combo = self._decision_boxes[s.code]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(s.decision), 0))
            combo.blockSignals(False)

    def _options_from_widgets(self) -> dict[str, Any]:
        opts = dict(self._doc.options)
        for spec in option_specs(self._doc.kind):
            widget = self._option_widgets.get(spec.name)
            if isinstance(widget, QCheckBox):
                opts[spec.name] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                opts[spec.name] = widget.text().strip()
            elif isinstance(widget, DateEdit):
                value = widget.value()
                opts[spec.name] = value.isoformat() if value else None
            elif isinstance(widget, QComboBox):
                opts[spec.name] = widget.currentData() or None
            elif spec.type == "multi" and widget is not None:
                opts[spec.name] = [
                    b.property("code") for b in widget.findChildren(QCheckBox) if b.isChecked()
                ]
            elif spec.type == "decisions":
                opts[spec.name] = {
                    code: combo.currentData()
                    for code, combo in self._decision_boxes.items()
                    if combo.currentData() != "suggested"
                }
        return opts

    def _current(self) -> DocumentText:
        """The document as the widgets hold it now."""
        doc = copy.deepcopy(self._doc)
        doc.recipient = self.recipient.toPlainText()
        sections = []
        for s in doc.sections:
            box = self._boxes.get(s.id)
            sections.append(box.section(s.heading) if box is not None else s)
        doc.sections = sections
        return doc

    # --- reacting -----------------------------------------------------------------
    def _on_edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self._doc = self._current()
        self._update_side()

    def _on_option(self, *_args: Any) -> None:
        if self._loading:
            return
        doc = self._current()
        self._doc = refresh(doc, self._ctx, options=self._options_from_widgets())
        self._show_doc()

    def _on_language(self, _index: int) -> None:
        lang = str(self.lang_combo.currentData())
        if lang == self._doc.lang:
            return
        doc = self._current()
        kept = [s for s in doc.sections if s.edited]
        self._doc = refresh(doc, self._ctx, lang=lang)
        self._show_doc()
        if kept:
            self.status.setText(
                self.tr("1 section you edited was kept as you wrote it; translate it yourself.")
                if len(kept) == 1
                else self.tr(
                    "{n} sections you edited were kept as you wrote them; translate them yourself."
                ).format(n=len(kept))
            )

    def is_dirty(self) -> bool:
        return self._saved_doc is None or self._current() != self._saved_doc

    def _update_side(self) -> None:
        doc = self._doc
        texts = [n.text for n in notices(doc, self._ctx, self._ui_lang)]
        self.notice_label.setText("\n".join(texts))
        self.notice_label.setVisible(bool(texts))
        self._show_missing(missing_facts(doc))
        reference = self._ctx.case.reference or ""
        self.setWindowTitle(
            self.tr("{title} – {reference}").format(title=doc.title, reference=reference) + "[*]"
        )
        self.setWindowModified(self.is_dirty())
        self.save_button.setEnabled(self.is_dirty() or self._draft_id is None)

    def _where(self, target: str) -> str:
        names = {
            "timeline": self.tr("Timeline (tab Follow-up and timeline)"),
            "summary": self.tr("Summary (tab Summary and journal)"),
            "grounds": self.tr("Grounds (tab Grounds and incident)"),
            "incident_types": self.tr("Incident types (tab Grounds and incident)"),
            "area": self.tr("Area (tab Case)"),
            "counterpart_type": self.tr("Counterpart (tab Case)"),
            "counterpart_name": self.tr("Counterpart name (tab Case)"),
            "client_name": self.tr("Client name (tab Client)"),
            "client_contact": self.tr("Client contact (tab Client)"),
            "client": self.tr("Client (tab Client)"),
            "evidence": self.tr("Evidence (tab Evidence)"),
            "witnesses": self.tr("Witnesses (tab Evidence)"),
            "online": self.tr("Online details (tab Evidence)"),
            "document": self.tr("Write it in the document"),
        }
        if target.startswith("option:"):
            return self.tr("A choice on the right")
        return names.get(target, self.tr("The case"))

    def _show_missing(self, facts: list[MissingFact]) -> None:
        for b in self.missing_buttons:
            self.missing_layout.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.missing_buttons = []
        shown: list[MissingFact] = []
        seen: set[tuple[str, str]] = set()
        for m in facts:
            key = (m.fact or m.label, m.section_id if m.field == "document" else m.field)
            if key not in seen:
                seen.add(key)
                shown.append(m)
        if not shown:
            self.missing_note.setText(self.tr("Nothing is missing."))
        else:
            self.missing_note.setText(
                self.tr(
                    "Click one to go where it is filled in. The document can be exported "
                    "with gaps: they are marked in it."
                )
            )
        for m in shown:
            spec = self._template.facts.get(m.fact)
            label = spec.label.get(self._ui_lang) if spec is not None else m.label
            # two lines (what, then where): the side stays narrow enough for the sections
            button = QPushButton(f"{label}\n→ {self._where(m.field)}", self)
            button.setAccessibleName(label)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { text-align: left; color: #0f5c6e; }")
            button.clicked.connect(lambda _c=False, fact=m: self.follow(fact))
            self.missing_layout.addWidget(button)
            self.missing_buttons.append(button)
        self._fit_side()

    def _fit_side(self) -> None:
        """The side is as wide as its widest line (a missing fact's button does
        not wrap): the splitter gives the sections the rest, and the side never
        scrolls sideways with its texts cut off at the right edge."""
        side = self.side_scroll.widget()
        if side is None:
            return
        widest = max(
            [side.sizeHint().width()] + [b.sizeHint().width() + 24 for b in self.missing_buttons]
        )
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(widest + bar + 2)

    # --- following a missing fact -------------------------------------------------
    def follow(self, fact: MissingFact) -> None:
        """Go to where ``fact`` is filled in."""
        target = fact.field
        if target == "document":
            box = self._boxes.get(fact.section_id)
            if box is not None:
                self.sections_scroll.ensureWidgetVisible(box)
                box.select_gap(fact.label)
            elif fact.section_id == "recipient":
                self.recipient.setFocus()
            return
        if target.startswith("option:"):
            widget = self._option_widgets.get(target.split(":", 1)[1])
            if widget is not None:
                widget.setFocus()
            return
        form = self._form
        window = form.window()
        show_form = getattr(window, "show_form", None)
        if callable(show_form):
            show_form(form)
        bring_to_front(window)
        if target in ("evidence", "witnesses", "online"):
            panel = next(
                (w for w in getattr(form, "extra_tabs", []) if hasattr(w, "focus_for")), None
            )
            if panel is not None:
                form.tabs.setCurrentWidget(panel)
                panel.focus_for(target)
            return
        show_case_field(form, target)

    # --- saving -------------------------------------------------------------------
    def save(self) -> bool:
        """Save the text as a new version (True when saved or nothing changed)."""
        doc = self._current()
        if self._draft_id is not None and not self.is_dirty():
            return True
        try:
            if self._draft_id is None:
                draft = self._vault.document_drafts.create(self._case_id, doc)
                self._draft_id = draft.id
                version = draft.latest
            else:
                version = self._vault.document_drafts.save_version(self._draft_id, doc)
        except DimeError as exc:
            self.problem.show_problem(error_text(exc))
            return False
        self.problem.show_problem("")
        self._version = version
        self._saved_doc = copy.deepcopy(doc)
        self._doc = doc
        self.status.setText(self.tr("Saved as version {n}.").format(n=version.number))
        self._refresh_versions()
        self._update_side()
        self.saved.emit(self._draft_id)
        return True

    def _refresh_versions(self) -> None:
        self.versions.clear()
        if self._draft_id is None:
            self.versions.addItem(self.tr("Not saved yet."))
            return
        try:
            versions = self._vault.document_drafts.versions(self._draft_id)
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return
        for v in reversed(versions):
            when = local_time_text(v.saved_at, self._ui_lang)
            text = self.tr("Version {n} – saved {when}").format(n=v.number, when=when)
            if v.sealed and v.sent_on is not None:
                text += "\n" + self.tr("Sent {date} to {recipient} – SHA-256 {sha}").format(
                    date=format_date(v.sent_on, self._ui_lang),
                    recipient=v.sent_to,
                    sha=v.sent_sha256[:16] + "…",
                )
            self.versions.addItem(text)

    # --- export -------------------------------------------------------------------
    def _file_name(self, fmt: str, redacted: bool) -> str:
        names = FILE_NAMES.get(self._doc.lang, FILE_NAMES["nb"])
        parts = [self._ctx.case.reference or "", names.get(self._doc.kind, self._doc.kind)]
        if redacted:
            parts.append(names["redacted"])
        return " ".join(p for p in parts if p) + f".{fmt}"

    def export(self, fmt: str) -> None:
        """Save (a version) if needed, warn that the file leaves the vault, ask where."""
        if not self.save():
            return
        redacted = self.redacted.isChecked()
        title = self.tr("Export PDF") if fmt == "pdf" else self.tr("Export DOCX")
        detail = (
            self.tr("A redacted copy: names are replaced by roles. Check the text before use.")
            if redacted
            else ""
        )

        def ask_where() -> None:
            self.dialog = ask_save_path(
                self,
                title,
                self._file_name(fmt, redacted),
                "PDF (*.pdf)" if fmt == "pdf" else self.tr("Word document (*.docx)"),
                lambda path: self._write(path, fmt, redacted),
                default_suffix=fmt,
            )

        self.dialog = ask_leaves_vault(self, title, ask_where, detail=detail)

    def _write(self, path: Path, fmt: str, redacted: bool) -> None:
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        assert self._version is not None
        try:
            result = export_version(self._vault, self._version, self._ctx, path, redacted=redacted)
        except DimeError as exc:
            show_message(self, self.tr("Export"), error_text(exc))
            return
        self.last_export = result
        self.status.setText(
            self.tr("Exported version {n} to {path} (SHA-256 {sha}).").format(
                n=self._version.number, path=result.exported.path, sha=result.exported.sha256
            )
        )

    # --- mark as sent -------------------------------------------------------------
    def mark_sent(self) -> None:
        if self.is_dirty() or self._version is None:
            show_message(
                self,
                self.tr("Mark as sent"),
                self.tr("Save and export the document first: the seal records the exported file."),
            )
            return
        if self._version.sealed:
            show_message(
                self,
                self.tr("Mark as sent"),
                self.tr("This version is already marked as sent. Edit and save to make a new one."),
            )
            return
        exports = [
            e for e in self._vault.document_drafts.exports(self._version.id) if not e.redacted
        ]
        if not exports:
            show_message(
                self,
                self.tr("Mark as sent"),
                self.tr(
                    "Export this version as PDF or DOCX first (not as a redacted copy): the "
                    "seal records the fingerprint (SHA-256) of the file that was sent."
                ),
            )
            return
        recipient = next((line for line in self._doc.recipient.split("\n") if line.strip()), "")
        dialog = MarkSentDialog(exports, recipient.strip(), self._ui_lang, self._seal, self)
        self.dialog = dialog
        dialog.open()

    def _seal(self, export_id: int, sent_on: date, recipient: str) -> None:
        try:
            version = self._vault.document_drafts.seal(
                export_id, sent_on=sent_on, recipient=recipient
            )
        except DimeError as exc:
            show_message(self, self.tr("Mark as sent"), error_text(exc))
            return
        self._version = version
        self.status.setText(
            self.tr(
                "Version {n} is marked as sent. Later edits are saved as a new version."
            ).format(n=version.number)
        )
        self._refresh_versions()
        if self._draft_id is not None:
            self.saved.emit(self._draft_id)

    # --- closing ------------------------------------------------------------------
    def save_and_close(self) -> None:
        """When the case form closes (also on lock): unsaved edits become a version."""
        if self._vault.is_open and self.is_dirty():
            self.save()
        self._force_close = True
        if self.unsaved_box is not None:
            self.unsaved_box.close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._force_close or not self.is_dirty():
            self._closing = True
            self.editor_closed.emit(self)
            event.accept()
            return
        event.ignore()
        if self.unsaved_box is not None:
            self.unsaved_box.raise_()
            return
        box = unsaved_changes_box(
            self,
            self.windowTitle().replace("[*]", ""),
            self.tr("This document has changes that are not saved."),
        )
        box.finished.connect(lambda _r: self._on_unsaved_answer(box))
        self.unsaved_box = box
        box.open()

    def _on_unsaved_answer(self, box: QMessageBox) -> None:
        self.unsaved_box = None
        clicked = box.clickedButton()
        answer = (
            box.standardButton(clicked)
            if clicked is not None
            else QMessageBox.StandardButton.Cancel
        )
        if answer == QMessageBox.StandardButton.Save:
            if self.save():
                self._force_close = True
                QTimer.singleShot(0, self.close)
        elif answer == QMessageBox.StandardButton.Discard:
            self._force_close = True
            QTimer.singleShot(0, self.close)

    @property
    def draft_id(self) -> int | None:
        return self._draft_id

    @property
    def document(self) -> DocumentText:
        return self._current()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` in front and give it the keyboard. (Qt's offscreen
    platform, used headless, cannot raise windows and says so.)"""
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


# --- the case form's fields -------------------------------------------------------


def show_case_field(form: Any, target: str) -> bool:
    """Show the case form's tab holding the field ``target`` and focus it."""
    widget: Any = None
    if target == "incident_types":
        boxes = getattr(form, "incident_boxes", {})
        widget = next(iter(boxes.values()), None)
    elif target == "grounds":
        grounds = getattr(form, "grounds", None)
        widget = grounds.first_widget() if grounds is not None else None
    elif target in ("client", "client_name", "client_contact"):
        anonymous = getattr(form, "anonymous", None)
        if anonymous is not None and anonymous.isChecked():
            widget = anonymous  # untick "anonymous contact" first
        else:
            widget = getattr(form, target if target != "client" else "client_name", None)
    elif target == "mediation":
        widget = getattr(form, "mediation_referred", None)
    else:
        widget = getattr(form, target, None)
    if not isinstance(widget, QWidget):
        return False
    covered = _covered(widget)
    tabs = form.tabs
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if page is widget or page.isAncestorOf(widget):
            tabs.setCurrentIndex(i)
            break
    reveal = getattr(form, "reveal_button", None)
    if covered and isinstance(reveal, QWidget):
        reveal.setFocus(Qt.FocusReason.OtherFocusReason)  # discreet mode: show the case first
        return True
    focus = (
        getattr(widget, "view", None) if target in ("timeline", "journal", "follow_ups") else None
    )
    (focus if isinstance(focus, QWidget) else widget).setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def _covered(widget: QWidget) -> bool:
    """Whether discreet mode covers ``widget`` (one of its holders says so)."""
    holder: QWidget | None = widget
    while holder is not None:
        covered = getattr(holder, "covered", None)
        if callable(covered) and covered():
            return True
        holder = holder.parentWidget()
    return False
