"""The documents of a case: a tab of the case form listing its drafts (kind,
language, versions, sent or not), with buttons to make a new one of each kind
and to open one in the editor."""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.drafting import document_kinds, template_for
from dime_desktop.errors import DimeError
from dime_desktop.storage.document_drafts import DocumentDraft
from dime_desktop.ui.common.case_panel import CaseTabPanel
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.widgets import format_date
from dime_desktop.ui.drafting.editor import DraftEditor, bring_to_front
from dime_desktop.ui.drafting.models import (
    COL_KIND,
    COL_LANG,
    COL_SAVED,
    COL_SENT,
    COL_VERSION,
    DraftsTableModel,
    local_time_text,
)

__all__ = ["COL_KIND", "COL_LANG", "COL_SAVED", "COL_SENT", "COL_VERSION", "DraftsPanel"]


class DraftsPanel(CaseTabPanel):
    """The document drafts of one case."""

    editor_opened = Signal(object)

    def __init__(self, vault: Any, settings: Any, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DraftsPanel")
        self._vault = vault
        self._settings = settings
        self._form_ref = weakref.ref(form)  # no cycle: the form owns this widget
        self._lang = str(getattr(settings, "language", "nb"))
        self._case_id: int | None = None
        self._drafts: list[DocumentDraft] = []
        self._closed = False
        self.editors: list[DraftEditor] = []

        self.hint = QLabel(self.tr("Save the case first; then you can make documents."), self)
        self.hint.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "New document, prefilled from the case (its fields, the intake, the timeline "
                "and the evidence):"
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.new_buttons: dict[str, QPushButton] = {}
        for n, kind in enumerate(document_kinds()):
            title = template_for(kind).name.get(self._lang)
            button = QPushButton(title, self)
            button.setAccessibleName(self.tr("New: {title}").format(title=title))
            button.clicked.connect(lambda _c=False, k=kind: self.new_document(k))
            grid.addWidget(button, n // 3, n % 3)
            self.new_buttons[kind] = button

        self.model = DraftsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Documents of the case"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        for col in (COL_LANG, COL_VERSION, COL_SAVED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SENT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open document"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete document"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        form.saved.connect(self._on_case_saved)
        form.form_closed.connect(lambda _f: self.close_panel())
        self.set_case(getattr(form, "case_id", None))

    @property
    def _form(self) -> Any:
        return self._form_ref()

    def _evidence_panel(self) -> Any:
        return next(
            (w for w in getattr(self._form, "extra_tabs", []) if hasattr(w, "evidence_changed")),
            None,
        )

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.hint.setVisible(case_id is None)
        for b in self.new_buttons.values():
            b.setEnabled(case_id is not None)
        self.reload()

    def reload(self) -> None:
        self._drafts = []
        if self._case_id is not None and self._vault.is_open:
            try:
                self._drafts = self._vault.document_drafts.list_for_case(self._case_id)
            except DimeError as exc:
                self.status.setText(error_text(exc))
        rows = []
        for d in self._drafts:
            latest = d.latest
            sent = ""
            sealed = [v for v in self._sealed_versions(d)]
            if sealed:
                v = sealed[-1]
                sent = self.tr("Version {n} sent {date} to {recipient}").format(
                    n=v.number, date=format_date(v.sent_on, self._lang), recipient=v.sent_to
                )
            cells = (
                self._name(d.kind, latest.content.title),
                "bokmål" if latest.lang == "nb" else "English",
                str(latest.number),
                local_time_text(latest.saved_at, self._lang),
                sent,
            )
            rows.append((int(d.id), cells))
        self.model.set_rows(rows)
        if self._drafts:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self._drafts))
        self.delete_button.setEnabled(bool(self._drafts))

    def _name(self, kind: str, fallback: str) -> str:
        try:
            return template_for(kind).name.get(self._lang)
        except DimeError:
            return fallback

    def _sealed_versions(self, draft: DocumentDraft) -> list[Any]:
        if not draft.latest.sealed and draft.version_count == 1:
            return []
        try:
            return [v for v in self._vault.document_drafts.versions(draft.id) if v.sealed]
        except DimeError:
            return []

    def _selected(self) -> DocumentDraft | None:
        row = self.table.currentIndex().row()
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    # --- editors ----------------------------------------------------------------
    def _track(self, editor: DraftEditor) -> DraftEditor:
        self.editors.append(editor)
        editor.saved.connect(lambda _id: self.reload())
        editor.editor_closed.connect(self._forget)
        evidence = self._evidence_panel()
        if evidence is not None:
            evidence.evidence_changed.connect(editor._on_case_changed)
        bring_to_front(editor)
        self.editor_opened.emit(editor)
        return editor

    def _forget(self, editor: DraftEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def new_document(self, kind: str) -> DraftEditor | None:
        if self._case_id is None:
            return None
        try:
            editor = DraftEditor(
                self._vault, self._settings, self._form, kind=kind, lang="nb", parent=self
            )
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return None
        return self._track(editor)

    def open_selected(self) -> DraftEditor | None:
        draft = self._selected()
        if draft is None:
            return None
        for editor in self.editors:
            if editor.draft_id == draft.id:
                bring_to_front(editor)
                return editor
        try:
            fresh = self._vault.document_drafts.get(draft.id)
            editor = DraftEditor(self._vault, self._settings, self._form, draft=fresh, parent=self)
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return None
        return self._track(editor)

    def delete_selected(self) -> None:
        draft = self._selected()
        if draft is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete document"))
        box.setText(self.tr("Delete this document with all its versions? This cannot be undone."))
        delete = box.addButton(self.tr("De&lete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        draft_id = draft.id

        def answered(_r: int) -> None:
            if box.clickedButton() is not delete or self._closed:
                return
            for editor in list(self.editors):
                if editor.draft_id == draft_id:
                    editor.save_and_close()
            try:
                self._vault.document_drafts.delete(draft_id)
            except DimeError as exc:
                self.status.setText(error_text(exc))
            self.reload()

        box.finished.connect(answered)
        box.open()

    def close_panel(self) -> None:
        """The case form closes (also on lock): every open editor saves and closes."""
        if self._closed:
            return
        self._closed = True
        for editor in list(self.editors):
            editor.save_and_close()
        self.clear()

    def clear(self) -> None:
        self._drafts = []
        self.model.set_rows([])

    def set_discreet(self, _on: bool) -> None:
        """The list shows kinds and dates only."""
