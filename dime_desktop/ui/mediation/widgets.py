"""Widgets the mediation screens share: a consent (given, when, how, and its
withdrawal), a combo of reference codes, and a list of rows with Add / Edit /
Remove."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.mediation.model import Consent
from dime_desktop.reference import ReferenceList
from dime_desktop.ui.common.widgets import DateEdit

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def code_combo(
    values: ReferenceList, lang: str, name: str, none_text: str | None, parent: QWidget
) -> QComboBox:
    """A combo of reference codes (item data = code; "" for the none item)."""
    combo = QComboBox(parent)
    if none_text is not None:
        combo.addItem(none_text, "")
    for entry in values:
        combo.addItem(entry.label(lang), entry.code)
    combo.setAccessibleName(name)
    return combo


def combo_value(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return str(value) if value else None


def set_combo(combo: QComboBox, value: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(value or ""), 0))


class ConsentEditor(QWidget):
    """A consent: a box "given" with its date, how it was given and a note; and,
    when ``withdrawable``, a box "withdrawn" with its date and a note. Every
    control is named "{name}: ..." for a screen reader."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        lang: str,
        methods: ReferenceList,
        *,
        withdrawable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self.given = QCheckBox(self.tr("Given"), self)
        self.given.setAccessibleName(self.tr("{name}: given").format(name=name))
        self.given_on = DateEdit(lang, optional=False, parent=self)
        self.given_on.setAccessibleName(self.tr("{name}: date").format(name=name))
        self.method = code_combo(
            methods, lang, self.tr("{name}: how").format(name=name), self.tr("(how?)"), self
        )
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("{name}: note").format(name=name))
        self.note.setPlaceholderText(self.tr("Note"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.given, 0, 0)
        grid.addWidget(self.given_on, 0, 1)
        grid.addWidget(self.method, 0, 2)
        grid.addWidget(self.note, 0, 3)
        grid.setColumnStretch(3, 1)
        self.withdrawn: QCheckBox | None = None
        self.withdrawn_on: DateEdit | None = None
        self.withdrawal_note: QLineEdit | None = None
        if withdrawable:
            self.withdrawn = QCheckBox(self.tr("Withdrawn"), self)
            self.withdrawn.setAccessibleName(self.tr("{name}: withdrawn").format(name=name))
            self.withdrawn_on = DateEdit(lang, optional=False, parent=self)
            self.withdrawn_on.setAccessibleName(self.tr("{name}: withdrawn on").format(name=name))
            self.withdrawal_note = QLineEdit(self)
            self.withdrawal_note.setAccessibleName(
                self.tr("{name}: why withdrawn").format(name=name)
            )
            self.withdrawal_note.setPlaceholderText(self.tr("Note on the withdrawal"))
            grid.addWidget(self.withdrawn, 1, 0)
            grid.addWidget(self.withdrawn_on, 1, 1)
            grid.addWidget(self.withdrawal_note, 1, 2, 1, 2)
            self.withdrawn.toggled.connect(self._on_toggled)
            self.withdrawn_on.changed.connect(self._emit)
            self.withdrawal_note.textChanged.connect(self._emit)
        self.given.toggled.connect(self._on_toggled)
        self.given_on.changed.connect(self._emit)
        self.method.currentIndexChanged.connect(self._emit)
        self.note.textChanged.connect(self._emit)
        self.setFocusProxy(self.given)
        self._enable()

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_toggled(self, _on: bool) -> None:
        if not self._loading:
            # a newly ticked box starts on today's date
            if self.sender() is self.given and self.given.isChecked():
                self.given_on.set_value(date.today())
            if self.withdrawn is not None and self.sender() is self.withdrawn:
                assert self.withdrawn_on is not None
                if self.withdrawn.isChecked():
                    self.withdrawn_on.set_value(date.today())
        self._enable()
        self._emit()

    def _enable(self) -> None:
        on = self.given.isChecked()
        for w in (self.given_on, self.method, self.note):
            w.setEnabled(on)
        if self.withdrawn is not None:
            assert self.withdrawn_on is not None and self.withdrawal_note is not None
            self.withdrawn.setEnabled(on)
            off = on and self.withdrawn.isChecked()
            self.withdrawn_on.setEnabled(off)
            self.withdrawal_note.setEnabled(off)

    def withdrawal_dates(self) -> list[DateEdit]:
        return [self.withdrawn_on] if self.withdrawn_on is not None else []

    def value(self) -> Consent:
        if not self.given.isChecked():
            return Consent()
        consent = Consent(
            given_on=self.given_on.value(),
            method=combo_value(self.method),
            note=self.note.text().strip(),
        )
        if self.withdrawn is not None and self.withdrawn.isChecked():
            assert self.withdrawn_on is not None and self.withdrawal_note is not None
            consent.withdrawn_on = self.withdrawn_on.value()
            consent.withdrawal_note = self.withdrawal_note.text().strip()
        return consent

    def set_value(self, consent: Consent) -> None:
        self._loading = True
        try:
            self.given.setChecked(consent.given)
            self.given_on.set_value(consent.given_on or date.today())
            set_combo(self.method, consent.method)
            self.note.setText(consent.note)
            if self.withdrawn is not None:
                assert self.withdrawn_on is not None and self.withdrawal_note is not None
                self.withdrawn.setChecked(consent.withdrawn)
                self.withdrawn_on.set_value(consent.withdrawn_on or date.today())
                self.withdrawal_note.setText(consent.withdrawal_note)
        finally:
            self._loading = False
        self._enable()


class RowsModel(QAbstractTableModel):
    """Rows of texts under headers (what a list of talks, meetings or terms shows)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[list[str]] = []
        self._keys: list[str] = []

    def set_rows(self, rows: list[list[str]], keys: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else [str(i) for i in range(len(rows))]
        self.endResetModel()

    def key(self, row: int) -> str | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.UserRole:
            return self.key(index.row())
        return None


class ListEditor(QWidget):
    """A table with buttons Add / Edit / Remove (and any extra buttons); the
    screen opens the dialogs. Buttons are named "... {list}" for a screen reader."""

    add_requested = Signal()
    edit_requested = Signal(str)  # key of the row
    remove_requested = Signal(str)

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(headers, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setMinimumHeight(self.fontMetrics().height() * 7)
        self.view.doubleClicked.connect(lambda _i: self._edit())
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add to {list}").format(list=name))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit in {list}").format(list=name))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove from {list}").format(list=name))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.view)

    def add_button_for(self, text: str, name: str) -> QPushButton:
        """An extra button in the row (before the stretch)."""
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def selected_key(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.view.currentIndex().row()
        if row < 0 and self.model.rowCount() == 1:
            row = 0  # the only row is the one meant
        return self.model.key(row)

    def select_key(self, key: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.key(row) == key:
                self.view.selectRow(row)
                return

    def set_rows(self, rows: list[list[str]], keys: list[str], empty_text: str = "") -> None:
        selected = self.selected_key()
        self.model.set_rows(rows, keys)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty.setText(empty_text if not rows else "")
        self.empty.setVisible(bool(empty_text) and not rows)
        self.select_key(selected)

    def _edit(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.edit_requested.emit(key)

    def _remove(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.remove_requested.emit(key)
