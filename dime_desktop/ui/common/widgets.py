"""Small shared widgets: a date field that may be empty, a selector of
protected grounds with their flags, and a label for a field's problem.

All sizes come from the font (high-DPI safe); every control has an
accessible name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from dime_desktop.cases.model import CaseGround
from dime_desktop.reference import ReferenceList


def date_format(language: str) -> str:
    """Qt date format of the UI language."""
    return "yyyy-MM-dd" if language == "en" else "dd.MM.yyyy"


def format_date(value: date | None, language: str) -> str:
    """A date as the UI shows it; "" for none."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d" if language == "en" else "%d.%m.%Y")


def format_datetime(value: datetime | None, language: str, *, tz: tzinfo | None = None) -> str:
    """A moment as the UI shows it, in this computer's local time (or ``tz``;
    a stored UTC time too): ``02.12.2026 01:21`` in bokmål, ``2026-12-02 01:21``
    in English; "" for none. A naive value is taken as local time already."""
    if value is None:
        return ""
    local = value.astimezone(tz) if value.tzinfo is not None else value
    return local.strftime("%Y-%m-%d %H:%M" if language == "en" else "%d.%m.%Y %H:%M")


_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_RE = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})$")
_DIGITS_RE = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
FIRST_YEAR = 1900
LAST_YEAR = 2200


def parse_date(text: str) -> date | None:
    """A date as a person types it: ``14.05.2019``, ``14.5.19``, ``14052019``
    or ``2019-05-14``; None when the text is no date (or empty)."""
    text = text.strip()
    parts: tuple[int, int, int] | None = None
    if m := _ISO_RE.match(text):
        parts = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    elif m := _DMY_RE.match(text) or _DIGITS_RE.match(text):
        year = int(m.group(3))
        if len(m.group(3)) == 2:
            year += 2000
        parts = (year, int(m.group(2)), int(m.group(1)))
    if parts is None or not FIRST_YEAR <= parts[0] <= LAST_YEAR:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def _label_name(text: str) -> str:
    """A label's text as a name: no ``&`` mnemonic, no trailing colon."""
    plain = re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&")
    return plain.strip().rstrip(":").strip()


class DateEdit(QWidget):
    """A date a person types (``dd.mm.yyyy`` in bokmål, ``yyyy-mm-dd`` in
    English) or picks in a calendar; it may be left empty when ``optional``.

    A plain line edit, not a ``QDateEdit``: an empty field takes typing at once,
    Tab leaves the field (never day → month → year), typed text is kept as it
    is (an unreadable date is reported by :meth:`problem`, never replaced),
    and a mouse wheel changes nothing. The calendar (button, or Alt+Down /
    F4) opens at the field's date, or at today when it is empty."""

    changed = Signal()

    def __init__(
        self, language: str = "nb", *, optional: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._language = language
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("yyyy-mm-dd") if language == "en" else "dd.mm.åååå")
        self.edit.textChanged.connect(self._on_changed)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 16
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width * 2)  # a date, not a line of text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.calendar_button.clicked.connect(self.open_calendar)
        layout.addWidget(self.calendar_button)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.popup: QMenu | None = None
        self.calendar: QCalendarWidget | None = None
        self._name_edit(self.tr("Date"))
        self._named = False  # no name of the form's own yet: a label may give it
        self.set_value(None if optional else date.today())

    # --- one field to a person and a screen reader --------------------------------
    # A form labels the date as any field (``label.setBuddy(date_edit)``, or a
    # QFormLayout row "Date:" → date_edit) and names it (``setAccessibleName``):
    # both go to the line edit a person types in. The frame around it (line
    # edit, calendar and clear buttons) keeps no name and labels nothing, so a
    # screen reader and a journey find one "Date", Alt+mnemonic of the label
    # focuses the line edit, and typing goes there.

    def setAccessibleName(self, name: str) -> None:
        self._named = True
        self._name_edit(name)

    def _name_edit(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.calendar_button.setAccessibleName(self.tr("{field}: calendar").format(field=name))
        self.clear_button.setAccessibleName(self.tr("{field}: clear").format(field=name))

    def showEvent(self, event: QShowEvent) -> None:
        self._take_over_labels()
        super().showEvent(event)

    def _take_over_labels(self) -> None:
        """The labels whose buddy is this frame label its line edit instead
        (checked whenever the field is shown, so a label set later counts too).
        A field the form did not name takes the label's text as its name.

        A label is looked for where forms put it: among the children of the
        widgets around the field (a QFormLayout's label is a child of the
        layout's widget), not in every widget of the window."""
        around = self.parentWidget()
        while around is not None:
            for label in around.findChildren(
                QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if label.buddy() is self:
                    label.setBuddy(self.edit)
                    if not self._named:
                        self._name_edit(_label_name(label.text()))
            if around.isWindow():
                break
            around = around.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self, _text: str) -> None:
        self.clear_button.setEnabled(bool(self.edit.text().strip()))
        self.changed.emit()

    def _tidy(self) -> None:
        """A readable date is shown in the field's own format once typed."""
        value = self.value()
        if value is not None:
            shown = format_date(value, self._language)
            if shown != self.edit.text():
                self.edit.setText(shown)

    # --- value -----------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def value(self) -> date | None:
        """The date in the field; None when empty or unreadable (see :meth:`problem`)."""
        return parse_date(self.edit.text())

    def problem(self) -> str | None:
        """``"invalid_date"`` for text that is no date, ``"required"`` for an
        empty field that must have a date, else None."""
        text = self.edit.text().strip()
        if not text:
            return None if self._optional else "required"
        return None if self.value() is not None else "invalid_date"

    def set_value(self, value: date | None) -> None:
        if value is None and not self._optional:
            value = date.today()
        self.edit.setText(format_date(value, self._language))

    def state(self) -> str:
        """For unsaved forms: the ISO date, or the text as typed when it is no date."""
        value = self.value()
        return value.isoformat() if value is not None else self.edit.text()

    def set_state(self, state: str | None) -> None:
        text = str(state or "")
        value = parse_date(text)
        if value is None and not text.strip() and not self._optional:
            value = date.today()
        self.edit.setText(format_date(value, self._language) if value is not None else text)

    def clear(self) -> None:
        if self._optional:
            self.set_value(None)
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- calendar ----------------------------------------------------------------
    def open_calendar(self) -> QCalendarWidget:
        """Pop up the calendar at the field's date (today when empty)."""
        if self.popup is None:
            self.popup = QMenu(self)
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setGridVisible(True)
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
            self.calendar.setMaximumDate(QDate(LAST_YEAR, 12, 31))
            self.calendar.setAccessibleName(self.tr("Calendar"))
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            action = QWidgetAction(self.popup)
            action.setDefaultWidget(self.calendar)
            self.popup.addAction(action)
        assert self.calendar is not None
        start = self.value() or date.today()
        qd = QDate(start.year, start.month, start.day)
        self.calendar.setSelectedDate(qd)
        self.calendar.setCurrentPage(qd.year(), qd.month())
        self.popup.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.calendar

    def _picked(self, qd: QDate) -> None:
        self.edit.setText(format_date(date(qd.year(), qd.month(), qd.day()), self._language))
        if self.popup is not None:
            self.popup.close()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


# --- the mouse wheel ---------------------------------------------------------------


class WheelGuard(QObject):
    """The mouse wheel changes a combo box or spin box only when it has the
    keyboard focus (clicked or tabbed into); over any other one it scrolls the
    page as if the control were not there. Installed once on the application
    (:func:`install_wheel_guard`), so it covers every screen, present and to come.

    Qt gives such controls ``WheelFocus`` (a wheel would first focus, then
    change them); the guard makes them ``StrongFocus`` when they are polished."""

    _guarded = (QComboBox, QAbstractSpinBox)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, self._guarded):
            if not watched.hasFocus():
                event.ignore()  # goes on to the parent: the page scrolls
                return True
        elif (
            kind == QEvent.Type.Polish
            and isinstance(watched, self._guarded)
            and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus
        ):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


_wheel_guard: WheelGuard | None = None


def install_wheel_guard() -> WheelGuard | None:
    """Put the :class:`WheelGuard` on the application (once; later calls do
    nothing). Every screen with combo boxes or spin boxes calls this."""
    global _wheel_guard
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _wheel_guard is None or _wheel_guard.parent() is not app:
        _wheel_guard = WheelGuard(app)
        app.installEventFilter(_wheel_guard)
        # widgets polished before the guard came: make them StrongFocus now
        if isinstance(app, QApplication):
            for widget in app.allWidgets():
                if isinstance(widget, WheelGuard._guarded) and (
                    widget.focusPolicy() == Qt.FocusPolicy.WheelFocus
                ):
                    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return _wheel_guard


class ProblemLabel(QLabel):
    """A field's validation message, shown right under the field; hidden when
    there is nothing to say. With ``reserve_lines`` its room is kept while hidden."""

    def __init__(self, parent: QWidget | None = None, *, reserve_lines: int = 0) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        if reserve_lines:
            # the room stays while there is nothing to say: the fields below
            # never move when a problem appears or goes
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
            self.setMinimumHeight(self.fontMetrics().lineSpacing() * reserve_lines)
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


def confirm_removal(
    parent: QWidget, title: str, text: str, on_yes: Callable[[], None], *, remove_text: str = ""
) -> QMessageBox:
    """Ask "Remove …?" without blocking (window-modal, ``open()``); ``on_yes``
    runs only when the person clicks Remove. Cancel is the default button, so
    Enter or Esc keeps the entry."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    remove = box.addButton(
        remove_text or QCoreApplication.translate("Confirm", "&Remove"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.clickedButton() is remove:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
