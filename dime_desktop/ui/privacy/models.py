"""Table models of the privacy screens (Qt's model/view, no QTableWidget):

* ``ConsentTableModel``: one row per consent purpose of a case: purpose,
  status, date (given or withdrawn), how; the purpose's help as its tooltip.
* ``DueForDeletionModel``: the cases due for deletion, a tick per case
  (unticked at first), desk, area, closed, due since; ``CaseIdRole`` gives
  the case's id."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dime_desktop.cases.model import CONSENT_PURPOSES, DESK_MEDIATION, Case
from dime_desktop.privacy import consent as core
from dime_desktop.privacy.retention import DueCase
from dime_desktop.reference import default_reference
from dime_desktop.ui.common.widgets import format_date

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole
CaseIdRole = int(Qt.ItemDataRole.UserRole) + 1
PurposeRole = int(Qt.ItemDataRole.UserRole) + 2


class ConsentTableModel(QAbstractTableModel):
    """The consents of one case, a row per purpose (``CONSENT_PURPOSES``)."""

    COL_PURPOSE, COL_STATUS, COL_DATE, COL_HOW = range(4)

    def __init__(self, lang: str = "nb", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[tuple[str, str, str, str]] = []

    def set_case(self, case: Case) -> None:
        texts = core.texts()
        methods = default_reference().consent_methods
        rows = []
        for purpose in CONSENT_PURPOSES:
            record = case.consent_of(purpose)
            state = core.state_of(case, purpose)
            when = ""
            if record is not None:
                day = record.withdrawn_on if state == "withdrawn" else record.given_on
                when = format_date(day, self._lang) if day else ""
            how = methods.label(record.method, self._lang) if record and record.method else ""
            rows.append(
                (texts.label(purpose, self._lang), texts.status(state, self._lang), when, how)
            )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return {
            self.COL_PURPOSE: self.tr("Purpose"),
            self.COL_STATUS: self.tr("Status"),
            self.COL_DATE: self.tr("Date"),
            self.COL_HOW: self.tr("How"),
        }.get(section)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        purpose = CONSENT_PURPOSES[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_PURPOSE:
            return core.texts().purposes[purpose].help.get(self._lang, "")
        if role == PurposeRole:
            return purpose
        return None


class DueForDeletionModel(QAbstractTableModel):
    """Cases due for deletion; the first column ticks a case for deletion."""

    COL_CASE, COL_DESK, COL_AREA, COL_CLOSED, COL_DUE = range(5)

    def __init__(self, area_label: Callable[[str], str], lang: str = "nb", parent: Any = None):
        super().__init__(parent)
        self._area_label = area_label
        self._lang = lang
        self._due: list[DueCase] = []
        self._ticks: list[bool] = []

    def set_due(self, due: Sequence[DueCase]) -> None:
        self.beginResetModel()
        self._due = list(due)
        self._ticks = [False] * len(self._due)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._due)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return {
            self.COL_CASE: self.tr("Case"),
            self.COL_DESK: self.tr("Desk"),
            self.COL_AREA: self.tr("Area"),
            self.COL_CLOSED: self.tr("Closed"),
            self.COL_DUE: self.tr("Due since"),
        }.get(section)

    def _text(self, d: DueCase, col: int) -> str:
        if col == self.COL_CASE:
            return d.reference
        if col == self.COL_DESK:
            return self.tr("Mediation") if d.desk == DESK_MEDIATION else self.tr("Advice")
        if col == self.COL_AREA:
            return self._area_label(d.area)
        if col == self.COL_CLOSED:
            return format_date(d.closed, self._lang)
        if col == self.COL_DUE:
            return format_date(d.review_on, self._lang)
        return ""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.COL_CASE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._due):
            return None
        d = self._due[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(d, index.column())
        if role == _CHECK and index.column() == self.COL_CASE:
            return Qt.CheckState.Checked if self._ticks[index.row()] else Qt.CheckState.Unchecked
        if role == CaseIdRole:
            return d.case_id
        return None

    def setData(self, index: _Index, value: Any, role: int = _CHECK) -> bool:
        if role != _CHECK or not index.isValid() or index.column() != self.COL_CASE:
            return False
        try:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
        except (TypeError, ValueError):
            on = value == Qt.CheckState.Checked.value
        self._ticks[index.row()] = on
        self.dataChanged.emit(index, index, [role])
        return True

    def tick_all(self) -> None:
        for row in range(len(self._due)):
            self.setData(self.index(row, self.COL_CASE), Qt.CheckState.Checked)

    def ticked(self) -> list[int]:
        return [d.case_id for d, on in zip(self._due, self._ticks, strict=True) if on]
