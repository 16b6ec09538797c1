"""Table models of the handover dialogs (Qt's model/view, no QTableWidget):

* ``BundleCasesModel``: the cases of a bundle being imported, a tick per case
  (checked: import it), its content, what happens here, the consent, the
  client's name (``•••`` in discreet mode) and what it adds.
* ``DifferencesModel``: the fields that differ, a tick per field (checked:
  take the bundle's value), this vault's value and the bundle's (personal
  values ``•••`` in discreet mode).
* ``ConsentModel``: the export dialog's cases and the client's consent to share.

Each has its column constants; ``TickRole`` aside, the ticks are Qt's
``CheckStateRole`` (a click or Space on the first column toggles them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dime_desktop.handover.merge import CasePlan, Conflict
from dime_desktop.ui.handover.texts import (
    added_text,
    consent_text,
    content_text,
    field_label,
    value_text,
)

HIDDEN = "•••"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole
#: the reference of the row's case (both import models)
ReferenceRole = int(Qt.ItemDataRole.UserRole) + 1


def _check_state(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def _is_checked(value: Any) -> bool:
    try:
        return Qt.CheckState(value) == Qt.CheckState.Checked
    except (TypeError, ValueError):
        return bool(value == Qt.CheckState.Checked.value)


class _TickModel(QAbstractTableModel):
    """Rows with a tick in the first column; texts from ``_text``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ticks: list[bool] = []
        self._discreet = True

    def _headers(self) -> Sequence[str]:
        raise NotImplementedError

    def _text(self, row: int, col: int) -> str:
        raise NotImplementedError

    def _reference(self, row: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ticks)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ticks):
            return None
        row, col = index.row(), index.column()
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == _CHECK and col == 0:
            return _check_state(self._ticks[row])
        if role == ReferenceRole:
            return self._reference(row)
        return None

    def setData(self, index: _Index, value: Any, role: int = _CHECK) -> bool:
        if role != _CHECK or not index.isValid() or index.column() != 0:
            return False
        self._ticks[index.row()] = _is_checked(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_ticked(self, row: int, on: bool) -> None:
        self.setData(self.index(row, 0), _check_state(on))

    def ticked(self, row: int) -> bool:
        return self._ticks[row]

    def ticked_rows(self) -> list[int]:
        return [r for r, on in enumerate(self._ticks) if on]

    def set_discreet(self, on: bool) -> None:
        self._discreet = bool(on)
        if self._ticks:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ticks) - 1, self.columnCount() - 1)
            )


class BundleCasesModel(_TickModel):
    """The cases of a bundle; each ticked (to be imported) at first."""

    COL_CASE, COL_CONTENT, COL_HERE, COL_CONSENT, COL_CLIENT, COL_ADDS = range(6)

    def __init__(self, here_text: Callable[[CasePlan], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._here_text = here_text
        self._plans: list[CasePlan] = []

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Case"),
            self.tr("Content"),
            self.tr("Here"),
            self.tr("Consent"),
            self.tr("Client"),
            self.tr("New"),
        )

    def set_plans(self, plans: Sequence[CasePlan]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self._ticks = [True] * len(self._plans)
        self.endResetModel()

    def plan(self, row: int) -> CasePlan:
        return self._plans[row]

    def _reference(self, row: int) -> str:
        return self._plans[row].reference

    def _text(self, row: int, col: int) -> str:
        plan = self._plans[row]
        if col == self.COL_CASE:
            return plan.reference
        if col == self.COL_CONTENT:
            return content_text(plan.incoming.content)
        if col == self.COL_HERE:
            return self._here_text(plan)
        if col == self.COL_CONSENT:
            consent = plan.incoming.consent
            return consent_text(consent.source, consent.given)
        if col == self.COL_CLIENT:
            client = plan.incoming.case.client
            name = "" if client is None else client.name
            return HIDDEN if self._discreet and name else name
        if col == self.COL_ADDS:
            return added_text(plan.added)
        return ""


class DifferencesModel(_TickModel):
    """The fields that differ; none ticked at first (this vault's value is kept)."""

    COL_TAKE, COL_MINE, COL_THEIRS = range(3)

    def __init__(self, lang: str = "nb", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[tuple[CasePlan, Conflict]] = []

    def _headers(self) -> Sequence[str]:
        return (self.tr("Take the bundle's value"), self.tr("This vault"), self.tr("The bundle"))

    def set_conflicts(self, rows: Sequence[tuple[CasePlan, Conflict]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ticks = [False] * len(self._rows)
        self.endResetModel()

    def conflict(self, row: int) -> tuple[CasePlan, Conflict]:
        return self._rows[row]

    def _reference(self, row: int) -> str:
        return self._rows[row][0].reference

    def _text(self, row: int, col: int) -> str:
        plan, conflict = self._rows[row]
        if col == self.COL_TAKE:
            detail = f" ({conflict.detail})" if conflict.detail and not self._discreet else ""
            return f"{plan.reference}: {field_label(conflict.field)}{detail}"
        if col in (self.COL_MINE, self.COL_THEIRS):
            if self._discreet and conflict.personal:
                return HIDDEN
            value = conflict.mine if col == self.COL_MINE else conflict.theirs
            return value_text(conflict.key, value, self._lang)
        return ""

    def taken(self) -> dict[str, set[str]]:
        """The ticked fields: the bundle's value is taken, by the case's origin."""
        out: dict[str, set[str]] = {}
        for r in self.ticked_rows():
            plan, conflict = self._rows[r]
            out.setdefault(plan.incoming.origin, set()).add(conflict.key)
        return out


class ConsentModel(QAbstractTableModel):
    """The export dialog's cases: reference and the client's consent to share."""

    COL_CASE, COL_CONSENT = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return {self.COL_CASE: self.tr("Case"), self.COL_CONSENT: self.tr("Client's consent")}.get(
            section
        )

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == ReferenceRole:
            return self._rows[index.row()][0]
        return None


#: the contact's id (``ContactsModel``)
ContactIdRole = int(Qt.ItemDataRole.UserRole) + 2


class ContactsModel(QAbstractTableModel):
    """The trusted colleagues: name, office, fingerprint (fixed-width font),
    when it was compared."""

    COL_NAME, COL_OFFICE, COL_FINGERPRINT, COL_VERIFIED = range(4)

    def __init__(self, date_text: Callable[[Any], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._date_text = date_text
        self._contacts: list[Any] = []
        self._fixed_font: Any = None

    def set_contacts(self, contacts: Sequence[Any]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return {
            self.COL_NAME: self.tr("Name"),
            self.COL_OFFICE: self.tr("Office"),
            self.COL_FINGERPRINT: self.tr("Fingerprint"),
            self.COL_VERIFIED: self.tr("Verified"),
        }.get(section)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        c = self._contacts[index.row()]
        col = index.column()
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            values = (c.name, c.office, c.fingerprint, self._date_text(c.verified_on))
            return values[col] if 0 <= col < len(values) else None
        if role == ContactIdRole:
            return c.id
        if role == Qt.ItemDataRole.FontRole and col == self.COL_FINGERPRINT:
            from PySide6.QtGui import QFontDatabase

            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None
