"""Shared widgets on the case tab and the screens around it: the mouse wheel
changes nothing it is not pointed at with the focus (defect 13), dates read as
people type them, and controls stay where they are when a hint or a problem
appears (defect 18)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from dime_desktop.ui.common.widgets import DateEdit, parse_date
from dime_desktop.ui.shell.settings import AppSettings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
    ),
]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "nb"
    return s


def wheel(widget: QWidget, steps: int = -3) -> None:
    """Turn the mouse wheel over ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    for _ in range(abs(steps)):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, 120 if steps > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_combo_changes_nothing(
    qtbot: Any, vault: Any, settings: AppSettings
) -> None:
    from dime_desktop.ui.cases.case_form import CaseForm
    from dime_desktop.ui.outreach.outreach_view import OutreachDialog

    form = CaseForm(vault, settings)
    qtbot.addWidget(form)
    form.show()
    dialog = OutreachDialog(vault, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = form.intake_panel
    combos = [
        form.area,
        form.status,
        form.counterpart_type,
        dialog.kind,
        panel.editor("where.area").combo,
        panel.editor("safety.threats").combo,
    ]
    for combo in combos:
        combo.setCurrentIndex(1)
        form.opened.setFocus()  # elsewhere
        wheel(combo)
        assert combo.currentIndex() == 1, combo.accessibleName()
        # a wheel never takes the focus (Qt's WheelFocus would, then change the value)
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus, combo.accessibleName()
    # clicked into (focused), the wheel does change it, as a person expects
    form.activateWindow()
    form.area.setFocus()
    qtbot.waitUntil(form.area.hasFocus)
    wheel(form.area, -1)
    assert form.area.currentIndex() == 2


def test_dates_read_as_people_type_them() -> None:
    assert parse_date("14.05.2019") == date(2019, 5, 14)
    assert parse_date(" 4.5.2019 ") == date(2019, 5, 4)
    assert parse_date("4.5.19") == date(2019, 5, 4)
    assert parse_date("14052019") == date(2019, 5, 14)
    assert parse_date("2019-05-14") == date(2019, 5, 14)
    for nothing in ("", "31.02.2019", "14.13.2019", "i går", "1.1.1899", "2019-5"):
        assert parse_date(nothing) is None, nothing


def test_an_empty_date_takes_typing_and_never_shows_1900(qtbot: Any) -> None:
    edit = DateEdit("nb", optional=True)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.value() is None and edit.text() == ""
    qtbot.keyClicks(edit.edit, "1.2.2024")
    assert edit.value() == date(2024, 2, 1)
    edit.edit.editingFinished.emit()
    assert edit.text() == "01.02.2024"
    qtbot.keyClicks(edit.edit, "x")
    assert edit.value() is None and edit.problem() == "invalid_date"
    assert edit.state() == "01.02.2024x"  # what was typed is kept, for drafts too
    edit.clear()
    calendar = edit.open_calendar()
    assert calendar.selectedDate().toPython() == date.today()  # type: ignore[attr-defined]
    assert "1900" not in edit.text()
    required = DateEdit("en", optional=False)
    qtbot.addWidget(required)
    required.edit.clear()
    assert required.problem() == "required"
    required.set_value(date(2024, 2, 1))
    assert required.text() == "2024-02-01"


def _positions(widgets: list[QWidget]) -> list[tuple[int, int]]:
    return [(w.mapToGlobal(QPoint(0, 0)).x(), w.mapToGlobal(QPoint(0, 0)).y()) for w in widgets]


def test_step_9_buttons_stay_put_when_details_or_problems_appear(
    qtbot: Any, vault: Any, settings: AppSettings
) -> None:
    from dime_desktop.ui.intake.intake_panel import IntakePanel

    panel = IntakePanel(vault, settings)
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    panel.editor("safety.threats").combo.setCurrentIndex(1)  # yes: suggestions appear
    panel.go_to("next")
    buttons = [panel.accept_button, panel.drop_button, panel.undecide_button]
    buttons += [panel.save_edit_button, panel.edit_text]
    before = _positions(buttons)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)  # nothing chosen
    assert panel.edit_problem.isVisible() and panel.edit_problem.text()
    assert _positions(buttons) == before
    panel.select_suggestion("police_report")  # the reason, warnings, services appear
    assert panel.suggestion_detail.text()
    assert _positions(buttons) == before
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert not panel.edit_problem.isVisible()
    assert _positions(buttons) == before


def test_outreach_fields_stay_put_when_problems_appear(
    qtbot: Any, vault: Any, settings: AppSettings
) -> None:
    from dime_desktop.ui.outreach.outreach_view import OutreachDialog

    dialog = OutreachDialog(vault, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = [
        dialog.date_edit,
        dialog.kind,
        dialog.title,
        dialog.audience,
        dialog.participants,
        dialog.notes,
        dialog.save_button,
    ]
    before = _positions(fields)
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.participants, "mange")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # three problems
    assert dialog.date_problem.isVisible() and dialog.title_problem.isVisible()
    assert dialog.participants_problem.isVisible()
    assert _positions(fields) == before


def test_a_labelled_date_is_one_field_by_the_labels_name(qtbot: Any) -> None:
    """A form labels a DateEdit as any field (a QFormLayout row, or
    ``setBuddy(date_edit)``): the label's text finds exactly one widget, the
    line edit (never the frame as well); Alt+mnemonic focuses it; typing works;
    a field the form did not name is called by its label."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

    from tests.journeys.person import Person

    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    opened = DateEdit("nb", optional=False, parent=window)
    opened.setAccessibleName("Opened on")
    label = QLabel("&Opened:", window)
    label.setBuddy(opened)
    form.addRow(label, opened)
    closed = DateEdit("nb", optional=True, parent=window)  # named by its label only
    form.addRow("Clos&ed:", closed)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    person = Person(qtbot)
    for name, field in (("Opened", opened), ("Opened on", opened), ("Closed", closed)):
        found = person.find_all(name, within=window)
        assert found == [field.edit], (name, found)
        assert isinstance(found[0], QLineEdit)
    assert person.find_all("Date", within=window) == []  # the default name is gone
    person.press("Alt+E")
    assert QApplication.focusWidget() is closed.edit
    person.type_here("14.5.2019")
    assert closed.value() == date(2019, 5, 14)
    person.press("Alt+O")
    assert QApplication.focusWidget() is opened.edit
    person.type("Opened", "01.02.2024")
    assert opened.value() == date(2024, 2, 1)
    closed.setFocus()  # a form that puts the cursor in a date field (its problem)
    assert QApplication.focusWidget() is closed.edit
