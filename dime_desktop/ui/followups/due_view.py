""" "What is due": follow-ups not yet done that are overdue, due today or due in
the next days, across all cases – the first screen after unlock when anything
is due.

Overdue is said in words ("Overdue by 3 days") and in bold, not only in red.
The list sorts by any column (click a header); Enter or a double click opens
the case in a tab of the main window (``open_case_requested(case_id)``).
The open terms of mediation agreements are in the list too (issue 11: each
term is followed up on its date), with the advice case's reference and
"Mediation agreement: …" as the follow-up; opening one opens the mediation
record (``ui/mediation/hooks.open_mediation_record``).
In discreet mode the client and note columns are hidden (a note can name a
person); ``clear()`` empties the list on lock.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError
from dime_desktop.followups import DUE_HORIZON_DAYS, DueItem, DueState, due_items, has_due_now
from dime_desktop.memory import settle_long_lived
from dime_desktop.reference import default_reference
from dime_desktop.storage.follow_ups import FollowUpQueries
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.sort_arrow import sort_arrow_style
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import format_date

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COL_DUE = 0
COL_STATE = 1
COL_REFERENCE = 2
COL_STATUS = 3
COL_CLIENT = 4
COL_NOTE = 5
COLUMN_COUNT = 6

CaseIdRole = int(Qt.ItemDataRole.UserRole) + 1
TermKeyRole = int(Qt.ItemDataRole.UserRole) + 2  # a mediation term's key, "" for a case's
# Up to this many follow-ups are read at once; more on the worker thread.
SYNC_ROWS = 500
OVERDUE_COLOUR = "#9b1c1c"


class DueTableModel(QAbstractTableModel):
    """Due follow-ups; sortable by every column (``sort``)."""

    def __init__(self, lang: str = "nb", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._ref = default_reference()
        self._items: list[DueItem] = []
        self._sort = (COL_DUE, Qt.SortOrder.AscendingOrder)
        self._discreet = True

    def set_discreet(self, on: bool) -> None:
        """In discreet mode the model gives no client names and no notes at all."""
        self.beginResetModel()
        self._discreet = bool(on)
        self.endResetModel()

    def set_items(self, items: list[DueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._sort_items()
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def item(self, row: int) -> DueItem:
        return self._items[row]

    def items(self) -> list[DueItem]:
        return list(self._items)

    def state_text(self, item: DueItem) -> str:
        n = abs(item.days)
        if item.state is DueState.OVERDUE:
            return (
                self.tr("Overdue by 1 day")
                if n == 1
                else self.tr("Overdue by {n} days").format(n=n)
            )
        if item.state is DueState.TODAY:
            return self.tr("Due today")
        return self.tr("In 1 day") if n == 1 else self.tr("In {n} days").format(n=n)

    def _status(self, code: str) -> str:
        try:
            return self._ref.statuses.label(code, self._lang)
        except Exception:
            return code

    # --- Qt model --------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_DUE: self.tr("Due"),
            COL_STATE: self.tr("When"),
            COL_REFERENCE: self.tr("Case"),
            COL_STATUS: self.tr("Status"),
            COL_CLIENT: self.tr("Client"),
            COL_NOTE: self.tr("Follow-up"),
        }.get(section)

    def _text(self, item: DueItem, col: int) -> str:
        f = item.follow_up
        if col == COL_DUE:
            return format_date(f.due, self._lang)
        if col == COL_STATE:
            return self.state_text(item)
        if col == COL_REFERENCE:
            return f.reference
        if col == COL_STATUS:
            return self.tr("Mediation") if f.is_mediation_term else self._status(f.case_status)
        if col == COL_CLIENT:
            return "" if self._discreet else f.client_name
        if col == COL_NOTE:
            if self._discreet:
                return ""
            note = f.note.replace("\n", " ")
            if f.is_mediation_term:
                return self.tr("Mediation agreement: {term}").format(term=note)
            return note
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, col)
        if role == CaseIdRole:
            return item.follow_up.case_id
        if role == TermKeyRole:
            return item.follow_up.term_key
        if item.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(OVERDUE_COLOUR))
        if item.overdue and role == Qt.ItemDataRole.FontRole and col in (COL_DUE, COL_STATE):
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- sorting ------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_items()
        self.layoutChanged.emit()

    def _sort_items(self) -> None:
        column, order = self._sort

        def key(item: DueItem) -> tuple[Any, ...]:
            f = item.follow_up
            tie = (f.due, f.reference, f.follow_up_id)
            if column in (COL_DUE, COL_STATE):
                return tie
            if column == COL_REFERENCE:
                return (_reference_key(f.reference), *tie)
            return (self._text(item, column).casefold(), *tie)

        self._items.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def _reference_key(reference: str) -> tuple[str, int, int]:
    """``DH-2019-120`` sorts after ``DH-2019-99``."""
    parts = reference.split("-")
    try:
        return (parts[0], int(parts[1]), int(parts[2]))
    except (IndexError, ValueError):
        return (reference, 0, 0)


class DueTableView(QTableView):
    """Enter opens the current row's case."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class DueView(QWidget):
    """The "What is due" screen."""

    open_case_requested = Signal(int)

    def __init__(
        self,
        vault: Any,
        settings: Any,
        parent: QWidget | None = None,
        *,
        discreet: bool = True,
        today: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DueView")
        self._vault = vault
        self._lang = "en" if getattr(settings, "language", "nb") == "en" else "nb"
        self._today = today or date.today
        self._discreet = discreet
        self.heading = QLabel(self.tr("What is due"))
        font = QFont(self.heading.font())
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(
            self.tr(
                "Follow-ups not yet done: overdue, due today and due in the next "
                "{days} days, across all cases, and the terms of mediation agreements. "
                "Enter or a double click opens the case (or the mediation case)."
            ).format(days=DUE_HORIZON_DAYS)
        )
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        self.summary.setAccessibleName(self.tr("Summary of what is due"))
        self.model = DueTableModel(self._lang, self)
        self.table = DueTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Follow-ups due"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStyle(sort_arrow_style())  # earliest first: the arrow points up
        header.setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        bold = QFont(self.font())
        bold.setBold(True)  # overdue rows are bold
        fm = QFontMetrics(bold)
        samples = {
            COL_DUE: "00.00.0000",
            COL_STATE: self.tr("Overdue by {n} days").format(n=8888),
            COL_REFERENCE: "DH-0000-0000",
            COL_STATUS: "Avsluttet",
            COL_CLIENT: "Mariam Påfunnsen Ødegård",
        }
        for col, sample in samples.items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title))
            self.table.setColumnWidth(col, width + fm.averageCharWidth() * 4)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._apply_discreet()
        self._generation = 0
        self.reload()

    def _queries(self) -> FollowUpQueries | None:
        if self._vault is None or not self._vault.is_open:
            return None
        return FollowUpQueries(self._vault.database)

    def reload(self) -> None:
        """Read what is due. A short list is read here; a long one (more than
        SYNC_ROWS) on the worker thread (``ui/common/tasks.py``), so the screen
        never holds up the window (issue 14: 14,000 overdue follow-ups in a
        100,000-case vault take a third of a second)."""
        self._generation += 1
        queries = self._queries()
        if queries is None:
            self.clear()
            return
        today = self._today()
        try:
            many = queries.count_due_by(today + timedelta(days=DUE_HORIZON_DAYS)) > SYNC_ROWS
            if not many:
                self._show_items(due_items(queries, today))
                return
        except DimeError as exc:
            self._show_error(exc)
            return
        generation = self._generation

        def shown(items: list[DueItem]) -> None:
            if generation == self._generation:
                self._show_items(items)
                # a long list stays until the lock: out of the collector's
                # full walks, which otherwise stall scrolling (memory.py)
                settle_long_lived()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show_error(exc)

        def start() -> None:  # after the event at hand (the window first shows the list)
            if generation == self._generation:
                Task(lambda: due_items(queries, today)).success(shown).failure(failed).run()

        QTimer.singleShot(0, self, start)

    def _show_error(self, exc: BaseException) -> None:
        self.model.clear()
        self.summary.setText(error_text(exc))

    def _show_items(self, items: list[DueItem]) -> None:
        self.model.set_items(items)
        overdue = sum(1 for i in items if i.overdue)
        if not items:
            self.summary.setText(self.tr("Nothing is due."))
        elif overdue:
            self.summary.setText(
                (
                    self.tr("1 follow-up due, ")
                    if len(items) == 1
                    else self.tr("{n} follow-ups due, ").format(n=len(items))
                )
                + (
                    self.tr("1 overdue.")
                    if overdue == 1
                    else self.tr("{n} overdue.").format(n=overdue)
                )
            )
        else:
            self.summary.setText(
                self.tr("1 follow-up due, none overdue.")
                if len(items) == 1
                else self.tr("{n} follow-ups due, none overdue.").format(n=len(items))
            )

    def has_due_now(self) -> bool:
        """Whether anything is overdue or due today (the app then opens here)."""
        queries = self._queries()
        if queries is None:
            return False
        try:
            return has_due_now(queries, self._today())
        except DimeError:
            return False

    def set_discreet(self, on: bool) -> None:
        self._discreet = bool(on)
        self._apply_discreet()

    def _apply_discreet(self) -> None:
        self.model.set_discreet(self._discreet)
        self.table.setColumnHidden(COL_CLIENT, self._discreet)
        self.table.setColumnHidden(COL_NOTE, self._discreet)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_id = self.model.data(index, CaseIdRole)
        if case_id is None:
            return
        if self.model.data(index, TermKeyRole):
            from dime_desktop.ui.mediation.hooks import open_mediation_record

            if open_mediation_record(self, int(case_id)):
                return
        self.open_case_requested.emit(int(case_id))

    def clear(self) -> None:
        """Forget everything shown (on lock); a list still being read is dropped."""
        self._generation += 1
        self.model.clear()
        self.summary.clear()
