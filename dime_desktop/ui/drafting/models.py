"""The documents of a case as a table model (``DraftsTableModel``: document,
language, version, saved, sent; ``DraftIdRole``), and ``local_time_text``:
a stored UTC time (``2026-12-02T01:26:00+00:00``) as this computer's local
time in the UI's date format (``02.12.2026 02:26`` in bokmål)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dime_desktop.ui.common.widgets import format_datetime

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
DraftIdRole = int(Qt.ItemDataRole.UserRole) + 1

COL_KIND, COL_LANG, COL_VERSION, COL_SAVED, COL_SENT = range(5)


def local_time_text(stored: str, lang: str, *, tz: Any = None) -> str:
    """A stored ISO time (UTC when it names no zone) in local time, to the minute."""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored.replace("T", " ")[:16]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_datetime(moment, lang, tz=tz)


class DraftsTableModel(QAbstractTableModel):
    """One row per document draft; the cells are given as texts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, tuple[str, str, str, str, str]]] = []

    def set_rows(self, rows: Sequence[tuple[int, tuple[str, str, str, str, str]]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return {
            COL_KIND: self.tr("Document"),
            COL_LANG: self.tr("Language"),
            COL_VERSION: self.tr("Version"),
            COL_SAVED: self.tr("Saved"),
            COL_SENT: self.tr("Sent"),
        }.get(section)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        draft_id, cells = self._rows[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return cells[index.column()] if 0 <= index.column() < len(cells) else None
        if role == DraftIdRole:
            return draft_id
        return None
