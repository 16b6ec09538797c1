"""The case register as a lazy table model over the repository.

Only a page of rows (``PAGE_SIZE``) is read at a time: ``canFetchMore`` /
``fetchMore`` let the view ask for the next page as the user scrolls, so a
vault with 100,000 cases opens as quickly as one with ten. Sorting and
filtering are queries (the repository sorts; the model never holds all rows).

Discreet mode: the client column gives no data for any role, tooltips show
only the reference, and sorting by name is refused.

Every column but the desk sorts (next follow-up and grounds too: cases without
come last). An overdue follow-up says so in words ("overdue"), with a mark,
bold and dark red: never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dime_desktop.cases.model import DESK_MEDIATION, CaseFilter, CaseSummaryRow
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.ui.common.widgets import format_date

PAGE_SIZE = 200

COL_REFERENCE = 0
COL_OPENED = 1
COL_CLOSED = 2
COL_AREA = 3
COL_GROUNDS = 4
COL_STATUS = 5
COL_DESK = 6
COL_NEXT_FOLLOW_UP = 7
COL_CLIENT = 8
COLUMN_COUNT = 9

CaseIdRole = int(Qt.ItemDataRole.UserRole) + 1
SortKeyRole = int(Qt.ItemDataRole.UserRole) + 2
ReferenceRole = int(Qt.ItemDataRole.UserRole) + 3

# The repository's sort key for each sortable column.
SORT_KEYS: dict[int, str] = {
    COL_REFERENCE: "reference",
    COL_OPENED: "opened",
    COL_CLOSED: "closed",
    COL_AREA: "area",
    COL_STATUS: "status",
    COL_CLIENT: "client_name",
    COL_NEXT_FOLLOW_UP: "next_follow_up",
    COL_GROUNDS: "grounds",
}
OVERDUE_MARK = "⚠"

_Index = QModelIndex | QPersistentModelIndex


class CaseRows(Protocol):
    """What the model needs of ``CaseRepository``."""

    def count(self, flt: CaseFilter = ...) -> int: ...

    def list_rows(
        self,
        flt: CaseFilter = ...,
        *,
        sort: str = ...,
        descending: bool = ...,
        offset: int = ...,
        limit: int | None = ...,
    ) -> list[CaseSummaryRow]: ...


class CaseTableModel(QAbstractTableModel):
    """Rows of ``CaseSummaryRow``, fetched in pages from ``repository``."""

    def __init__(
        self,
        repository: CaseRows | None,
        language: str = "nb",
        *,
        discreet: bool = True,
        reference: ReferenceData | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        self._language = language
        self._ref = reference or default_reference()
        self._page = page_size
        self._discreet = discreet
        self._filter = CaseFilter()
        self._sort = "opened"
        self._descending = True
        self._rows: list[CaseSummaryRow] = []
        self._total = 0
        self.today: Callable[[], date] = date.today

    # --- state --------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def total(self) -> int:
        """How many cases match the filter (the list's full length)."""
        return self._total

    @property
    def discreet(self) -> bool:
        return self._discreet

    def set_repository(self, repository: CaseRows | None) -> None:
        """A new vault after unlock (None: no vault); the model is emptied."""
        self._repo = repository
        self.clear()

    def set_discreet(self, on: bool) -> None:
        if on == self._discreet:
            return
        self._discreet = on
        if on and self._sort == "client_name":
            self._sort, self._descending = "opened", True
            self.reload()
            return
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_CLIENT, COL_CLIENT)

    def clear(self) -> None:
        """No rows, nothing to fetch (used on lock)."""
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._filter = CaseFilter()
        self.endResetModel()

    # --- queries ----------------------------------------------------------------
    def fetch_first_page(
        self, flt: CaseFilter, sort: str | None = None, descending: bool | None = None
    ) -> tuple[list[CaseSummaryRow], int]:
        """Read (first page, total) without touching the model: safe to call
        on a worker thread, then hand the result to :meth:`set_rows`."""
        if self._repo is None:
            return [], 0
        sort = self._sort if sort is None else sort
        descending = self._descending if descending is None else descending
        total = self._repo.count(flt)
        rows = self._repo.list_rows(
            flt, sort=sort, descending=descending, offset=0, limit=self._page
        )
        return rows, total

    def set_filter(self, flt: CaseFilter) -> None:
        """Requery with ``flt`` (on this thread) and show the first page."""
        rows, total = self.fetch_first_page(flt)
        self.set_rows(flt, rows, total)

    def set_rows(self, flt: CaseFilter, rows: Sequence[CaseSummaryRow], total: int) -> None:
        """Show a first page read elsewhere (e.g. by a background search)."""
        self.beginResetModel()
        self._filter = flt
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self.endResetModel()

    def reload(self) -> None:
        """Read the current filter again (after a case was saved)."""
        self.set_filter(self._filter)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._repo is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._repo is not None
        more = self._repo.list_rows(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            offset=len(self._rows),
            limit=self._page,
        )
        if not more:
            self._total = len(self._rows)  # the vault changed under us
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None or (key == "client_name" and self._discreet):
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        for col, key in SORT_KEYS.items():
            if key == self._sort:
                return col
        return COL_OPENED

    # --- table ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def row_at(self, row: int) -> CaseSummaryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == case_id:
                return i
        return -1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == SortKeyRole:
            return SORT_KEYS.get(section)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == COL_REFERENCE:
            return self.tr("Reference")
        if section == COL_OPENED:
            return self.tr("Opened")
        if section == COL_CLOSED:
            return self.tr("Closed")
        if section == COL_AREA:
            return self.tr("Area")
        if section == COL_GROUNDS:
            return self.tr("Grounds")
        if section == COL_STATUS:
            return self.tr("Status")
        if section == COL_DESK:
            return self.tr("Desk")
        if section == COL_NEXT_FOLLOW_UP:
            return self.tr("Next follow-up")
        if section == COL_CLIENT:
            return self.tr("Client")
        return None

    def _desk_label(self, desk: str) -> str:
        if desk == DESK_MEDIATION:
            return self.tr("Mediation desk")
        return self.tr("Advice desk")

    def _display(self, r: CaseSummaryRow, col: int) -> str | None:
        lang = self._language
        if col == COL_REFERENCE:
            return r.reference
        if col == COL_OPENED:
            return format_date(r.opened, lang)
        if col == COL_CLOSED:
            return format_date(r.closed, lang)
        if col == COL_AREA:
            return self._ref.areas.label(r.area, lang)
        if col == COL_GROUNDS:
            return ", ".join(self._ref.grounds.label(g, lang) for g in r.grounds)
        if col == COL_STATUS:
            return self._ref.statuses.label(r.status, lang)
        if col == COL_DESK:
            return self._desk_label(r.desk)
        if col == COL_NEXT_FOLLOW_UP:
            shown = format_date(r.next_follow_up, lang)
            return self.overdue_text(shown) if self.is_overdue(r) else shown
        if col == COL_CLIENT:
            if self._discreet:
                return None
            return r.client_name or self.tr("(anonymous)")
        return None

    def overdue_text(self, shown_date: str) -> str:
        """How an overdue follow-up reads: mark, date and the word."""
        return self.tr("{mark} {date} overdue").format(mark=OVERDUE_MARK, date=shown_date)

    def is_overdue(self, r: CaseSummaryRow) -> bool:
        """An open follow-up whose day has passed."""
        return r.next_follow_up is not None and r.next_follow_up < self.today()

    def _sort_value(self, r: CaseSummaryRow, col: int) -> Any:
        if col == COL_REFERENCE:
            return r.reference
        if col == COL_OPENED:
            return r.opened.isoformat()
        if col == COL_CLOSED:
            return r.closed.isoformat() if r.closed else ""
        if col == COL_AREA:
            return r.area
        if col == COL_GROUNDS:
            return ",".join(r.grounds)
        if col == COL_STATUS:
            return r.status
        if col == COL_DESK:
            return r.desk
        if col == COL_NEXT_FOLLOW_UP:
            return r.next_follow_up.isoformat() if r.next_follow_up else ""
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == CaseIdRole:
            return r.id
        if role == ReferenceRole:
            return r.reference
        if col == COL_CLIENT and self._discreet:
            return None  # nothing at all for any role
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_GROUNDS and r.grounds:
                return self._display(r, col)
            if col == COL_NEXT_FOLLOW_UP and self.is_overdue(r):
                return self.tr("The follow-up of {reference} is overdue").format(
                    reference=r.reference
                )
            return r.reference
        if col == COL_NEXT_FOLLOW_UP and self.is_overdue(r):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#8b0000"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == SortKeyRole:
            if col == COL_CLIENT:
                return r.client_name
            return self._sort_value(r, col)
        return None
