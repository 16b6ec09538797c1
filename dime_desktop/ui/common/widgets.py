"""Small shared widgets: a date field that may be empty, a selector of
protected grounds with their flags, and a label for a field's problem.

All sizes come from the font (high-DPI safe); every control has an
accessible name.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QWidget,
)

from dime_desktop.cases.model import CaseGround
from dime_desktop.reference import ReferenceList

# A date edit cannot be empty; its minimum date stands for "no date" and is
# shown as an empty field (Qt's special value text).
_EMPTY = QDate(1900, 1, 1)


def date_format(language: str) -> str:
    """Qt date format of the UI language."""
    return "yyyy-MM-dd" if language == "en" else "dd.MM.yyyy"


def format_date(value: date | None, language: str) -> str:
    """A date as the UI shows it; "" for none."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d" if language == "en" else "%d.%m.%Y")


class DateEdit(QWidget):
    """A date that may be left empty (``value()`` is then None); a small
    button empties it, the calendar pops up with Alt+Down."""

    changed = Signal()

    def __init__(
        self, language: str = "nb", *, optional: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format(language))
        self.edit.setMinimumDate(_EMPTY)
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        if optional:
            self.edit.setSpecialValueText(" ")
        self.edit.dateChanged.connect(self._on_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear date"))
        self.clear_button.setToolTip(self.tr("Clear date"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.set_value(None if optional else date.today())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _on_changed(self, _value: QDate) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.changed.emit()

    def value(self) -> date | None:
        qd = self.edit.date()
        if qd == _EMPTY:
            return None
        return date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            if not self._optional:
                value = date.today()
            else:
                self.edit.setDate(_EMPTY)
                self.clear_button.setEnabled(False)
                return
        self.edit.setDate(QDate(value.year, value.month, value.day))
        self.clear_button.setEnabled(True)

    def clear(self) -> None:
        if self._optional:
            self.set_value(None)


class ProblemLabel(QLabel):
    """A field's validation message, shown right under the field; hidden when
    there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.setPalette(palette)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


class GroundSelector(QWidget):
    """Protected grounds as a multi-select; each chosen ground has the flags
    perceived (the client's view), assessed (the adviser's view) and by
    association (through a connection to someone else)."""

    changed = Signal()

    def __init__(self, grounds: ReferenceList, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: dict[str, tuple[QCheckBox, QCheckBox, QCheckBox, QCheckBox]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(grid.horizontalSpacing() * 2)
        headers = (
            self.tr("Ground"),
            self.tr("Client's view"),
            self.tr("Adviser's view"),
            self.tr("By association"),
        )
        tips = (
            "",
            self.tr("The client experiences the treatment as linked to this ground"),
            self.tr("The adviser assesses that this ground is relevant"),
            self.tr("Through a connection to someone else (family, partner, friend)"),
        )
        for col, (text, tip) in enumerate(zip(headers, tips, strict=True)):
            header = QLabel(text, self)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setToolTip(tip)
            grid.addWidget(header, 0, col)
        for row, entry in enumerate(grounds, start=1):
            label = entry.label(language)
            chosen = QCheckBox(label, self)
            chosen.setAccessibleName(label)
            perceived = QCheckBox(self)
            perceived.setAccessibleName(self.tr("{ground}: client's view").format(ground=label))
            perceived.setToolTip(tips[1])
            assessed = QCheckBox(self)
            assessed.setAccessibleName(self.tr("{ground}: adviser's view").format(ground=label))
            assessed.setToolTip(tips[2])
            association = QCheckBox(self)
            association.setAccessibleName(self.tr("{ground}: by association").format(ground=label))
            association.setToolTip(tips[3])
            boxes = (chosen, perceived, assessed, association)
            for col, box in enumerate(boxes):
                grid.addWidget(box, row, col, Qt.AlignmentFlag.AlignLeft)
            for flag in boxes[1:]:
                flag.setEnabled(False)
                flag.toggled.connect(self._emit_changed)
            chosen.toggled.connect(lambda on, code=entry.code: self._on_chosen(code, on))
            self._rows[entry.code] = boxes
        grid.setColumnStretch(len(headers), 1)

    def _emit_changed(self, _on: bool = False) -> None:
        self.changed.emit()

    def _on_chosen(self, code: str, on: bool) -> None:
        _chosen, perceived, assessed, association = self._rows[code]
        for flag in (perceived, assessed, association):
            flag.setEnabled(on)
        if on and not (perceived.isChecked() or assessed.isChecked()):
            perceived.setChecked(True)  # the client's own view is the usual start
        self.changed.emit()

    def checkbox(self, code: str, which: str = "chosen") -> QCheckBox:
        """One of the boxes of a ground: chosen, perceived, assessed, by_association."""
        index = ("chosen", "perceived", "assessed", "by_association").index(which)
        return self._rows[code][index]

    def first_widget(self) -> QWidget:
        return next(iter(self._rows.values()))[0]

    def grounds(self) -> list[CaseGround]:
        result = []
        for code, (chosen, perceived, assessed, association) in self._rows.items():
            if chosen.isChecked():
                result.append(
                    CaseGround(
                        code,
                        perceived=perceived.isChecked(),
                        assessed=assessed.isChecked(),
                        by_association=association.isChecked(),
                    )
                )
        return result

    def set_grounds(self, grounds: list[CaseGround]) -> None:
        by_code = {g.code: g for g in grounds}
        for code, (chosen, perceived, assessed, association) in self._rows.items():
            g = by_code.get(code)
            for box in (chosen, perceived, assessed, association):
                box.blockSignals(True)
            chosen.setChecked(g is not None)
            perceived.setChecked(bool(g and g.perceived))
            assessed.setChecked(bool(g and g.assessed))
            association.setChecked(bool(g and g.by_association))
            for flag in (perceived, assessed, association):
                flag.setEnabled(g is not None)
            for box in (chosen, perceived, assessed, association):
                box.blockSignals(False)
        self.changed.emit()


def unsaved_changes_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """The Save / Discard / Cancel question for unsaved changes: window-modal,
    deleted when closed, Save as default. The caller connects ``finished`` and
    calls ``open()`` (no nested event loop, so a lock can still close it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate("UnsavedChanges", "Save them before closing?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    # Qt ships no Norwegian texts for its standard buttons: name them here.
    box.button(QMessageBox.StandardButton.Save).setText(
        QCoreApplication.translate("UnsavedChanges", "&Save")
    )
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("UnsavedChanges", "&Discard changes")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("UnsavedChanges", "Cancel")
    )
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
