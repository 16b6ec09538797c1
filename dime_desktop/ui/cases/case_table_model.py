"""The case register as a lazy table model over the repository.

Rows come in pages (``PAGE_SIZE``) read with keyset paging
(``CaseRepository.page``: each page continues from the sort position of the
last row shown, so the 500th page costs what the first costs). The model holds
a bounded *window* of rows (``WINDOW_ROWS``): scrolling down appends a page
(``canFetchMore``/``fetchMore``) and drops the oldest page at the top;
scrolling back up past the top of the window reads the page before it
(``fetch_previous``) and drops one at the bottom; ``jump_to_end`` and
``jump_to_start`` read the last or the first page directly (Ctrl+End,
Ctrl+Home). ``rows_shifted(n)`` tells the view how many rows moved in above
(or, negative, went away above) the rows it shows, so it keeps them in place.
Sorting and filtering are queries (the repository sorts; the model never holds
all rows), so 300,000 cases take no more memory than 3,000.

Display strings are made once per fetched row (``_Shown``), not at every
paint. How many cases match is exact without a search text; with one it is
counted up to ``case_list.COUNT_CAP`` ("1,000+": ``total_exact`` False).

Discreet mode: the client column gives no data for any role, tooltips show
only the reference, and sorting by name is refused.

Every column but the desk sorts (next follow-up and grounds too: cases without
come last). An overdue follow-up says so in words ("overdue"), with a mark,
bold and dark red: never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dime_desktop.cases.model import DESK_MEDIATION, CaseFilter, CaseSummaryRow
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.storage.case_list import (
    COUNT_CAP,
    END,
    CancelToken,
    CaseCount,
    CasePage,
    SortPosition,
)
from dime_desktop.ui.common.widgets import format_date

PAGE_SIZE = 200
WINDOW_ROWS = 5 * PAGE_SIZE

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
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)


class CaseRows(Protocol):
    """What the model needs of ``CaseRepository``."""

    def count_matches(
        self, flt: CaseFilter = ..., *, at_most: int | None = ..., cancel: CancelToken | None = ...
    ) -> CaseCount: ...

    def page(
        self,
        flt: CaseFilter = ...,
        *,
        sort: str = ...,
        descending: bool = ...,
        after: SortPosition | None = ...,
        before: SortPosition | None = ...,
        limit: int = ...,
        cancel: CancelToken | None = ...,
    ) -> CasePage: ...


@dataclass(frozen=True)
class FirstPage:
    """A first page and the count, read (e.g. on a worker thread) for
    :meth:`CaseTableModel.set_rows`."""

    page: CasePage
    count: CaseCount
    sort: str
    descending: bool


@dataclass(frozen=True)
class _Shown:
    """One row with its display strings, made once when it is fetched."""

    row: CaseSummaryRow
    texts: tuple[str | None, ...]  # per column; the client column only when not discreet
    grounds_tip: str
    overdue: bool


class CaseTableModel(QAbstractTableModel):
    """A window of ``CaseSummaryRow``s, fetched in keyset pages from ``repository``."""

    # rows moved in (positive) or went away (negative) above the rows of the window
    rows_shifted = Signal(int)

    def __init__(
        self,
        repository: CaseRows | None,
        language: str = "nb",
        *,
        discreet: bool = True,
        reference: ReferenceData | None = None,
        page_size: int = PAGE_SIZE,
        window_rows: int = WINDOW_ROWS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        self._language = language
        self._ref = reference or default_reference()
        self._page = page_size
        self._window = max(window_rows, 2 * page_size)
        self._discreet = discreet
        self._filter = CaseFilter()
        self._sort = "opened"
        self._descending = True
        self._rows: list[_Shown] = []
        self._positions: list[SortPosition] = []
        self._more_after = False
        self._more_before = False
        self._count = CaseCount(0, True)
        self.today: Callable[[], date] = date.today
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(QColor("#8b0000"))

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
        """How many cases match the filter; at least this many when not
        :attr:`total_exact` (a search is counted up to COUNT_CAP + 1)."""
        return self._count.n

    @property
    def total_exact(self) -> bool:
        return self._count.exact

    @property
    def discreet(self) -> bool:
        return self._discreet

    @property
    def window_rows(self) -> int:
        return self._window

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
        self._rows = [self._shown(s.row) for s in self._rows]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_CLIENT, COL_CLIENT)

    def clear(self) -> None:
        """No rows, nothing to fetch (used on lock)."""
        self.beginResetModel()
        self._rows = []
        self._positions = []
        self._more_after = self._more_before = False
        self._count = CaseCount(0, True)
        self._filter = CaseFilter()
        self.endResetModel()

    # --- queries ----------------------------------------------------------------
    def can_sort(self, key: str) -> bool:
        return key in SORT_KEYS.values() and not (key == "client_name" and self._discreet)

    def set_sort_order(self, key: str, descending: bool) -> bool:
        """Remember the order for the next query (:meth:`reload` or a search
        that brings :meth:`set_rows`); False when it cannot sort by ``key``."""
        if not self.can_sort(key):
            return False
        self._sort, self._descending = key, descending
        return True

    def fetch_first_page(
        self,
        flt: CaseFilter,
        sort: str | None = None,
        descending: bool | None = None,
        *,
        cancel: CancelToken | None = None,
    ) -> FirstPage:
        """Read the first page and the count without touching the model: safe
        on a worker thread; hand the result to :meth:`set_rows`. ``cancel``
        stops the reading (``SearchCancelled``) when a newer search comes."""
        sort = self._sort if sort is None else sort
        descending = self._descending if descending is None else descending
        if self._repo is None:
            return FirstPage(CasePage([], [], False), CaseCount(0, True), sort, descending)
        page = self._repo.page(
            flt, sort=sort, descending=descending, limit=self._page, cancel=cancel
        )
        at_most = COUNT_CAP if flt.text else None
        if not page.more and not page.rows:
            count = CaseCount(0, True)
        elif not page.more:
            count = CaseCount(len(page.rows), True)  # it all fits on one page
        else:
            count = self._repo.count_matches(flt, at_most=at_most, cancel=cancel)
        return FirstPage(page, count, sort, descending)

    def set_filter(self, flt: CaseFilter) -> None:
        """Requery with ``flt`` (on this thread) and show the first page."""
        self.set_rows(flt, self.fetch_first_page(flt))

    def set_rows(self, flt: CaseFilter, first: FirstPage) -> None:
        """Show a first page read elsewhere (e.g. by a background search)."""
        self.beginResetModel()
        self._filter = flt
        self._sort, self._descending = first.sort, first.descending
        self._rows = [self._shown(r) for r in first.page.rows]
        self._positions = list(first.page.positions)
        self._more_after = first.page.more
        self._more_before = False
        self._count = first.count
        self.endResetModel()

    def reload(self) -> None:
        """Read the current filter again (after a case was saved)."""
        self.set_filter(self._filter)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._repo is None:
            return False
        return self._more_after

    def can_fetch_previous(self) -> bool:
        """Rows before the window (dropped while scrolling down, or a jump to the end)."""
        return self._repo is not None and self._more_before

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self._positions:
            return
        assert self._repo is not None
        got = self._repo.page(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            after=self._positions[-1],
            limit=self._page,
        )
        self._more_after = got.more
        if got.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(got.rows) - 1)
            self._rows.extend(self._shown(r) for r in got.rows)
            self._positions.extend(got.positions)
            self.endInsertRows()
        extra = len(self._rows) - self._window
        if extra > 0:
            self.beginRemoveRows(QModelIndex(), 0, extra - 1)
            del self._rows[:extra]
            del self._positions[:extra]
            self._more_before = True
            self.endRemoveRows()
            self.rows_shifted.emit(-extra)

    def fetch_previous(self) -> int:
        """Read the page before the window's first row; returns how many rows came."""
        if not self.can_fetch_previous() or not self._positions:
            return 0
        assert self._repo is not None
        got = self._repo.page(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            before=self._positions[0],
            limit=self._page,
        )
        self._more_before = got.more
        n = len(got.rows)
        if n:
            self.beginInsertRows(QModelIndex(), 0, n - 1)
            self._rows[:0] = [self._shown(r) for r in got.rows]
            self._positions[:0] = got.positions
            self.endInsertRows()
            self.rows_shifted.emit(n)
        extra = len(self._rows) - self._window
        if extra > 0:
            keep = len(self._rows) - extra
            self.beginRemoveRows(QModelIndex(), keep, len(self._rows) - 1)
            del self._rows[keep:]
            del self._positions[keep:]
            self._more_after = True
            self.endRemoveRows()
        return n

    def jump_to_end(self) -> None:
        """Show the last page of the list (read backwards from its end)."""
        if self._repo is None or not (self._more_after or self._more_before):
            return
        got = self._repo.page(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            before=END,
            limit=self._page,
        )
        self.beginResetModel()
        self._rows = [self._shown(r) for r in got.rows]
        self._positions = list(got.positions)
        self._more_after = False
        self._more_before = got.more
        self.endResetModel()

    def jump_to_start(self) -> None:
        """Show the first page again (after scrolling far down or a jump to the end)."""
        if self._repo is None or not self._more_before:
            return
        got = self._repo.page(
            self._filter, sort=self._sort, descending=self._descending, limit=self._page
        )
        self.set_rows(self._filter, FirstPage(got, self._count, self._sort, self._descending))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None or not self.set_sort_order(key, order == Qt.SortOrder.DescendingOrder):
            return
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
        return self._rows[row].row if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int:
        for i, shown in enumerate(self._rows):
            if shown.row.id == case_id:
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

    def _shown(self, r: CaseSummaryRow) -> _Shown:
        """The row's display strings, once (not at every paint)."""
        lang = self._language
        overdue = self.is_overdue(r)
        follow_up = format_date(r.next_follow_up, lang)
        grounds = ", ".join(self._ref.grounds.label(g, lang) for g in r.grounds)
        texts = (
            r.reference,
            format_date(r.opened, lang),
            format_date(r.closed, lang),
            self._ref.areas.label(r.area, lang),
            grounds,
            self._ref.statuses.label(r.status, lang),
            self._desk_label(r.desk),
            self.overdue_text(follow_up) if overdue else follow_up,
            None if self._discreet else (r.client_name or self.tr("(anonymous)")),
        )
        return _Shown(r, texts, grounds, overdue)

    def overdue_text(self, shown_date: str) -> str:
        """How an overdue follow-up reads: mark, date and the word."""
        return self.tr("{mark} {date} overdue").format(mark=OVERDUE_MARK, date=shown_date)

    def is_overdue(self, r: CaseSummaryRow) -> bool:
        """An open follow-up whose day has passed."""
        return r.next_follow_up is not None and r.next_follow_up < self.today()

    @staticmethod
    def _sort_value(r: CaseSummaryRow, col: int) -> Any:
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
        if col == COL_CLIENT:
            return r.client_name
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        shown = self._rows[row]
        col = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):  # the hot path: a tuple look-up
            return shown.texts[col]
        if role == CaseIdRole:
            return shown.row.id
        if role == ReferenceRole:
            return shown.row.reference
        if col == COL_CLIENT and self._discreet:
            return None  # nothing at all for any role
        if role == _TOOLTIP:
            if col == COL_GROUNDS and shown.grounds_tip:
                return shown.grounds_tip
            if col == COL_NEXT_FOLLOW_UP and shown.overdue:
                return self.tr("The follow-up of {reference} is overdue").format(
                    reference=shown.row.reference
                )
            return shown.row.reference
        if col == COL_NEXT_FOLLOW_UP and shown.overdue:
            if role == _FOREGROUND:
                return self._overdue_brush
            if role == _FONT:
                return self._bold
        if role == SortKeyRole:
            return self._sort_value(shown.row, col)
        return None
