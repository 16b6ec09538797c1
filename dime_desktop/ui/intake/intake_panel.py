"""The sorting conversation inside a case: one step at a time.

The steps, questions and texts come from ``resources/intake`` in the app's
language; this module only knows how to show each *type* of question. After
every answer the panel emits ``answers_changed``; the case form then calls
:meth:`IntakePanel.apply_to` on its case. :meth:`answers` is the whole state
(answers, the current step, the adviser's decisions on the suggested next
steps) that ``vault.intake.save`` stores, so the conversation can be left and
resumed, also after a lock.

The conversation starts from the case: :meth:`IntakePanel.sync_from_case`
puts the case's own fields (area, counterpart, grounds with their flags,
incident types, timeline, consent) into the questions that have a field, and
:meth:`IntakePanel.apply_to` writes back only the questions the adviser
changed since, merged into the case (nothing else is dropped). A next step
the adviser accepts or edits becomes a follow-up on the case; dropping it
removes that follow-up again (``intake.answers.follow_up_for_decision``).
Going from step to step changes nothing (:meth:`comparable_state` leaves the
current step out).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.cases.model import Case
from dime_desktop.documents.checklist import checklist_pdf
from dime_desktop.documents.pdf import write_pdf
from dime_desktop.documents.takeaway import takeaway_pdf
from dime_desktop.errors import DimeError
from dime_desktop.intake import (
    answers_from_case,
    apply_answers,
    default_intake,
    evidence_items,
    normalize_state,
    suggest,
)
from dime_desktop.intake.answers import (
    clear_decision,
    deadlines_from_follow_ups,
    decision_of,
    follow_up_for_decision,
    set_decision,
)
from dime_desktop.intake.model import NextStepSuggestion, Question, Step
from dime_desktop.reference import default_reference
from dime_desktop.storage import access_log as audit
from dime_desktop.ui.common.dialogs import ask_save_path, show_message
from dime_desktop.ui.common.widgets import (
    DateEdit,
    ProblemLabel,
    confirm_removal,
    format_date,
    install_wheel_guard,
)

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ISO_ROLE = Qt.ItemDataRole.UserRole + 2


def _shown_date(iso: object, lang: str) -> str:
    """An ISO date of the stored state as the UI shows it (dd.mm.yyyy in bokmål)."""
    try:
        return format_date(date.fromisoformat(str(iso)), lang)
    except ValueError:
        return str(iso or "")


def _same(a: Any, b: Any) -> bool:
    """Two answers mean the same (lists of grounds, codes or events in any order)."""

    def norm(v: Any) -> Any:
        if isinstance(v, str):
            return v.strip() or None  # the case keeps names without outer spaces
        if isinstance(v, list):
            items = [
                tuple(sorted((k, str(x)) for k, x in i.items())) if isinstance(i, dict) else str(i)
                for i in v
            ]
            return sorted(items, key=repr) or None
        return v

    return bool(norm(a) == norm(b))


# --- one editor per question type ----------------------------------------------------------


class _Editor:
    """Shows one question; ``get()`` is the answer (None: unanswered)."""

    widget: QWidget

    def __init__(self, question: Question, changed: Callable[[], None]) -> None:
        self.question = question
        self._changed = changed
        self._loading = False

    def changed(self, *_args: Any) -> None:
        if not self._loading:
            self._changed()

    def get(self) -> Any:
        raise NotImplementedError

    def put(self, value: Any) -> None:
        self._loading = True
        try:
            self._put(value)
        finally:
            self._loading = False

    def _put(self, value: Any) -> None:
        raise NotImplementedError

    def refresh(self, answers: dict[str, Any]) -> None:
        """The other answers changed (only the evidence list cares)."""


class _ComboEditor(_Editor):
    def __init__(
        self, question: Question, changed: Callable[[], None], items: list[tuple[str, Any]],
        parent: QWidget,
    ) -> None:  # fmt: skip
        super().__init__(question, changed)
        self.combo = QComboBox(parent)
        self.combo.addItem("—", None)
        for text, data in items:
            self.combo.addItem(text, data)
        self.combo.currentIndexChanged.connect(self.changed)
        self.widget = self.combo

    def get(self) -> Any:
        return self.combo.currentData()

    def _put(self, value: Any) -> None:
        for i in range(self.combo.count()):
            data = self.combo.itemData(i)
            if data is value or (data is not None and not isinstance(data, bool) and data == value):
                self.combo.setCurrentIndex(i)
                return
        self.combo.setCurrentIndex(0)


class _TextEditor(_Editor):
    def __init__(self, question: Question, changed: Callable[[], None], parent: QWidget) -> None:
        super().__init__(question, changed)
        if question.multiline:
            self.plain: QPlainTextEdit | None = QPlainTextEdit(parent)
            self.plain.setTabChangesFocus(True)
            self.plain.setMaximumHeight(110)
            self.plain.textChanged.connect(self.changed)
            self.line: QLineEdit | None = None
            self.widget = self.plain
        else:
            self.plain = None
            self.line = QLineEdit(parent)
            self.line.textChanged.connect(self.changed)
            self.widget = self.line

    def get(self) -> Any:
        text = self.plain.toPlainText() if self.plain is not None else self.line.text()  # type: ignore[union-attr]
        return text if text.strip() else None

    def _put(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        # the same text again leaves the cursor where the person types
        if self.plain is not None and self.plain.toPlainText() != text:
            self.plain.setPlainText(text)
        elif self.line is not None and self.line.text() != text:
            self.line.setText(text)


class _CheckListEditor(_Editor):
    """Checkable items in a list view (multi-choice and the evidence checklist)."""

    def __init__(
        self, question: Question, changed: Callable[[], None], items: list[tuple[str, str]],
        parent: QWidget,
    ) -> None:  # fmt: skip
        super().__init__(question, changed)
        self.model = QStandardItemModel(parent)
        self.view = QListView(parent)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._set_items(items, set())
        self.model.itemChanged.connect(self.changed)
        self.widget = self.view

    def _set_items(self, items: list[tuple[str, str]], checked: set[str]) -> None:
        self.model.clear()
        for code, text in items:
            item = QStandardItem(text)
            item.setData(code, CODE_ROLE)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        rows = max(1, len(items))
        self.view.setMinimumHeight(min(rows, 12) * 22 + 8)

    def checked(self) -> list[str]:
        out: list[str] = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(CODE_ROLE)))
        return out

    def get(self) -> Any:
        return self.checked() or None

    def _put(self, value: Any) -> None:
        wanted = set(value) if isinstance(value, list) else set()
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            on = item.data(CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class _EvidenceEditor(_CheckListEditor):
    def __init__(
        self, question: Question, changed: Callable[[], None], lang: str, urgent: str,
        parent: QWidget,
    ) -> None:  # fmt: skip
        self._lang = lang
        self._urgent = urgent
        self._kept: set[str] = set()
        super().__init__(question, changed, [], parent)

    def _shown(self) -> set[str]:
        return {str(self.model.item(r).data(CODE_ROLE)) for r in range(self.model.rowCount())}

    def get(self) -> Any:
        # ticks on items the current answers hide are kept, not lost
        codes = set(self.checked()) | (self._kept - self._shown())
        return sorted(codes) or None

    def refresh(self, answers: dict[str, Any]) -> None:
        kept = set(self.get() or [])
        items = [
            (i.code, i.label.get(self._lang) + (f" ({self._urgent})" if i.urgent else ""))
            for i in evidence_items(default_intake(), answers, date.today())
        ]
        self._loading = True
        try:
            self._set_items(items, kept)
        finally:
            self._loading = False
        self._kept = kept

    def _put(self, value: Any) -> None:
        self._kept = set(value) if isinstance(value, list) else set()
        super()._put(value)


class _TimelineEditor(_Editor):
    """Dated events; dates shown in the UI language, kept as ISO (``ISO_ROLE``).
    Removing an event asks first (it is an event of the case's timeline)."""

    def __init__(
        self, question: Question, changed: Callable[[], None], headers: tuple[str, str],
        add_text: str, remove_text: str, lang: str, confirm: tuple[str, str],
        new_names: tuple[str, str], parent: QWidget,
    ) -> None:  # fmt: skip
        super().__init__(question, changed)
        self._lang = lang
        self._confirm = confirm
        self.confirm_box: QMessageBox | None = None
        self.widget = QWidget(parent)
        box = QVBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        self.model = QStandardItemModel(0, 2, self.widget)
        self.model.setHorizontalHeaderLabels(list(headers))
        self.model.setSortRole(ISO_ROLE)
        self.view = QTableView(self.widget)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(headers[1])
        box.addWidget(self.view)
        row = QHBoxLayout()
        self.date_edit = DateEdit(lang, optional=False, parent=self.widget)
        self.date_edit.setAccessibleName(new_names[0])
        self.text_edit = QLineEdit(self.widget)
        self.text_edit.setAccessibleName(new_names[1])
        self.text_edit.setPlaceholderText(new_names[1])
        self.add_button = QPushButton(add_text, self.widget)
        self.remove_button = QPushButton(remove_text, self.widget)
        for w in (self.date_edit, self.text_edit, self.add_button, self.remove_button):
            row.addWidget(w)
        row.setStretch(1, 1)
        box.addLayout(row)
        self.add_button.clicked.connect(self._add)
        self.text_edit.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.model.itemChanged.connect(self.changed)

    def add_event(self, when: date, text: str) -> None:
        self._append(when.isoformat(), text)
        self.model.sort(0)
        self.changed()

    def _append(self, iso: str, text: str) -> None:
        d = QStandardItem(_shown_date(iso, self._lang))
        d.setData(iso, ISO_ROLE)
        d.setEditable(False)
        t = QStandardItem(text)
        t.setData(iso, ISO_ROLE)
        self.model.appendRow([d, t])

    def _add(self) -> None:
        text = self.text_edit.text().strip()
        when = self.date_edit.value()
        if not text or when is None:
            return
        self.add_event(when, text)
        self.text_edit.clear()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        if not rows:
            return
        shown = "\n".join(
            f"{self.model.item(r, 0).text()}: {self.model.item(r, 1).text()}" for r in rows
        )
        title, question = self._confirm

        def remove() -> None:
            self.confirm_box = None
            for r in rows:
                if r < self.model.rowCount():
                    self.model.removeRow(r)
            self.changed()

        self.confirm_box = confirm_removal(self.view, title, f"{question}\n\n{shown}", remove)

    def get(self) -> Any:
        events = [
            {
                "date": str(self.model.item(r, 0).data(ISO_ROLE)),
                "text": self.model.item(r, 1).text().strip(),
            }
            for r in range(self.model.rowCount())
        ]
        return sorted(events, key=lambda e: e["date"]) or None

    def _put(self, value: Any) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for e in value if isinstance(value, list) else []:
            if isinstance(e, dict):
                self._append(str(e.get("date", "")), str(e.get("text", "")))
        self.model.sort(0)


class _GroundsEditor(_Editor):
    FLAGS = ("perceived", "assessed", "by_association")

    def __init__(
        self, question: Question, changed: Callable[[], None], headers: list[str], lang: str,
        parent: QWidget,
    ) -> None:  # fmt: skip
        super().__init__(question, changed)
        self.model = QStandardItemModel(0, 4, parent)
        self.model.setHorizontalHeaderLabels(headers)
        for entry in default_reference().grounds:
            name = QStandardItem(entry.label(lang))
            name.setData(entry.code, CODE_ROLE)
            row = [name] + [QStandardItem() for _ in self.FLAGS]
            for item in row:
                item.setCheckable(True)
                item.setEditable(False)
            self.model.appendRow(row)
        self.view = QTableView(parent)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(300)
        self.model.itemChanged.connect(self._item_changed)
        self.widget = self.view

    def _checked(self, row: int, col: int) -> bool:
        return self.model.item(row, col).checkState() == Qt.CheckState.Checked

    def _set(self, row: int, col: int, on: bool) -> None:
        self.model.item(row, col).setCheckState(
            Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        )

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            row, col = item.row(), item.column()
            if (
                col == 0
                and self._checked(row, 0)
                and not any(self._checked(row, c) for c in (1, 2, 3))
            ):
                self._set(row, 1, True)  # a ground the person names is their own view
            elif col > 0 and self._checked(row, col):
                self._set(row, 0, True)
        finally:
            self._loading = False
        self.changed()

    def get(self) -> Any:
        out = []
        for row in range(self.model.rowCount()):
            if self._checked(row, 0):
                entry: dict[str, Any] = {"code": self.model.item(row, 0).data(CODE_ROLE)}
                for n, flag in enumerate(self.FLAGS, start=1):
                    entry[flag] = self._checked(row, n)
                out.append(entry)
        return out or None

    def _put(self, value: Any) -> None:
        by_code = {g["code"]: g for g in value or [] if isinstance(g, dict) and "code" in g}
        for row in range(self.model.rowCount()):
            g = by_code.get(self.model.item(row, 0).data(CODE_ROLE))
            self._set(row, 0, g is not None)
            for n, flag in enumerate(self.FLAGS, start=1):
                self._set(row, n, bool(g and g.get(flag, flag == "perceived")))


# --- the panel ---------------------------------------------------------------------------


class IntakePanel(QWidget):
    """The guided conversation of one case (see module docstring)."""

    answers_changed = Signal()
    pdf_saved = Signal(str)  # the path of a checklist or take-away just written

    SUGGESTION_COLUMNS = 5

    def __init__(self, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IntakePanel")
        install_wheel_guard()
        self._vault = vault
        self._settings = settings
        self._lang = str(getattr(settings, "language", "nb"))
        self._intake = default_intake()
        self._case_id: int | None = None
        self._state: dict[str, Any] = normalize_state(None, self._intake)
        self._editors: dict[str, _Editor] = {}
        self._suggestions: list[NextStepSuggestion] = []
        self._loading = False
        # questions that fill in a case field, and their values at the last sync
        self._field_qids = {q.id for q in self._intake.questions.values() if q.field is not None}
        self._synced: dict[str, Any] = {}
        self._pending_decisions: set[str] = set()
        #: The case as its form shows it now (set by the case form); documents
        #: are made from it. None: the stored case.
        self.case_source: Callable[[], Case] | None = None
        self._build()
        self._show_step(0)

    # --- building ---------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)

        self.step_model = QStandardItemModel(self)
        for n, step in enumerate(self._intake.steps, start=1):
            item = QStandardItem(f"{n}. {step.title.get(self._lang)}")
            item.setEditable(False)
            item.setData(step.id, CODE_ROLE)
            self.step_model.appendRow(item)
        self.step_list = QListView(self)
        self.step_list.setModel(self.step_model)
        self.step_list.setAccessibleName(self.tr("Steps of the conversation"))
        self.step_list.setMaximumWidth(230)
        self.step_list.selectionModel().currentChanged.connect(self._on_step_selected)
        top.addWidget(self.step_list)

        self.stack = QStackedWidget(self)
        top.addWidget(self.stack, 1)
        for step in self._intake.steps:
            self.stack.addWidget(self._build_step(step))

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("< &Previous"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.prev_button.clicked.connect(lambda: self._show_step(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self._show_step(self.stack.currentIndex() + 1))
        self.print_checklist_button = QPushButton(self.tr("Print checklist…"), self)
        self.save_checklist_button = QPushButton(self.tr("Save checklist as PDF…"), self)
        self.save_takeaway_button = QPushButton(self.tr("Save take-away sheet as PDF…"), self)
        self.print_checklist_button.clicked.connect(self._print_checklist_clicked)
        self.save_checklist_button.clicked.connect(self._save_checklist_clicked)
        self.save_takeaway_button.clicked.connect(self._save_takeaway_clicked)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.print_checklist_button)
        nav.addWidget(self.save_checklist_button)
        nav.addWidget(self.save_takeaway_button)
        outer.addLayout(nav)

    def _build_step(self, step: Step) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        n = self._intake.step_ids().index(step.id) + 1
        title = QLabel(f"<h2>{n}. {_html(step.title.get(self._lang))}</h2>", page)
        intro = QLabel(step.intro.get(self._lang), page)
        intro.setWordWrap(True)
        box.addWidget(title)
        box.addWidget(intro)
        if step.suggestions:
            box.addWidget(self._build_suggestions(page), 1)
            return page
        body = QWidget(page)
        form = QVBoxLayout(body)
        for q in step.questions:
            editor = self._make_editor(q, body)
            self._editors[q.id] = editor
            label = QLabel(f"<b>{_html(q.label.get(self._lang))}</b>", body)
            label.setWordWrap(True)
            label.setBuddy(editor.widget)
            editor.widget.setAccessibleName(q.label.get(self._lang))
            editor.widget.setObjectName(q.id)
            form.addWidget(label)
            form.addWidget(editor.widget)
            form.addSpacing(6)
        form.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        box.addWidget(scroll, 1)
        return page

    def _make_editor(self, q: Question, parent: QWidget) -> _Editor:
        changed = self._on_answer
        lang = self._lang
        if q.type == "bool":
            return _ComboEditor(
                q, changed, [(self.tr("Yes"), True), (self.tr("No"), False)], parent
            )
        if q.type == "choice":
            return _ComboEditor(
                q, changed, [(o.label.get(lang), o.code) for o in q.options], parent
            )
        if q.type == "multi":
            items = [(o.code, o.label.get(lang)) for o in q.options]
            return _CheckListEditor(q, changed, items, parent)
        if q.type == "checklist":
            return _EvidenceEditor(q, changed, lang, self.tr("secure now"), parent)
        if q.type == "timeline":
            columns = (self.tr("Date"), self.tr("What happened"))
            confirm = (self.tr("Timeline"), self.tr("Remove this event from the timeline?"))
            new_names = (self.tr("New event: date"), self.tr("New event: what happened"))
            return _TimelineEditor(
                q, changed, columns, self.tr("&Add event"), self.tr("&Remove event"), lang,
                confirm, new_names, parent,
            )  # fmt: skip
        if q.type == "grounds":
            headers = [
                self.tr("Ground"), self.tr("The person's view"), self.tr("Adviser's assessment"),
                self.tr("By association"),
            ]  # fmt: skip
            return _GroundsEditor(q, changed, headers, lang, parent)
        return _TextEditor(q, changed, parent)  # text, date

    def _build_suggestions(self, parent: QWidget) -> QWidget:
        w = QWidget(parent)
        box = QVBoxLayout(w)
        box.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr(
                "Accepted and edited steps become follow-ups of the case "
                "(tab “Follow-up and timeline”), where you can change their date."
            ),
            w,
        )
        note.setWordWrap(True)
        box.addWidget(note)
        self.suggestion_model = QStandardItemModel(0, self.SUGGESTION_COLUMNS, w)
        self.suggestion_model.setHorizontalHeaderLabels(
            [self.tr("Decision"), self.tr("Next step"), self.tr("Reason"), self.tr("Deadline"),
             self.tr("Warning")]
        )  # fmt: skip
        self.suggestion_view = QTableView(w)
        self.suggestion_view.setModel(self.suggestion_model)
        self.suggestion_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestion_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestion_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_view.setWordWrap(True)
        self.suggestion_view.setTabKeyNavigation(False)
        self.suggestion_view.setAccessibleName(self.tr("Suggested next steps"))
        self.suggestion_view.verticalHeader().setVisible(False)
        header = self.suggestion_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.suggestion_view.selectionModel().currentRowChanged.connect(self._on_suggestion_row)
        box.addWidget(self.suggestion_view, 1)

        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), w)
        self.drop_button = QPushButton(self.tr("&Drop"), w)
        self.undecide_button = QPushButton(self.tr("&Undecide"), w)
        self.accept_button.clicked.connect(lambda: self._decide_selected("accepted"))
        self.drop_button.clicked.connect(lambda: self._decide_selected("dropped"))
        self.undecide_button.clicked.connect(lambda: self._decide_selected(None))
        for b in (self.accept_button, self.drop_button, self.undecide_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)

        edit = QFormLayout()
        self.edit_text = QLineEdit(w)
        self.edit_text.setAccessibleName(self.tr("Next step in your own words"))
        deadline_row = QHBoxLayout()
        self.edit_deadline = DateEdit(self._lang, optional=True, parent=w)
        self.edit_deadline.setAccessibleName(self.tr("Deadline of the step"))
        deadline_label = QLabel(self.tr("Dead&line:"), w)
        deadline_label.setBuddy(self.edit_deadline)
        self.save_edit_button = QPushButton(self.tr("&Save as edited"), w)
        self.save_edit_button.clicked.connect(self._save_edit)
        deadline_row.addWidget(deadline_label)
        deadline_row.addWidget(self.edit_deadline)
        deadline_row.addStretch(1)
        deadline_row.addWidget(self.save_edit_button)
        edit_label = QLabel(self.tr("&Edit the selected step:"), w)
        edit_label.setBuddy(self.edit_text)
        edit.addRow(edit_label, self.edit_text)
        edit.addRow("", _wrap(deadline_row, w))
        box.addLayout(edit)
        # Problems and the selected step's details have room of their own that
        # never changes size: nothing above or beside them moves when they appear.
        self.edit_problem = ProblemLabel(w, reserve_lines=1)
        box.addWidget(self.edit_problem)
        self.suggestion_detail = QLabel(w)
        self.suggestion_detail.setWordWrap(True)
        self.suggestion_detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.suggestion_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QScrollArea(w)
        detail.setWidgetResizable(True)
        detail.setFrameShape(QFrame.Shape.NoFrame)
        detail.setWidget(self.suggestion_detail)
        detail.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        box.addWidget(detail)
        return w

    # --- the contract with the case form -------------------------------------------------
    def load(self, case_id: int | None, answers: dict[str, Any] | None) -> None:
        """Show the conversation of case ``case_id`` (None: a case not saved
        yet). ``answers`` is a stored state; None starts a new conversation.
        A stored case's own fields go into the questions that have a field
        (the case form syncs again from what it shows)."""
        self._case_id = case_id
        self._state = normalize_state(answers, self._intake)
        self._synced = {}
        self._pending_decisions.clear()
        self._loading = True
        try:
            for qid, editor in self._editors.items():
                editor.refresh(self._state["answers"])
                editor.put(self._state["answers"].get(qid))
        finally:
            self._loading = False
        case = self._stored_case()
        if case is not None:
            self.sync_from_case(case)
        self._refresh_suggestions()
        self._show_step(self._intake.step_ids().index(self._state["step"]))

    def set_case_id(self, case_id: int | None) -> None:
        """The case was saved for the first time and got this id."""
        self._case_id = case_id

    def sync_from_case(self, case: Case) -> bool:
        """Show the case's own fields in the questions that have one (the
        conversation starts from the case, and follows changes made on the
        form's other tabs). Not an answer: emits nothing. A follow-up of an
        agreed step whose date the adviser changed gives the step that date.
        True when anything shown changed."""
        values = answers_from_case(case, self._intake)
        answers = self._state["answers"]
        changed = False
        self._loading = True
        try:
            for qid in self._field_qids:
                value = values.get(qid)
                editor = self._editors.get(qid)
                if editor is not None and not _same(editor.get(), value):
                    editor.put(value)
                    changed = True
                if value is None:
                    changed = answers.pop(qid, None) is not None or changed
                elif not _same(answers.get(qid), value):
                    answers[qid] = copy.deepcopy(value)
                    changed = True
            self._synced = {qid: copy.deepcopy(values.get(qid)) for qid in self._field_qids}
            if deadlines_from_follow_ups(case, self._state):
                changed = True
            if changed:
                for editor in self._editors.values():
                    editor.refresh(answers)
        finally:
            self._loading = False
        if changed:
            self._refresh_suggestions()
        return changed

    def answers(self) -> dict[str, Any]:
        """The state to store: answers, current step, decisions."""
        return copy.deepcopy(self._state)

    def comparable_state(self) -> dict[str, Any]:
        """What counts as a change of the conversation: the answers that have
        no case field (those are the case's own, compared there) and the
        decisions; never the step shown."""
        answers = {k: v for k, v in self._state["answers"].items() if k not in self._field_qids}
        return copy.deepcopy({"answers": answers, "decisions": self._state["decisions"]})

    def changed_fields(self) -> list[str]:
        """Questions with a case field whose answer the adviser changed since the last sync."""
        answers = self._state["answers"]
        return [
            qid
            for qid in sorted(self._field_qids)
            if not _same(answers.get(qid), self._synced.get(qid))
        ]

    def apply_to(self, case: Case) -> None:
        """Write into the case what the adviser changed in the conversation
        since the last :meth:`sync_from_case`, merged (see
        ``intake.answers.apply_answers``), and turn decisions made since into
        follow-ups (``intake.answers.follow_up_for_decision``)."""
        apply_answers(case, self._intake, self._state["answers"], only=self.changed_fields())
        for rule_id in sorted(self._pending_decisions):
            follow_up_for_decision(
                case, self._intake, self._state, rule_id, date.today(), self._lang
            )
        self._pending_decisions.clear()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.load(None, None)

    # --- steps -----------------------------------------------------------------------
    def current_step(self) -> str:
        return self._intake.steps[self.stack.currentIndex()].id

    def go_to(self, step_id: str) -> None:
        self._show_step(self._intake.step_ids().index(step_id))

    def _show_step(self, index: int) -> None:
        index = max(0, min(index, len(self._intake.steps) - 1))
        self.stack.setCurrentIndex(index)
        current = self.step_model.index(index, 0)
        if self.step_list.currentIndex() != current:
            self.step_list.setCurrentIndex(current)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self._intake.steps) - 1)
        self._state["step"] = self._intake.steps[index].id
        if self._intake.steps[index].suggestions:
            self._refresh_suggestions()

    def _on_step_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.stack.currentIndex():
            self._show_step(current.row())

    # --- answers -----------------------------------------------------------------------
    def set_answer(self, qid: str, value: Any) -> None:
        """Answer a question as if typed (used by tests and scripts)."""
        self._editors[qid].put(value)
        self._on_answer()

    def editor_widget(self, qid: str) -> QWidget:
        return self._editors[qid].widget

    def editor(self, qid: str) -> Any:
        return self._editors[qid]

    def _on_answer(self) -> None:
        if self._loading:
            return
        answers: dict[str, Any] = {}
        for qid, editor in self._editors.items():
            value = editor.get()
            if value is not None:
                answers[qid] = value
        self._state["answers"] = answers
        for editor in self._editors.values():
            editor.refresh(answers)
        self._refresh_suggestions()
        self.answers_changed.emit()

    # --- suggestions -------------------------------------------------------------------
    def suggestions(self) -> list[NextStepSuggestion]:
        return list(self._suggestions)

    def _refresh_suggestions(self) -> None:
        self._suggestions = suggest(self._intake, self._state["answers"], date.today())
        selected = self._selected_suggestion()
        m = self.suggestion_model
        m.removeRows(0, m.rowCount())
        status_text = {
            "accepted": self.tr("Accepted"), "edited": self.tr("Edited"),
            "dropped": self.tr("Dropped"), None: self.tr("Not decided"),
        }  # fmt: skip
        for s in self._suggestions:
            d = decision_of(self._state, s.id) or {}
            text = d.get("text") if d.get("status") == "edited" and d.get("text") else None
            deadline = d.get("deadline") or (s.deadline.isoformat() if s.deadline else "")
            deadline = _shown_date(deadline, self._lang) if deadline else ""
            reason = s.reason.get(self._lang)
            for w in s.warnings:
                reason += "\n⚠ " + w.get(self._lang)
            warning = "⚠ " + self.tr("Yes") if s.warning else ""
            row = [
                QStandardItem(status_text.get(d.get("status"), status_text[None])),
                QStandardItem(text or s.text.get(self._lang)),
                QStandardItem(reason),
                QStandardItem(deadline),
                QStandardItem(warning),
            ]
            row[0].setData(s.id, CODE_ROLE)
            if s.warning:
                for item in row:
                    item.setForeground(Qt.GlobalColor.darkRed)
            m.appendRow(row)
        self.suggestion_view.resizeRowsToContents()
        if selected is not None:
            self.select_suggestion(selected)

    def _selected_suggestion(self) -> str | None:
        index = self.suggestion_view.currentIndex()
        if not index.isValid():
            return None
        data = self.suggestion_model.item(index.row(), 0).data(CODE_ROLE)
        return str(data) if data is not None else None

    def select_suggestion(self, rule_id: str) -> None:
        for row in range(self.suggestion_model.rowCount()):
            if self.suggestion_model.item(row, 0).data(CODE_ROLE) == rule_id:
                self.suggestion_view.setCurrentIndex(self.suggestion_model.index(row, 0))
                return

    def _on_suggestion_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rule_id = self._selected_suggestion()
        s = next((x for x in self._suggestions if x.id == rule_id), None)
        if s is None:
            self.suggestion_detail.clear()
            return
        d = decision_of(self._state, s.id) or {}
        self.edit_text.setText(str(d.get("text") or s.text.get(self._lang)))
        self.edit_problem.show_problem("")
        deadline = d.get("deadline") or (s.deadline.isoformat() if s.deadline else None)
        try:
            self.edit_deadline.set_value(date.fromisoformat(str(deadline)) if deadline else None)
        except ValueError:
            self.edit_deadline.set_value(None)
        services = [self._intake.services[c] for c in s.services]
        lines = [f"<b>{_html(self.tr('Reason'))}:</b> {_html(s.reason.get(self._lang))}"]
        lines += [
            f"<b>{_html(self.tr('Warning'))}:</b> {_html(w.get(self._lang))}" for w in s.warnings
        ]
        lines += [f"→ {_html(x.name)}: {_html(x.reach.get(self._lang))}" for x in services]
        self.suggestion_detail.setText("<br>".join(lines))

    def decide(
        self, rule_id: str, status: str | None, *, text: str | None = None,
        deadline: date | None = None,
    ) -> None:  # fmt: skip
        """Accept / edit / drop a suggestion (None: undecided again)."""
        if status is None:
            clear_decision(self._state, rule_id)
        else:
            if deadline is None and status == "accepted":
                s = next((x for x in self._suggestions if x.id == rule_id), None)
                deadline = s.deadline if s else None
            set_decision(self._state, rule_id, status, text=text, deadline=deadline)
        self._pending_decisions.add(rule_id)  # its follow-up, at the next apply_to
        self._refresh_suggestions()
        self.answers_changed.emit()

    def _decide_selected(self, status: str | None) -> None:
        rule_id = self._selected_suggestion()
        if rule_id is None:
            self.edit_problem.show_problem(self.tr("Choose a step in the list first."))
            return
        self.edit_problem.show_problem("")
        self.decide(rule_id, status)

    def _save_edit(self) -> None:
        rule_id = self._selected_suggestion()
        if rule_id is None:
            self.edit_problem.show_problem(self.tr("Choose a step in the list first."))
            return
        if not self.edit_text.text().strip():
            self.edit_problem.show_problem(self.tr("Write the step in your own words."))
            return
        if self.edit_deadline.problem() is not None:
            self.edit_problem.show_problem(self.tr("The deadline is not a valid date."))
            return
        self.edit_problem.show_problem("")
        deadline = self.edit_deadline.value()
        self.decide(rule_id, "edited", text=self.edit_text.text().strip(), deadline=deadline)

    # --- documents -----------------------------------------------------------------------
    def _stored_case(self) -> Case | None:
        if self._case_id is None:
            return None
        try:
            case: Case = self._vault.cases.get_by_id(self._case_id)
        except DimeError:
            return None
        return case

    def _current_case(self) -> Case:
        """The case as its form shows it (saved or not), else the stored case
        with the answers written in."""
        if self.case_source is not None:
            return self.case_source()
        case = self._stored_case() or Case(opened=date.today(), area="other")
        apply_answers(case, self._intake, self._state["answers"])
        return case

    def checklist_bytes(self) -> bytes:
        return checklist_pdf(
            made_on=date.today(), lang=self._lang, case=self._current_case(), state=self._state
        )

    def takeaway_bytes(self) -> bytes:
        return takeaway_pdf(
            case=self._current_case(), state=self._state, made_on=date.today(), lang=self._lang
        )

    def save_checklist_pdf(self, path: Path) -> None:
        write_pdf(path, self.checklist_bytes())
        self._log(audit.EXPORTED, "checklist")

    def save_takeaway_pdf(self, path: Path) -> None:
        write_pdf(path, self.takeaway_bytes())
        self._log(audit.EXPORTED, "takeaway")

    def _log(self, event: str, what: str) -> None:
        """The access log (issue 12): a document of a stored case left the vault."""
        if self._case_id is not None and self._vault is not None and self._vault.is_open:
            self._vault.log(event, case_id=self._case_id, detail=what)

    def _file_name(self, kind: str) -> str:
        ref = self._current_case().reference or ""
        return f"{kind}-{ref}.pdf" if ref else f"{kind}.pdf"

    def _save(self, make: Callable[[Path], None], title: str, kind: str) -> None:
        """Ask where (non-blocking), then write; a problem is shown, never raised."""

        def chosen(path: Path) -> None:
            if path.suffix.lower() != ".pdf":
                path = path.with_suffix(".pdf")
            try:
                make(path)
            except (DimeError, OSError) as exc:
                from dime_desktop.ui.common.error_text import error_text

                show_message(self, title, error_text(exc))
                return
            self.pdf_saved.emit(str(path))

        ask_save_path(
            self, title, self._file_name(kind), self.tr("PDF (*.pdf)"), chosen, default_suffix="pdf"
        )

    def _save_checklist_clicked(self) -> None:
        self._save(self.save_checklist_pdf, self.tr("Save checklist as PDF"), self.tr("checklist"))

    def _save_takeaway_clicked(self) -> None:
        self._save(
            self.save_takeaway_pdf, self.tr("Save take-away sheet as PDF"), self.tr("takeaway")
        )

    def _print_checklist_clicked(self) -> None:
        """Print the checklist exactly as "Save checklist as PDF" writes it."""
        from dime_desktop.ui.common.error_text import error_text
        from dime_desktop.ui.common.printing import print_pdf

        try:
            print_pdf(
                self,
                self.checklist_bytes(),
                self.tr("Print checklist"),
                on_printed=lambda: self._log(audit.PRINTED, "checklist"),
            )
        except DimeError as exc:
            show_message(self, self.tr("Print checklist"), error_text(exc))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrap(layout: QHBoxLayout, parent: QWidget) -> QWidget:
    w = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
