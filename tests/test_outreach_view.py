"""The outreach log screen (offscreen) on a real encrypted vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.outreach.model import OutreachActivity

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this for every shown top-level window.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


@pytest.fixture
def settings(tmp_path: Path, qapp: Any) -> Any:
    from dime_desktop.ui.shell.settings import AppSettings

    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "en"
    return s


@pytest.fixture
def logged(vault: Any) -> Any:
    vault.outreach.add(
        OutreachActivity(
            date(2019, 9, 3), "talk", "Innlegg om hatkriminalitet", "CP-foreningen", 50
        )
    )
    vault.outreach.add(
        OutreachActivity(
            date(2019, 6, 25), "course", "Gjenkjenne diskriminering", "Pride Oslo", 15, True
        )
    )
    vault.outreach.add(OutreachActivity(date(2020, 1, 2), "stand", "Stand", "Melafestivalen"))
    return vault


@pytest.fixture
def view(qtbot: Any, logged: Any, settings: Any) -> Any:
    from dime_desktop.ui.outreach.outreach_view import OutreachView

    v = OutreachView(logged, settings)
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_model_without_widgets(qapp: Any) -> None:
    from PySide6.QtCore import Qt

    from dime_desktop.ui.outreach.outreach_view import OutreachTableModel as M

    m = M("nb")
    assert m.rowCount() == 0 and m.columnCount() == M.COLUMN_COUNT
    m.set_activities(
        [
            OutreachActivity(date(2019, 6, 25), "course", "Kurs A", "Pride Oslo", 15, True, id=7),
            OutreachActivity(date(2019, 9, 3), "talk", "Innlegg", "CP-foreningen", 50, id=8),
            OutreachActivity(date(2019, 10, 1), "media", "Intervju", "NRK", None, id=9),
        ]
    )
    assert m.rowCount() == 3
    assert m.data(m.index(0, M.COL_DATE)) == "25.06.2019"
    assert m.data(m.index(0, M.COL_KIND)) == "Kurs"
    assert m.data(m.index(1, M.COL_KIND)) == "Foredrag/innlegg"
    assert m.data(m.index(0, M.COL_TITLE)) == "Kurs A"
    assert m.data(m.index(0, M.COL_AUDIENCE)) == "Pride Oslo"
    assert m.data(m.index(0, M.COL_PARTICIPANTS)) == "ca. 15"
    assert m.data(m.index(1, M.COL_PARTICIPANTS)) == "50"
    assert m.data(m.index(2, M.COL_PARTICIPANTS)) == ""
    assert m.data(m.index(1, M.COL_DATE), Qt.ItemDataRole.UserRole) == 8
    assert m.row_of(9) == 2 and m.row_of(99) == -1
    assert m.headerData(M.COL_AUDIENCE, Qt.Orientation.Horizontal) == "Organiser or audience"
    assert m.data(m.index(5, 0)) is None
    en = M("en")
    en.set_activities(m.activities())
    assert en.data(en.index(0, M.COL_DATE)) == "2019-06-25"
    assert en.data(en.index(1, M.COL_KIND)) == "Talk"
    m.clear()
    assert m.rowCount() == 0


def test_parse_participants() -> None:
    from dime_desktop.ui.outreach.outreach_view import parse_participants

    assert parse_participants("") == (True, None)
    assert parse_participants(" 30 ") == (True, 30)
    assert parse_participants("0") == (True, 0)
    for bad in ("-3", "2.5", "mange", "ca. 30", "٣"):
        assert parse_participants(bad) == (False, None), bad


def test_year_picker_and_list(view: Any) -> None:
    from dime_desktop.ui.outreach.outreach_view import OutreachTableModel as M

    combo = view.year_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All years", "2020", "2019"]
    assert view.current_year() == 2020 and view.model.rowCount() == 1
    combo.setCurrentIndex(combo.findData(2019))
    assert [view.model.data(view.model.index(r, M.COL_TITLE)) for r in range(2)] == [
        "Gjenkjenne diskriminering",
        "Innlegg om hatkriminalitet",
    ]
    assert view.summary_label.text() == "Activities: 2   Participants: 65"
    combo.setCurrentIndex(0)
    assert view.current_year() is None and view.model.rowCount() == 3


def test_add_through_dialog(qtbot: Any, view: Any) -> None:
    from PySide6.QtCore import Qt

    from dime_desktop.ui.outreach.outreach_view import OutreachTableModel as M

    dialog = view.add_activity()
    assert view.dialog is dialog and dialog.isVisible()
    dialog.date_edit.set_value(date(2019, 11, 20))
    dialog.kind.setCurrentIndex(dialog.kind.findData("course"))
    qtbot.keyClicks(dialog.title, "Kurs for NAV-veiledere")
    qtbot.keyClicks(dialog.audience, "NAV Grorud")
    qtbot.keyClicks(dialog.participants, "25")
    qtbot.keyClick(dialog.approx, Qt.Key.Key_Space)
    assert dialog.approx.isChecked()
    qtbot.keyClicks(dialog.notes, "Halv dag")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = saved.args[0]
    assert stored.id is not None
    assert view.vault.outreach.get(stored.id) == OutreachActivity(
        date(2019, 11, 20),
        "course",
        "Kurs for NAV-veiledere",
        "NAV Grorud",
        25,
        True,
        "Halv dag",
        id=stored.id,
    )
    # The screen switched to the activity's year and selected it.
    assert view.current_year() == 2019
    assert view.selected_activity() == stored
    row = view.model.row_of(stored.id)
    assert view.model.data(view.model.index(row, M.COL_PARTICIPANTS)) == "ca. 25"
    assert view.dialog is None


def test_edit_through_dialog(qtbot: Any, view: Any) -> None:
    from PySide6.QtCore import Qt

    view.year_combo.setCurrentIndex(view.year_combo.findData(2019))
    view.table.selectRow(1)
    original = view.selected_activity()
    assert original.title == "Innlegg om hatkriminalitet"
    dialog = view.edit_activity()
    assert dialog.title.text() == original.title
    assert dialog.participants.text() == "50"
    dialog.participants.clear()
    qtbot.keyClicks(dialog.participants, "60")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.vault.outreach.get(original.id).participants == 60
    assert len(view.vault.outreach.list()) == 3  # changed, not added
    assert view.selected_activity().participants == 60


def test_validation_messages_next_to_fields(qtbot: Any, view: Any) -> None:
    from PySide6.QtCore import Qt

    dialog = view.add_activity()
    qtbot.mouseClick(dialog.date_edit.clear_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.participants, "mange")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved
    assert dialog.date_problem.isVisible()
    assert dialog.date_problem.text() == "Choose the date of the activity."
    assert dialog.title_problem.isVisible()
    assert "title" in dialog.title_problem.text()
    assert dialog.participants_problem.isVisible()
    assert "whole number" in dialog.participants_problem.text()
    assert not dialog.audience_problem.isVisible()
    assert dialog.date_edit.edit.hasFocus() or dialog.focusWidget() is dialog.date_edit.edit
    assert len(view.vault.outreach.list()) == 3

    # Fixed fields lose their message; a number out of range comes back from the
    # repository (OutreachInvalid) and is shown next to its field via error_text.
    dialog.date_edit.set_value(date(2019, 1, 1))
    qtbot.keyClicks(dialog.title, "Stor konferanse")
    dialog.participants.clear()
    qtbot.keyClicks(dialog.participants, "2000000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.date_problem.isVisible() and not dialog.title_problem.isVisible()
    assert dialog.participants_problem.isVisible()
    assert "participants" in dialog.participants_problem.text()
    assert len(view.vault.outreach.list()) == 3

    # "ca." without a number is explained too.
    dialog.participants.clear()
    dialog.approx.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "approximate" in dialog.participants_problem.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and view.dialog is None


def test_delete_asks_first(qtbot: Any, view: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    view.year_combo.setCurrentIndex(0)
    view.table.selectRow(0)
    first = view.selected_activity()

    box = view.delete_activity()
    assert first.title in box.text()
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert len(view.vault.outreach.list()) == 3

    box = view.delete_activity()
    delete = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert first.id not in {a.id for a in view.vault.outreach.list()}
    assert view.model.rowCount() == 2 and view.model.row_of(first.id) == -1


def test_keyboard_and_accessibility(qtbot: Any, view: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    assert view.year_label.buddy() is view.year_combo
    for w in (view.year_combo, view.add_button, view.edit_button, view.delete_button, view.table):
        assert w.accessibleName(), w
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert dialog is not None and dialog.title.text() == view.selected_activity().title
    labels = {lab.text(): lab.buddy() for lab in dialog.findChildren(QLabel) if lab.buddy()}
    assert labels["&Title:"] is dialog.title
    assert labels["&Date:"] is dialog.date_edit.edit  # the line edit, named "Date"
    assert labels["&Participants:"] is not None
    for w in (dialog.kind, dialog.title, dialog.audience, dialog.participants, dialog.approx):
        assert w.accessibleName(), w
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert view.dialog is None

    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.confirm_box is not None
    qtbot.keyClick(view.confirm_box, Qt.Key.Key_Escape)  # Escape keeps the activity
    assert len(view.vault.outreach.list()) == 3


def test_clear_empties_and_closes(qtbot: Any, view: Any) -> None:
    dialog = view.add_activity()
    qtbot.keyClicks(dialog.title, "Halvferdig")
    view.clear()
    assert view.model.rowCount() == 0
    assert view.year_combo.count() == 0
    assert view.summary_label.text() == ""
    assert not dialog.isVisible() and view.dialog is None
    assert not view.add_button.isEnabled() and not view.edit_button.isEnabled()
    assert len(view.vault.outreach.list()) == 3  # nothing saved by the lock
    view.set_vault(view.vault)
    assert view.model.rowCount() == 1 and view.add_button.isEnabled()


def test_empty_vault(qtbot: Any, vault: Any, settings: Any) -> None:
    from dime_desktop.ui.outreach.outreach_view import OutreachView

    v = OutreachView(vault, settings)
    qtbot.addWidget(v)
    assert v.year_combo.count() == 1 and v.current_year() is None
    assert v.model.rowCount() == 0
    assert "Nothing logged yet" in v.empty_label.text()
    assert not v.edit_button.isEnabled() and v.add_button.isEnabled()
