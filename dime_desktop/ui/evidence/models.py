"""The witnesses of an evidence item as an editable table model
(``WitnessModel``): name and contact are edited in place, the client's
consent to keep the contact is a tick; ``witnesses()`` reads them back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dime_desktop.evidence.model import Witness

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole

COL_NAME, COL_CONTACT, COL_CONSENT = 0, 1, 2


class WitnessModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Any]] = []  # [name, contact, consent]

    def set_witnesses(self, witnesses: Sequence[Witness]) -> None:
        self.beginResetModel()
        self._rows = [[w.name, w.contact, bool(w.consent)] for w in witnesses]
        self.endResetModel()

    def witnesses(self) -> list[Witness]:
        return [Witness(str(n).strip(), str(c).strip(), bool(ok)) for n, c, ok in self._rows]

    def add(self, witness: Witness) -> int:
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append([witness.name, witness.contact, bool(witness.consent)])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_ROOT, row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return {
                COL_NAME: self.tr("Name"),
                COL_CONTACT: self.tr("Contact (phone, e-mail)"),
                COL_CONSENT: self.tr("Consent"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_CONSENT:
            return self.tr("The client agrees that we keep this witness's contact details.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_CONSENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if col == COL_CONSENT:
            if role == _CHECK:
                return Qt.CheckState.Checked if row[2] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Consent")
            return None
        if role in (_DISPLAY, _EDIT, Qt.ItemDataRole.AccessibleTextRole):
            return row[col]
        return None

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        col = index.column()
        if col == COL_CONSENT and role == _CHECK:
            try:
                on = Qt.CheckState(value) == Qt.CheckState.Checked
            except (TypeError, ValueError):
                on = value == Qt.CheckState.Checked.value
            self._rows[index.row()][2] = on
        elif col in (COL_NAME, COL_CONTACT) and role == _EDIT:
            self._rows[index.row()][col] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True
