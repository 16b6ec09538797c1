"""The case form: every field of the case register, in a tab of the main window.

Sections are tabs (case, grounds and incident, summary and journal,
follow-up and timeline, mediation, client, and the intake conversation).
Problems are shown next to the field they concern. Nothing is lost silently:
closing with unsaved changes asks Save / Discard / Cancel, removing a dated
entry asks first, and ``to_unsaved_form()`` / ``from_unsaved_form()`` carry the whole state
through a lock (the main window keeps its unsaved contents in the encrypted vault).

Discreet mode covers the client's name, contact details and notes, the
summary and the journal with a "hidden" note until the adviser clicks "Show
this case" (for this case only; discreet mode on again hides it again). The
tab's title never carries a name.

The intake conversation starts from the case's fields and writes back only
what the adviser changed in it (merged: lists keep their order and ids);
agreed next steps become follow-ups. Documents (checklist, take-away) are
made from what the form shows, saved or not.
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.cases.model import (
    STATUS_CLOSED,
    Case,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
    consent_problems,
    validate_case,
)
from dime_desktop.errors import CaseInvalid, DimeError, FieldProblem
from dime_desktop.reference import ReferenceList, default_reference
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.widgets import (
    DateEdit,
    GroundSelector,
    ProblemLabel,
    confirm_removal,
    format_date,
    install_wheel_guard,
    unsaved_changes_box,
)
from dime_desktop.ui.mediation.hooks import add_referral_button
from dime_desktop.ui.privacy.consent_editor import ConsentEditor, consent_to_dict

DRAFT_VERSION = 1
_Index = QModelIndex | QPersistentModelIndex

KIND_JOURNAL = "journal"
KIND_FOLLOW_UP = "follow_up"
KIND_TIMELINE = "timeline"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _from_iso(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


# --- dated lists: journal, follow-ups, timeline ------------------------------


class DatedEntriesModel(QAbstractTableModel):
    """Dated entries as plain dicts ``{"date", "text", "done", "id", "source"}``,
    sorted by date (``source``: see ``FollowUp.source``)."""

    changed = Signal()

    def __init__(self, kind: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._language = language
        self._items: list[dict[str, Any]] = []

    def items(self) -> list[dict[str, Any]]:
        return [dict(i) for i in self._items]

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._items = sorted(
            ({"source": "", **i} for i in items), key=lambda i: str(i["date"] or "")
        )
        self.endResetModel()
        self.changed.emit()

    def add(self, when: date, text: str, done: bool = False) -> None:
        items = self.items()
        items.append(
            {"date": when.isoformat(), "text": text, "done": done, "id": None, "source": ""}
        )
        self.set_items(items)

    def replace(self, row: int, when: date, text: str, done: bool) -> None:
        items = self.items()
        items[row].update(date=when.isoformat(), text=text, done=done)
        self.set_items(items)

    def remove(self, row: int) -> None:
        items = self.items()
        del items[row]
        self.set_items(items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (3 if self.kind == KIND_FOLLOW_UP else 2)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Date")
        if section == 1:
            if self.kind == KIND_FOLLOW_UP:
                return self.tr("Note")
            if self.kind == KIND_TIMELINE:
                return self.tr("What happened")
            return self.tr("Entry")
        return self.tr("Done")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 2:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return format_date(_from_iso(item["date"]), self._language)
            if col == 1:
                text = str(item["text"])
                if role == Qt.ItemDataRole.DisplayRole:
                    return text.replace("\n", " ")
                return text
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == 2:
            return Qt.CheckState.Checked if item.get("done") else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() == 2 and role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            self._items[index.row()]["done"] = done
            self.dataChanged.emit(index, index, [role])
            self.changed.emit()
            return True
        return False


class DatedEntryDialog(QDialog):
    """Add or edit one dated entry."""

    def __init__(
        self,
        kind: str,
        language: str,
        parent: QWidget | None = None,
        *,
        when: date | None = None,
        text: str = "",
        done: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dated entry"))
        form = QFormLayout()
        self.date = DateEdit(language, optional=False, parent=self)
        self.date.set_value(when or date.today())
        self.date.setAccessibleName(self.tr("Date"))
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(self.tr("Text"))
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)
        self.done_box = QCheckBox(self.tr("D&one"), self)
        self.done_box.setChecked(done)
        self.done_box.setAccessibleName(self.tr("Done"))
        self.done_box.setVisible(kind == KIND_FOLLOW_UP)
        form.addRow("", self.done_box)
        self.problem = ProblemLabel(self, reserve_lines=1)
        form.addRow("", self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._kind = kind

    def accept(self) -> None:
        problem = self.date.problem()
        if problem == "invalid_date":
            self.problem.show_problem(self.tr("This is not a valid date."))
            self.date.setFocus()
            return
        if problem == "required":
            self.problem.show_problem(self.tr("Write the date."))
            self.date.setFocus()
            return
        if self._kind == KIND_JOURNAL and not self.text.toPlainText().strip():
            self.problem.show_problem(self.tr("Write something in the entry."))
            return
        super().accept()


class DatedListEditor(QWidget):
    """A table of dated entries with Add / Edit / Remove."""

    changed = Signal()

    def __init__(self, kind: str, language: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._language = language
        self.model = DatedEntriesModel(kind, language, self)
        self.model.changed.connect(self.changed)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if kind == KIND_FOLLOW_UP:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add entry to {list}").format(list=name))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit entry in {list}").format(list=name))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove entry from {list}").format(list=name))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.dialog: DatedEntryDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._name = name

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def open_add_dialog(self) -> DatedEntryDialog:
        dialog = DatedEntryDialog(self.kind, self._language, self)
        dialog.accepted.connect(
            lambda: self.model.add(
                dialog.date.value() or date.today(),
                dialog.text.toPlainText().strip(),
                dialog.done_box.isChecked(),
            )
        )
        self._open(dialog)
        return dialog

    def edit_selected(self) -> DatedEntryDialog | None:
        row = self._selected_row()
        if row < 0:
            return None
        item = self.model.items()[row]
        dialog = DatedEntryDialog(
            self.kind,
            self._language,
            self,
            when=_from_iso(item["date"]),
            text=str(item["text"]),
            done=bool(item.get("done")),
        )
        dialog.accepted.connect(
            lambda: self.model.replace(
                row,
                dialog.date.value() or date.today(),
                dialog.text.toPlainText().strip(),
                dialog.done_box.isChecked(),
            )
        )
        self._open(dialog)
        return dialog

    def _open(self, dialog: DatedEntryDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_done)
        dialog.open()

    def _dialog_done(self, _result: int) -> None:
        self.dialog = None

    def remove_selected(self) -> QMessageBox | None:
        """Ask first; the entry goes only when the person clicks Remove."""
        row = self._selected_row()
        if row < 0:
            return None
        item = self.model.items()[row]
        shown = format_date(_from_iso(item["date"]), self._language)
        text = str(item["text"]).replace("\n", " ")
        if len(text) > 80:
            text = text[:79] + "…"
        if self.kind == KIND_JOURNAL:
            question = self.tr("Remove this journal entry?")
        elif self.kind == KIND_TIMELINE:
            question = self.tr("Remove this event from the timeline?")
        else:
            question = self.tr("Remove this follow-up?")

        def remove() -> None:
            self.confirm_box = None
            items = self.model.items()
            if row < len(items) and items[row] == item:
                self.model.remove(row)

        box = confirm_removal(self, self._name, f"{question}\n\n{shown}: {text}", remove)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        return box


# --- the form ------------------------------------------------------------------


class _Cover(QStackedWidget):
    """A field that discreet mode covers: the field, or a note that it is hidden."""

    def __init__(self, field: QWidget, hidden_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.note = QLabel(hidden_text, self)
        self.note.setWordWrap(True)
        font = self.note.font()
        font.setItalic(True)
        self.note.setFont(font)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.addWidget(field)
        self.addWidget(self.note)
        self.setFocusProxy(field)

    def set_covered(self, on: bool) -> None:
        self.setCurrentIndex(1 if on else 0)
        self.setFocusProxy(None if on else self.field)  # type: ignore[arg-type]
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if on else Qt.FocusPolicy.StrongFocus)

    def covered(self) -> bool:
        return self.currentIndex() == 1

    def sizeHint(self) -> Any:
        return self.field.sizeHint()

    def minimumSizeHint(self) -> Any:
        return self.field.minimumSizeHint()


def extra_tab_factories() -> list[Callable[[Any, Any, Any], tuple[QWidget, str]]]:
    """Tabs other capabilities add to every case form, in this order: each
    factory gets (form, vault, settings) and returns (widget, tab title)."""
    from dime_desktop.ui.drafting.case_tab import drafts_tab
    from dime_desktop.ui.evidence.case_tab import evidence_tab
    from dime_desktop.ui.privacy.case_tab import access_tab

    return [evidence_tab, drafts_tab, access_tab]


def _load_intake_panel() -> type | None:
    try:
        from dime_desktop.ui.intake.intake_panel import IntakePanel
    except ImportError:
        return None
    return IntakePanel


class CaseForm(QWidget):
    """One case, new (``case=None``) or existing, in a tab of the main window.

    Its ``windowTitle()`` (``[*]`` marks unsaved changes) is the tab's text."""

    saved = Signal(int)  # case id
    form_closed = Signal(object)  # this form
    dirty_changed = Signal(bool)

    def __init__(
        self,
        vault: Any,
        settings: Any,
        case: Case | None = None,
        *,
        discreet: bool = True,
        form_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("CaseForm")
        self._vault = vault
        self._settings = settings
        self._lang = str(getattr(settings, "language", "nb"))
        self._ref = default_reference()
        self._discreet = discreet
        self._case_id: int | None = case.id if case else None
        self._reference: str | None = case.reference if case else None
        # the stored row version this form started from (issue 9: a save over a
        # newer version is refused with CaseChangedElsewhere)
        self._row_version: int = case.version if case else 0
        if form_key:
            self.form_key = form_key
        elif case is not None and case.id is not None:
            self.form_key = f"case:{case.id}"
        else:
            self.form_key = f"new:{uuid.uuid4().hex}"
        self._force_close = False
        self._loading = False
        self._revealed = False
        install_wheel_guard()
        self.unsaved_box: QMessageBox | None = None
        self._problem_labels: dict[str, ProblemLabel] = {}
        # the case has a mediation record: the desk's record is the truth for the
        # referral, area and outcome (shown read-only, ``set_mediation_kept``)
        self._mediation_kept = False
        self._problem_tabs: dict[str, int] = {}
        self._field_widgets: dict[str, QWidget] = {}

        self._build()
        self._set_case(case or Case(opened=date.today(), area=""))
        self._intake_baseline: dict[str, Any] | None = None
        if self.intake_panel is not None:
            answers = None
            if self._case_id is not None:
                answers = self._vault.intake.load(self._case_id)
            self.intake_panel.load(self._case_id, answers)
            self.intake_panel.sync_from_case(self.build_case())
            self._intake_baseline = self.intake_panel.comparable_state()
        self._baseline = self._field_state()
        self._apply_discreet()
        self._update_title()

    # --- building ---------------------------------------------------------------
    def _combo(self, values: ReferenceList, none_text: str | None, name: str) -> QComboBox:
        combo = QComboBox(self)
        if none_text is not None:
            combo.addItem(none_text, "")
        for entry in values:
            combo.addItem(entry.label(self._lang), entry.code)
        combo.setAccessibleName(name)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.textChanged.connect(self._on_changed)
        return edit

    def _plain(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._on_changed)
        return edit

    def _cover(self, field: QWidget) -> _Cover:
        cover = _Cover(field, self.tr("Hidden in discreet mode."), self)
        self._covers.append(cover)
        return cover

    def _check(self, text: str, name: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setAccessibleName(name)
        box.toggled.connect(self._on_changed)
        return box

    def _row(
        self,
        form: QFormLayout,
        tab: int,
        label: str,
        widget: QWidget,
        key: str | None = None,
        buddy: QWidget | None = None,
    ) -> None:
        """A labelled field; under it the field's problem (if ``key``)."""
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if key is not None:
            problem = ProblemLabel(cell)
            box.addWidget(problem)
            self._problem_labels[key] = problem
            self._problem_tabs[key] = tab
            self._field_widgets[key] = widget
        caption = QLabel(label, self)
        caption.setBuddy(buddy or widget)
        form.addRow(caption, cell)

    def _page(self, title: str) -> tuple[QFormLayout, int, QVBoxLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        index = self.tabs.addTab(scroll, title)
        return form, index, outer

    def _build(self) -> None:
        self._covers: list[_Cover] = []
        ref = self._ref
        lang = self._lang
        none = self.tr("(none)")
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sections of the case"))

        # Case
        form, tab, _outer = self._page(self.tr("&Case"))
        self.reference = QLineEdit(self)
        self.reference.setReadOnly(True)
        self.reference.setPlaceholderText(self.tr("Given when first saved"))
        self.reference.setAccessibleName(self.tr("Reference"))
        self._row(form, tab, self.tr("Reference:"), self.reference, "reference")
        self.opened = DateEdit(lang, optional=False, parent=self)
        self.opened.setAccessibleName(self.tr("Opened"))
        self.opened.changed.connect(self._on_changed)
        self._row(form, tab, self.tr("&Opened:"), self.opened, "opened")
        self.status = self._combo(ref.statuses, None, self.tr("Status"))
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self._row(form, tab, self.tr("S&tatus:"), self.status, "status")
        self.closed = DateEdit(lang, optional=True, parent=self)
        self.closed.setAccessibleName(self.tr("Closed"))
        self.closed.changed.connect(self._on_changed)
        self._row(form, tab, self.tr("Clos&ed:"), self.closed, "closed")
        self.channel = self._combo(ref.channels, none, self.tr("Channel"))
        self._row(form, tab, self.tr("C&hannel:"), self.channel, "channel")
        self.area = self._combo(ref.areas, self.tr("(choose an area)"), self.tr("Area"))
        self._row(form, tab, self.tr("&Area:"), self.area, "area")
        self.track = self._combo(ref.tracks, None, self.tr("Track"))
        self._row(form, tab, self.tr("T&rack:"), self.track, "track")
        self.counterpart_type = self._combo(
            ref.counterpart_types, none, self.tr("Counterpart type")
        )
        self._row(form, tab, self.tr("Counter&part:"), self.counterpart_type, "counterpart_type")
        self.counterpart_name = self._line(self.tr("Counterpart name"))
        self._row(form, tab, self.tr("Counterpart &name:"), self.counterpart_name)

        # Grounds and incident
        # grounds and incident types side by side: the tab fits a 1366×768 window
        form, tab, outer = self._page(self.tr("&Grounds and incident"))
        outer.removeItem(form)
        side = QHBoxLayout()
        side.addLayout(form, 3)
        incident_form = QFormLayout()
        incident_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        side.addLayout(incident_form, 1)
        outer.addLayout(side)
        outer.addStretch(1)
        self.grounds = GroundSelector(ref.grounds, lang, self)
        self.grounds.setAccessibleName(self.tr("Grounds"))
        self.grounds.changed.connect(self._on_changed)
        hint = QLabel(self.tr("Several grounds can act together – ask about combinations."), self)
        hint.setWordWrap(True)
        hint_font = hint.font()
        hint_font.setItalic(True)
        hint.setFont(hint_font)
        # Every ground with its three flags fits a 1366×768 screen's default window
        # without a scrollbar: the rows close up (15 grounds × a check box each),
        # and the hint stands beside them, under the incident types.
        ground_grid = self.grounds.layout()
        if isinstance(ground_grid, QGridLayout):
            ground_grid.setVerticalSpacing(max(0, self.fontMetrics().height() // 8))
        outer.setContentsMargins(
            outer.contentsMargins().left(), 4, outer.contentsMargins().right(), 4
        )
        self._row(
            form, tab, self.tr("Gro&unds:"), self.grounds, "grounds", self.grounds.first_widget()
        )
        self.incident_boxes: dict[str, QCheckBox] = {}
        incidents = QWidget(self)
        grid = QGridLayout(incidents)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, entry in enumerate(ref.incident_types):
            label = entry.label(lang)
            box = self._check(label, label)
            grid.addWidget(box, i, 0)
            self.incident_boxes[entry.code] = box
        first_incident = next(iter(self.incident_boxes.values()))
        self._row(
            incident_form,
            tab,
            self.tr("&Incident types:"),
            incidents,
            "incident_types",
            first_incident,
        )
        incident_form.addRow(hint)

        # Summary and journal
        form, tab, _outer = self._page(self.tr("&Summary and journal"))
        self.summary = self._plain(self.tr("Summary"))
        self.summary.setMinimumHeight(self.fontMetrics().height() * 6)
        self._row(
            form, tab, self.tr("Su&mmary:"), self._cover(self.summary), "summary", self.summary
        )
        self.journal = DatedListEditor(KIND_JOURNAL, lang, self.tr("Journal"), self)
        self.journal.changed.connect(self._on_changed)
        self._row(
            form, tab, self.tr("&Journal:"), self._cover(self.journal), "journal", self.journal.view
        )

        # Follow-up and timeline
        form, tab, _outer = self._page(self.tr("&Follow-up and timeline"))
        self.follow_ups = DatedListEditor(KIND_FOLLOW_UP, lang, self.tr("Follow-up dates"), self)
        self.follow_ups.changed.connect(self._on_changed)
        self._row(
            form,
            tab,
            self.tr("Follo&w-up:"),
            self.follow_ups,
            "follow_ups",
            self.follow_ups.view,
        )
        self.timeline = DatedListEditor(KIND_TIMELINE, lang, self.tr("Timeline"), self)
        self.timeline.changed.connect(self._on_changed)
        self._row(form, tab, self.tr("Time&line:"), self.timeline, "timeline", self.timeline.view)

        # Mediation
        form, tab, _outer = self._page(self.tr("Me&diation"))
        self.mediation_referred = self._check(
            self.tr("&Referred to the mediation desk"), self.tr("Referred to mediation")
        )
        self.mediation_referred.toggled.connect(self._on_referred)
        self._row(form, tab, self.tr("Mediation:"), self.mediation_referred, "mediation")
        self.mediation_area = self._combo(ref.areas, none, self.tr("Mediation area"))
        self._row(form, tab, self.tr("Mediation &area:"), self.mediation_area, "mediation_area")
        self.mediation_outcome = self._combo(
            ref.mediation_outcomes, none, self.tr("Mediation outcome")
        )
        self._row(form, tab, self.tr("&Outcome:"), self.mediation_outcome, "mediation_outcome")
        add_referral_button(self, form)  # the mediation desk's hook (ui/mediation/hooks.py)

        # Client
        form, tab, outer = self._page(self.tr("Cl&ient"))
        self.anonymous = self._check(self.tr("A&nonymous contact"), self.tr("Anonymous contact"))
        self.anonymous.toggled.connect(self._on_anonymous)
        self._row(form, tab, self.tr("Client:"), self.anonymous, "client")
        note = QLabel(
            self.tr(
                "Store a name or contact details only when the client agrees, "
                "and only what the case needs."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.client_name = self._line(self.tr("Client name"))
        self._row(
            form,
            tab,
            self.tr("Na&me:"),
            self._cover(self.client_name),
            "client_name",
            self.client_name,
        )
        self.client_contact = self._line(self.tr("Client contact"))
        self._row(
            form,
            tab,
            self.tr("Con&tact:"),
            self._cover(self.client_contact),
            "client_contact",
            self.client_contact,
        )
        self.client_language = self._line(self.tr("Preferred language"))
        self._row(form, tab, self.tr("Preferred &language:"), self.client_language)
        self.client_interpreter = self._check(
            self.tr("Needs an &interpreter"), self.tr("Needs an interpreter")
        )
        self._row(form, tab, "", self.client_interpreter)
        self.client_consent = self._check(
            self.tr("Agrees that we &store this"), self.tr("Consent to store")
        )
        self._row(form, tab, "", self.client_consent, "client_consent")
        self.client_consent.toggled.connect(self._on_store_ticked)
        self.client_notes = self._plain(self.tr("Client notes"))
        self.client_notes.setMaximumHeight(self.fontMetrics().height() * 6)
        notes_cover = self._cover(self.client_notes)
        # the cover is a stack: without its own cap it takes the notes' expanding
        # height and leaves an empty band above the consents
        notes_cover.setMaximumHeight(self.client_notes.maximumHeight())
        self._row(form, tab, self.tr("Not&es:"), notes_cover, None, self.client_notes)
        # consent per purpose (issue 12): the tick above is its first row
        self.consent_editor = ConsentEditor(lang, self)
        self.consent_editor.changed.connect(self._on_consents_changed)
        self.consent_editor.withdrawn.connect(self._on_consent_withdrawn)
        self._row(
            form, tab, self.tr("C&onsents:"), self.consent_editor, "consents", self.consent_editor
        )
        self._client_widgets: list[QWidget] = [
            self.client_name,
            self.client_contact,
            self.client_language,
            self.client_interpreter,
            self.client_consent,
            self.client_notes,
        ]
        outer.addStretch(1)

        # Intake (optional panel by another part of the app)
        self.intake_panel: Any = None
        panel_class = _load_intake_panel()
        if panel_class is not None:
            self.intake_panel = panel_class(self._vault, self._settings, self)
            # documents show the form; a weak link keeps the form collectable
            build = weakref.WeakMethod(self.build_case)

            def current_case() -> Case:
                method = build()
                assert method is not None, "the case form is gone"
                return method()

            self.intake_panel.case_source = current_case
            self.intake_panel.answers_changed.connect(self._on_intake_answers)
            self.tabs.addTab(self.intake_panel, self.tr("In&take"))

        # Tabs of other capabilities (evidence, documents): extra_tab_factories()
        self.extra_tabs: list[QWidget] = []
        for make_tab in extra_tab_factories():
            widget, title = make_tab(self, self._vault, self._settings)
            self.extra_tabs.append(widget)
            self.tabs.addTab(widget, title)

        # Banner, buttons
        self.banner = ProblemLabel(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save case"))
        self.save_button.setToolTip(self.tr("Save case (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close case"))
        self.close_button.clicked.connect(self.close)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        close_action = QAction(self.tr("Close"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        self.addAction(close_action)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        self.discreet_bar = QWidget(self)
        bar = QHBoxLayout(self.discreet_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.discreet_note = QLabel(self.discreet_bar)
        self.discreet_note.setWordWrap(True)
        self.reveal_button = QPushButton(self.discreet_bar)
        self.reveal_button.clicked.connect(self._toggle_reveal)
        bar.addWidget(self.discreet_note, 1)
        bar.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.discreet_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    # --- state <-> widgets -------------------------------------------------------
    @staticmethod
    def _combo_value(combo: QComboBox) -> str | None:
        value = combo.currentData()
        return str(value) if value else None

    @staticmethod
    def _set_combo(combo: QComboBox, value: str | None) -> None:
        i = combo.findData(value or "")
        combo.setCurrentIndex(max(i, 0))

    def _field_state(self) -> dict[str, Any]:
        """Everything the form holds, as JSON-able values."""
        return {
            "opened": self.opened.state(),
            "closed": self.closed.state(),
            "status": self._combo_value(self.status),
            "channel": self._combo_value(self.channel),
            "area": self._combo_value(self.area),
            "track": self._combo_value(self.track),
            "counterpart_type": self._combo_value(self.counterpart_type),
            "counterpart_name": self.counterpart_name.text(),
            "grounds": [
                {
                    "code": g.code,
                    "perceived": g.perceived,
                    "assessed": g.assessed,
                    "by_association": g.by_association,
                }
                for g in self.grounds.grounds()
            ],
            "incident_types": [c for c, b in self.incident_boxes.items() if b.isChecked()],
            "summary": self.summary.toPlainText(),
            "journal": self.journal.model.items(),
            "follow_ups": self.follow_ups.model.items(),
            "timeline": self.timeline.model.items(),
            "mediation": {
                "referred": self.mediation_referred.isChecked(),
                "area": self._combo_value(self.mediation_area),
                "outcome": self._combo_value(self.mediation_outcome),
            },
            "anonymous": self.anonymous.isChecked(),
            "client": {
                "name": self.client_name.text(),
                "contact": self.client_contact.text(),
                "preferred_language": self.client_language.text(),
                "interpreter_needed": self.client_interpreter.isChecked(),
                "consent_to_store": self.client_consent.isChecked(),
                "notes": self.client_notes.toPlainText(),
            },
            "consents": self.consent_editor.state(),
        }

    def _apply_state(self, s: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.opened.set_state(s.get("opened"))
            self.closed.set_state(s.get("closed"))
            self._set_combo(self.status, s.get("status"))
            self._set_combo(self.channel, s.get("channel"))
            self._set_combo(self.area, s.get("area"))
            self._set_combo(self.track, s.get("track") or "unclear")
            self._set_combo(self.counterpart_type, s.get("counterpart_type"))
            self.counterpart_name.setText(str(s.get("counterpart_name") or ""))
            self.grounds.set_grounds(
                [
                    CaseGround(
                        str(g["code"]),
                        perceived=bool(g.get("perceived")),
                        assessed=bool(g.get("assessed")),
                        by_association=bool(g.get("by_association")),
                    )
                    for g in s.get("grounds", [])
                ]
            )
            chosen = set(s.get("incident_types", []))
            for code, box in self.incident_boxes.items():
                box.setChecked(code in chosen)
            if self.summary.toPlainText() != (s.get("summary") or ""):
                self.summary.setPlainText(str(s.get("summary") or ""))
                self.summary.moveCursor(QTextCursor.MoveOperation.End)  # one adds at the end
            self.journal.model.set_items(list(s.get("journal", [])))
            self.follow_ups.model.set_items(list(s.get("follow_ups", [])))
            self.timeline.model.set_items(list(s.get("timeline", [])))
            m = s.get("mediation") or {}
            self.mediation_referred.setChecked(bool(m.get("referred")))
            self._set_combo(self.mediation_area, m.get("area"))
            self._set_combo(self.mediation_outcome, m.get("outcome"))
            c = s.get("client") or {}
            self.client_name.setText(str(c.get("name") or ""))
            self.client_contact.setText(str(c.get("contact") or ""))
            self.client_language.setText(str(c.get("preferred_language") or ""))
            self.client_interpreter.setChecked(bool(c.get("interpreter_needed")))
            self.client_consent.setChecked(bool(c.get("consent_to_store")))
            if self.client_notes.toPlainText() != (c.get("notes") or ""):
                self.client_notes.setPlainText(str(c.get("notes") or ""))
            self.anonymous.setChecked(bool(s.get("anonymous", True)))
            self.consent_editor.set_state(
                list(s.get("consents") or []), client_flag=bool(c.get("consent_to_store"))
            )
            self._on_referred(self.mediation_referred.isChecked())
            self._on_anonymous(self.anonymous.isChecked())
        finally:
            self._loading = False
        self._on_changed()

    @staticmethod
    def _state_of_case(case: Case) -> dict[str, Any]:
        client = case.client or Client()
        return {
            "opened": _iso(case.opened),
            "closed": _iso(case.closed) or "",
            "status": case.status,
            "channel": case.channel,
            "area": case.area or None,
            "track": case.track,
            "counterpart_type": case.counterpart_type,
            "counterpart_name": case.counterpart_name,
            "grounds": [g.as_dict() for g in case.grounds],
            "incident_types": list(case.incident_types),
            "summary": case.summary,
            "journal": [
                {
                    "date": _iso(j.entry_date),
                    "text": j.text,
                    "done": False,
                    "id": j.id,
                    "source": "",
                }
                for j in case.journal
            ],
            "follow_ups": [
                {
                    "date": _iso(f.due),
                    "text": f.note,
                    "done": f.done,
                    "id": f.id,
                    "source": f.source,
                }
                for f in case.follow_ups
            ],
            "timeline": [
                {
                    "date": _iso(t.event_date),
                    "text": t.description,
                    "done": False,
                    "id": t.id,
                    "source": "",
                }
                for t in case.timeline
            ],
            "mediation": {
                "referred": case.mediation.referred,
                "area": case.mediation.area,
                "outcome": case.mediation.outcome,
            },
            "anonymous": case.client is None,
            "client": {
                "name": client.name,
                "contact": client.contact,
                "preferred_language": client.preferred_language,
                "interpreter_needed": client.interpreter_needed,
                "consent_to_store": client.consent_to_store,
                "notes": client.notes,
            },
            "consents": [consent_to_dict(c) for c in case.consents],
        }

    def _set_case(self, case: Case) -> None:
        # as stored: what a withdrawn consent may keep (cases.model.consent_problems)
        self._stored: Case | None = case if case.id is not None else None
        self._case_id = case.id
        self._reference = case.reference
        self._row_version = case.version
        self.reference.setText(case.reference or "")
        self._apply_state(self._state_of_case(case))

    def build_case(self) -> Case:
        """The case as the form holds it now (not validated)."""
        s = self._field_state()
        m = s["mediation"]
        c = s["client"]
        client = None
        if not s["anonymous"]:
            client = Client(
                name=c["name"].strip(),
                contact=c["contact"].strip(),
                preferred_language=c["preferred_language"].strip(),
                interpreter_needed=c["interpreter_needed"],
                consent_to_store=c["consent_to_store"],
                notes=c["notes"],
            )
        return Case(
            id=self._case_id,
            version=self._row_version,
            reference=self._reference,
            opened=_from_iso(s["opened"]) or date.today(),
            closed=_from_iso(s["closed"]),
            status=s["status"] or "",
            channel=s["channel"],
            area=s["area"] or "",
            track=s["track"] or "",
            counterpart_type=s["counterpart_type"],
            counterpart_name=s["counterpart_name"].strip(),
            grounds=[
                CaseGround(g["code"], g["perceived"], g["assessed"], g["by_association"])
                for g in s["grounds"]
            ],
            incident_types=list(s["incident_types"]),
            summary=s["summary"],
            journal=[
                JournalEntry(_from_iso(j["date"]) or date.today(), j["text"], j.get("id"))
                for j in s["journal"]
            ],
            follow_ups=[
                FollowUp(
                    _from_iso(f["date"]) or date.today(),
                    f["text"],
                    f["done"],
                    f.get("id"),
                    str(f.get("source") or ""),
                )
                for f in s["follow_ups"]
            ],
            timeline=[
                TimelineEvent(_from_iso(t["date"]) or date.today(), t["text"], t.get("id"))
                for t in s["timeline"]
            ],
            mediation=self._stored_mediation()
            or Mediation(
                referred=m["referred"],
                area=m["area"] if m["referred"] else None,
                outcome=m["outcome"] if m["referred"] else None,
            ),
            client=client,
            consents=self.consent_editor.records(),
        )

    def _stored_mediation(self) -> Mediation | None:
        """With a mediation record, the case's mediation columns as stored now
        (they follow the record): the form never writes back older values the
        mediation desk has changed since the form was opened."""
        if not self._mediation_kept or self._case_id is None:
            return None
        try:
            stored: Case = self._vault.cases.get_by_id(self._case_id)
        except DimeError:
            return None
        return stored.mediation

    # --- unsaved contents kept across a lock ---------------------------------------
    def to_unsaved_form(self) -> dict[str, Any]:
        """The form's full state (JSON-able), for ``vault.unsaved_forms``."""
        return {
            "version": DRAFT_VERSION,
            "key": self.form_key,
            "case_id": self._case_id,
            "row_version": self._row_version,
            "reference": self._reference,
            "fields": self._field_state(),
            "baseline": self._baseline,
            "intake": self.intake_panel.answers() if self.intake_panel is not None else None,
            "intake_baseline": self._intake_baseline,
            "tab": self.tabs.currentIndex(),
        }

    def from_unsaved_form(self, draft: dict[str, Any]) -> None:
        """Bring back what :meth:`to_unsaved_form` gave (unsaved changes stay unsaved)."""
        self.form_key = str(draft.get("key") or self.form_key)
        case_id = draft.get("case_id")
        self._case_id = int(case_id) if case_id is not None else None
        row_version = draft.get("row_version")
        self._row_version = row_version if isinstance(row_version, int) else 0
        ref = draft.get("reference")
        self._reference = str(ref) if ref else None
        self.reference.setText(self._reference or "")
        fields = draft.get("fields") or {}
        baseline = draft.get("baseline")
        if isinstance(baseline, dict):
            self._baseline = baseline
        self._apply_state(fields)
        if self.intake_panel is not None:
            self.intake_panel.load(self._case_id, draft.get("intake"))
            self.intake_panel.sync_from_case(self.build_case())
            intake_baseline = draft.get("intake_baseline")
            if isinstance(intake_baseline, dict):
                self._intake_baseline = intake_baseline
        tab = draft.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._update_title()

    @classmethod
    def from_unsaved_form_data(
        cls,
        vault: Any,
        settings: Any,
        draft: dict[str, Any],
        *,
        discreet: bool = True,
        parent: QWidget | None = None,
    ) -> CaseForm:
        form = cls(
            vault, settings, None, discreet=discreet, form_key=draft.get("key"), parent=parent
        )
        form.from_unsaved_form(draft)
        return form

    # --- state of the form --------------------------------------------------------
    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def case_reference(self) -> str | None:
        return self._reference

    def is_dirty(self) -> bool:
        """Changed since opened or saved. Going from step to step in the intake
        is no change; its answers and decisions are."""
        if self._field_state() != self._baseline:
            return True
        if self.intake_panel is not None and self._intake_baseline is not None:
            return bool(self.intake_panel.comparable_state() != self._intake_baseline)
        return False

    # --- discreet mode ------------------------------------------------------------
    def set_discreet(self, on: bool) -> None:
        """Discreet mode on covers this case again, even one the adviser showed."""
        self._discreet = bool(on)
        if self._discreet:
            self._revealed = False
        self._apply_discreet()
        self._update_title()

    def is_revealed(self) -> bool:
        """True when names and texts are shown in clear (discreet off, or shown)."""
        return not self._discreet or self._revealed

    def _toggle_reveal(self) -> None:
        self._revealed = not self._revealed
        self._apply_discreet()

    def _apply_discreet(self) -> None:
        covered = not self.is_revealed()
        for cover in self._covers:
            cover.set_covered(covered)
        self.discreet_bar.setVisible(self._discreet)
        if covered:
            self.discreet_note.setText(
                self.tr(
                    "Discreet mode: the client's name, contact details and notes, "
                    "the summary and the journal are hidden."
                )
            )
            self.reveal_button.setText(self.tr("Show this case"))
        else:
            self.discreet_note.setText(
                self.tr("Discreet mode is on, but this case is shown in clear.")
            )
            self.reveal_button.setText(self.tr("Hide again"))
        self.reveal_button.setAccessibleName(self.reveal_button.text())

    def _title(self) -> str:
        """The tab's text: the reference only, never a name (the tab bar is
        always on screen, also to people passing by)."""
        if self._reference:
            return self.tr("Case {reference}").format(reference=self._reference)
        return self.tr("New case")

    def _update_title(self) -> None:
        self.setWindowTitle(self._title() + "[*]")
        self.setWindowModified(self.is_dirty())

    def _on_changed(self, *_args: object) -> None:
        if self._loading or not hasattr(self, "_baseline"):
            return
        if self.intake_panel is not None:
            self.intake_panel.sync_from_case(self.build_case())  # it starts from the case
        dirty = self.is_dirty()
        was = self.isWindowModified()
        self._update_title()  # first: whoever hears dirty_changed reads the new state
        if dirty != was:
            self.dirty_changed.emit(dirty)

    def _on_status_changed(self, _index: int) -> None:
        if self._loading:
            return
        if self._combo_value(self.status) == STATUS_CLOSED and self.closed.value() is None:
            self.closed.set_value(date.today())

    def _on_referred(self, on: bool) -> None:
        self.mediation_referred.setEnabled(not self._mediation_kept)
        self.mediation_area.setEnabled(on and not self._mediation_kept)
        self.mediation_outcome.setEnabled(on and not self._mediation_kept)

    def set_mediation_kept(self, kept: bool) -> None:
        """A mediation record exists for this case: its referral, area and outcome
        are the mediation desk's (they follow the record, see
        ``storage/mediation._sync_case``), so they are read-only here."""
        self._mediation_kept = bool(kept)
        self._on_referred(self.mediation_referred.isChecked())

    @property
    def mediation_kept(self) -> bool:
        return self._mediation_kept

    def _on_store_ticked(self, on: bool) -> None:
        if not self._loading:
            self.consent_editor.set_store_given(on)

    def _on_consents_changed(self) -> None:
        given = self.consent_editor.store_given()
        if self.client_consent.isChecked() != given:
            self.client_consent.blockSignals(True)
            self.client_consent.setChecked(given)
            self.client_consent.blockSignals(False)
        self._on_changed()

    def _on_consent_withdrawn(self, follow: FollowUp) -> None:
        """A withdrawal's follow-up ("remove the contact details") joins the list."""
        items = [
            i
            for i in self.follow_ups.model.items()
            if i.get("source") != follow.source or i.get("done")
        ]
        items.append(
            {
                "date": follow.due.isoformat(),
                "text": follow.note,
                "done": False,
                "id": None,
                "source": follow.source,
            }
        )
        self.follow_ups.model.set_items(items)

    def _on_anonymous(self, on: bool) -> None:
        for w in self._client_widgets:
            w.setEnabled(not on)
        self._update_title_safe()

    def _update_title_safe(self) -> None:
        if hasattr(self, "_baseline"):
            self._update_title()

    # the case's fields the intake writes into (see intake.answers.apply_answers)
    _INTAKE_FIELDS = (
        "area",
        "counterpart_type",
        "counterpart_name",
        "track",
        "grounds",
        "incident_types",
        "timeline",
        "follow_ups",
    )

    def _on_intake_answers(self) -> None:
        """An answer or decision in the intake: merge what changed into the
        form's fields; everything else stays exactly as the form holds it."""
        case = self.build_case()
        self.intake_panel.apply_to(case)
        changed = self._state_of_case(case)
        state = self._field_state()
        for key in self._INTAKE_FIELDS:
            state[key] = changed[key]
        if case.client is not None:
            state["client"]["consent_to_store"] = case.client.consent_to_store
        state["consents"] = changed["consents"]
        if state != self._field_state():
            self._apply_state(state)
        else:
            self._on_changed()

    # --- validation -----------------------------------------------------------------
    def problem_text(self, p: FieldProblem) -> str:
        if p.code == "required":
            if p.field == "closed":
                return self.tr("A closed case needs the date it was closed.")
            if p.field == "journal":
                return self.tr("A journal entry is empty.")
            return self.tr("This must be filled in.")
        if p.code == "unknown_value":
            return self.tr("Unknown value “{value}”.").format(value=p.value)
        if p.code == "duplicate":
            return self.tr("The same value is chosen twice.")
        if p.code == "closed_before_opened":
            return self.tr("The case cannot be closed before it was opened.")
        if p.code == "not_referred":
            return self.tr("Fill in mediation only when the case is referred to mediation.")
        if p.code == "invalid_reference":
            return self.tr("This reference has the wrong form (e.g. DH-2019-001).")
        if p.code == "invalid_date":
            return self.tr("This is not a valid date.")
        if p.code == "consent_missing":
            return self.tr(
                "Without the client's consent, a name, contact details or notes "
                "cannot be stored: tick “Agrees that we store this”, or empty those fields."
            )
        return self.tr("This value cannot be used.")

    def problem_label(self, field_name: str) -> ProblemLabel | None:
        return self._problem_labels.get(field_name)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        for label in self._problem_labels.values():
            label.show_problem("")
        first_tab: int | None = None
        first_widget: QWidget | None = None
        unplaced: list[str] = []
        texts: dict[str, list[str]] = {}
        for p in problems:
            key = p.field if p.field in self._problem_labels else None
            if key is None and p.field.startswith("client"):
                key = "client"
            if key is None and p.field.startswith("consents"):
                key = "consents"
            if key is None:
                unplaced.append(f"{p.field}: {self.problem_text(p)}")
                continue
            texts.setdefault(key, [])
            text = self.problem_text(p)
            if text not in texts[key]:
                texts[key].append(text)
            if first_tab is None:
                first_tab = self._problem_tabs[key]
                first_widget = self._field_widgets[key]
        for key, lines in texts.items():
            self._problem_labels[key].show_problem("\n".join(lines))
        if problems:
            banner = self.tr("The case was not saved. See the marked fields.")
            if unplaced:
                banner += "\n" + "\n".join(unplaced)
            self.banner.show_problem(banner)
        else:
            self.banner.show_problem("")
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
            if first_widget is not None:
                first_widget.setFocus()

    # --- saving -------------------------------------------------------------------
    def _date_problems(self) -> list[FieldProblem]:
        out = []
        for name, edit in (("opened", self.opened), ("closed", self.closed)):
            code = edit.problem()
            if code is not None:
                out.append(FieldProblem(name, code, edit.text()))
        return out

    def problems(self) -> list[FieldProblem]:
        """Everything that keeps the case from being saved, by field."""
        case = self.build_case()
        dates = self._date_problems()
        problems = dates + [
            p
            for p in validate_case(case, self._ref)
            if not (dates and p.field in ("closed", "opened"))  # the date itself first
        ]
        return problems + consent_problems(case, stored=getattr(self, "_stored", None))

    def save(self) -> bool:
        """Validate and save through the repository; True if saved. A client's
        name or contact without consent is refused with a message at the
        consent box (see ``cases.model.consent_problems``)."""
        case = self.build_case()
        problems = self.problems()
        if problems:
            self.show_problems(problems)
            return False
        try:
            if case.id is None:
                saved = self._vault.cases.add(case)
            else:
                saved = self._vault.cases.update(case)
            if self.intake_panel is not None and saved.id is not None:
                # the access log notes the conversation only when the adviser changed it
                talked = self.intake_panel.comparable_state() != self._intake_baseline
                self._vault.intake.save(saved.id, self.intake_panel.answers(), changed=talked)
        except CaseInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except DimeError as exc:
            self.banner.show_problem(error_text(exc))
            return False
        self.show_problems([])
        old_key = self.form_key
        self._set_case(saved)
        self.form_key = f"case:{saved.id}"
        self._forget_unsaved_form(old_key)
        if self.intake_panel is not None:
            self.intake_panel.set_case_id(saved.id)
            self.intake_panel.sync_from_case(self.build_case())
            self._intake_baseline = self.intake_panel.comparable_state()
        self._baseline = self._field_state()
        self._update_title()
        self.dirty_changed.emit(False)
        assert saved.id is not None
        self.saved.emit(saved.id)
        return True

    def reload_from_vault(self) -> bool:
        """Show the case as stored now (after something else saved it: the
        person's own copy adds its follow-up). Only without unsaved changes;
        False otherwise (a save then says the case changed elsewhere)."""
        if self._case_id is None or self.is_dirty():
            return False
        try:
            case = self._vault.cases.get_by_id(self._case_id)
        except DimeError:
            return False
        self._set_case(case)
        if self.intake_panel is not None:
            self.intake_panel.sync_from_case(self.build_case())
            self._intake_baseline = self.intake_panel.comparable_state()
        self._baseline = self._field_state()
        self._update_title()
        return True

    def _forget_unsaved_form(self, key: str) -> None:
        try:
            if self._vault.is_open:
                self._vault.unsaved_forms.delete(key)
        except DimeError:
            pass

    def discard(self) -> None:
        """Close and drop unsaved changes (and their draft)."""
        self._forget_unsaved_form(self.form_key)
        self.close_without_asking()

    def close_without_asking(self) -> None:
        """Close at once (on lock, after the draft was saved)."""
        self._force_close = True
        if self.unsaved_box is not None:
            self.unsaved_box.close()
        self.close()

    @staticmethod
    def _answer_of(box: QMessageBox) -> QMessageBox.StandardButton:
        clicked = box.clickedButton()
        if clicked is None:
            return QMessageBox.StandardButton.Cancel
        return box.standardButton(clicked)

    def _on_unsaved_answer(self, button: QMessageBox.StandardButton) -> None:
        self.unsaved_box = None
        if button == QMessageBox.StandardButton.Save:
            if self.save():
                self.close_without_asking()
        elif button == QMessageBox.StandardButton.Discard:
            self.discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._force_close or not self.is_dirty():
            if self.intake_panel is not None and hasattr(self.intake_panel, "clear"):
                self.intake_panel.clear()
            self.form_closed.emit(self)
            event.accept()
            return
        event.ignore()
        if self.unsaved_box is not None:
            self.unsaved_box.raise_()
            return
        box = unsaved_changes_box(
            self, self._title(), self.tr("This case has changes that are not saved.")
        )
        box.finished.connect(lambda _r: self._on_unsaved_answer(self._answer_of(box)))
        self.unsaved_box = box
        box.open()

    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.opened.setFocus()


# Used by tests and the main window to walk the widgets a form owns.
def text_of_widgets(root: QWidget) -> list[str]:
    """Every text a user could read in ``root`` and its children."""
    texts: list[str] = [root.windowTitle(), root.toolTip()]
    getters: list[tuple[type, Callable[[Any], str]]] = [
        (QLineEdit, lambda w: w.text()),
        (QPlainTextEdit, lambda w: w.toPlainText()),
        (QLabel, lambda w: w.text()),
        (QComboBox, lambda w: w.currentText()),
    ]
    for child in root.findChildren(QWidget):
        texts.append(child.toolTip())
        texts.append(child.accessibleName())
        texts.append(child.windowTitle())
        for cls, get in getters:
            if isinstance(child, cls):
                texts.append(get(child))
    return texts
