"""The case form and the main window on a real encrypted vault: create, edit,
save and find a case; validation next to the field; discreet mode; unsaved
changes through close, drafts and a lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dime_desktop.cases.model import Case, CaseFilter, CaseGround, Client
from dime_desktop.ui.cases.case_form import CaseForm, text_of_widgets
from dime_desktop.ui.cases.case_table_model import COL_CLIENT, COL_REFERENCE
from dime_desktop.ui.shell.main_window import MainWindow
from dime_desktop.ui.shell.settings import AppSettings
from dime_desktop.vault import Vault

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

NAME = "Åse Markørsen-Ødegård"
SUMMARY_WORD = "smørbrødliste"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "nb"
    s.discreet_default = True
    return s


@pytest.fixture
def window(vault: Any, settings: AppSettings, qtbot: Any) -> Iterator[MainWindow]:
    w = MainWindow(vault, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.clear_personal_data()  # closing must not stop to ask about a failed test's forms


def _combo_to(combo: Any, code: str) -> None:
    i = combo.findData(code)
    assert i >= 0, code
    combo.setCurrentIndex(i)


def _toggle(qtbot: Any, box: Any) -> None:
    """Tick or untick a check box from the keyboard (it may be scrolled away)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _search(window: MainWindow, qtbot: Any, text: str) -> None:
    window.search.clear()
    qtbot.keyClicks(window.search, text)


def _visible_rows(window: MainWindow) -> list[str]:
    m = window.model
    return [m.data(m.index(r, COL_REFERENCE)) for r in range(m.rowCount())]


def test_create_edit_save_and_find(window: MainWindow, vault: Any, qtbot: Any) -> None:
    form = window.new_case()
    qtbot.addWidget(form)
    assert form.windowTitle().startswith("New case")
    form.opened.set_value(date(2019, 5, 14))
    _combo_to(form.area, "housing")
    _combo_to(form.channel, "drop_in")
    form.tabs.setCurrentIndex(1)  # grounds and incident
    _toggle(qtbot, form.grounds.checkbox("ethnicity"))
    _toggle(qtbot, form.grounds.checkbox("religion"))
    _toggle(qtbot, form.grounds.checkbox("religion", "by_association"))
    _toggle(qtbot, form.incident_boxes["harassment"])
    form.tabs.setCurrentIndex(0)
    qtbot.keyClicks(form.counterpart_name, "Utleier på Grønland")
    form.tabs.setCurrentIndex(2)
    qtbot.keyClicks(
        form.summary, f"Utleier nektet visning og viste til en {SUMMARY_WORD} over søkere."
    )
    form.journal.model.add(date(2019, 5, 14), "Første samtale på kafeen.")
    form.follow_ups.model.add(date(2019, 6, 1), "Ringe tilbake")
    assert form.is_dirty()
    assert form.isWindowModified()

    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.case_reference is not None)
    ref = form.case_reference
    assert ref is not None and ref.startswith("DH-2019-")
    assert form.reference.text() == ref
    assert not form.is_dirty()
    assert form.windowTitle() == f"Case {ref}[*]"
    saved = vault.cases.get(ref)
    assert saved.area == "housing" and saved.channel == "drop_in"
    assert [(g.code, g.by_association) for g in saved.grounds] == [
        ("ethnicity", False),
        ("religion", True),
    ]
    assert saved.incident_types == ["harassment"]
    assert saved.journal[0].text == "Første samtale på kafeen."
    assert saved.follow_ups[0].note == "Ringe tilbake"
    assert saved.client is None  # anonymous by default

    # Edit: a second save updates the same case.
    qtbot.keyClicks(form.summary, " Klienten ønsker megling.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert vault.cases.get(ref).summary.endswith("Klienten ønsker megling.")
    assert vault.cases.count() == 1

    # Find it through the search box by a word with æøå in its summary.
    window.reload()
    _search(window, qtbot, "smørbrød")
    qtbot.waitUntil(lambda: _visible_rows(window) == [ref])
    _search(window, qtbot, "finnesikke")
    qtbot.waitUntil(lambda: _visible_rows(window) == [])
    assert window.statusBar().currentMessage() == "0 cases"
    _search(window, qtbot, "grønland smør")
    qtbot.waitUntil(lambda: _visible_rows(window) == [ref] or window.model.total == 0)
    # Filters are queries too.
    window.search.clear()
    _combo_to(window.area_filter, "work")
    qtbot.waitUntil(lambda: _visible_rows(window) == [])
    _combo_to(window.area_filter, "housing")
    qtbot.waitUntil(lambda: _visible_rows(window) == [ref])

    # Enter in the list opens the case (the open form is raised, not duplicated).
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.forms == [form]
    form.close()
    qtbot.waitUntil(lambda: window.forms == [])
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(window.forms) == 1 and window.forms[0].case_reference == ref
    window.forms[0].close()


def test_validation_next_to_the_field(window: MainWindow, vault: Any, qtbot: Any) -> None:
    form = window.new_case()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.summary, "Uten saksområde.")
    assert not form.save()
    area_problem = form.problem_label("area")
    assert area_problem is not None and area_problem.isVisible()
    assert area_problem.text() == "This must be filled in."
    # Next to the field: in the same cell as the area box, right under it.
    assert area_problem.parentWidget() is form.area.parentWidget()
    assert form.tabs.currentIndex() == 0
    assert form.banner.isVisible()
    assert vault.cases.count() == 0

    _combo_to(form.area, "work")
    form.opened.set_value(date(2020, 3, 1))
    _combo_to(form.status, "closed")
    form.closed.set_value(date(2020, 2, 1))
    assert not form.save()
    assert not area_problem.isVisible()
    closed_problem = form.problem_label("closed")
    assert closed_problem is not None and closed_problem.isVisible()
    assert "before it was opened" in closed_problem.text()

    form.closed.set_value(date(2020, 4, 1))
    assert form.save()
    assert not closed_problem.isVisible() and not form.banner.isVisible()
    assert vault.cases.count() == 1


def _case_with_client(vault: Any) -> Case:
    saved: Case = vault.cases.add(
        Case(
            opened=date(2021, 9, 2),
            area="nightlife",
            grounds=[CaseGround("ethnicity", perceived=True, assessed=True)],
            summary="Avvist i døra – vakten kommenterte hudfarge.",
            client=Client(name=NAME, contact="000 00 000", consent_to_store=True),
        )
    )
    return saved


def _id(case: Case) -> int:
    assert case.id is not None
    return case.id


def _all_model_texts(window: MainWindow) -> list[str]:
    m = window.model
    out: list[str] = []
    for r in range(m.rowCount()):
        for c in range(m.columnCount()):
            for role in range(0, 300):
                v = m.data(m.index(r, c), role)
                if v is not None:
                    out.append(str(v))
    return out


def _shown(field: QWidget) -> bool:
    """Not covered by discreet mode (whether or not its tab is in front)."""
    cover = field.parentWidget()
    return bool(getattr(cover, "currentWidget", lambda: field)() is field)


def test_discreet_mode_hides_names(window: MainWindow, vault: Any, qtbot: Any) -> None:
    case = _case_with_client(vault)
    window.reload()
    assert window.discreet and window.discreet_action.isChecked()
    assert window.table.isColumnHidden(COL_CLIENT)
    assert _visible_rows(window) == [case.reference]
    assert not any(NAME in t for t in _all_model_texts(window))
    form = window.open_case(_id(case))
    assert form is not None
    qtbot.addWidget(form)
    assert form.windowTitle() == f"Case {case.reference}[*]"
    for w in (window, form):
        assert NAME not in w.windowTitle()
        for child in w.findChildren(QWidget):
            assert NAME not in child.toolTip()
            assert NAME not in child.windowTitle()

    window.discreet_action.trigger()  # off
    assert not window.discreet
    assert not window.table.isColumnHidden(COL_CLIENT)
    assert NAME in _all_model_texts(window)
    assert NAME not in form.windowTitle()  # the tab title never carries a name
    assert _shown(form.client_name) and _shown(form.summary)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.set_discreet(True)
    assert window.discreet
    assert not any(NAME in t for t in _all_model_texts(window))
    assert NAME not in form.windowTitle()
    # the case tab covers name, contact and summary again
    for field in (form.client_name, form.client_contact, form.summary, form.client_notes):
        assert not _shown(field)


def test_close_with_unsaved_changes_asks(window: MainWindow, vault: Any, qtbot: Any) -> None:
    form = window.new_case()
    qtbot.addWidget(form)
    _combo_to(form.area, "work")
    qtbot.keyClicks(form.summary, "Ikke lagret ennå")
    form.close()
    box = form.unsaved_box
    assert box is not None and box.isVisible()
    assert form.isVisible()  # nothing lost: the form stays while it asks
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: form.unsaved_box is None)
    assert form.isVisible() and form.is_dirty()

    form.close()
    box = form.unsaved_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.forms == [])
    assert [r.reference for r in vault.cases.list_rows(CaseFilter(text="lagret"))] != []

    form2 = window.new_case()
    qtbot.addWidget(form2)
    qtbot.keyClicks(form2.summary, "Forkastes")
    form2.close()
    assert form2.unsaved_box is not None
    form2.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: window.forms == [])
    assert vault.cases.count() == 1


def test_draft_round_trip(vault: Any, settings: AppSettings, qtbot: Any) -> None:
    case = _case_with_client(vault)
    form = CaseForm(vault, settings, vault.cases.get(case.reference))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.summary, " Tillegg før låsing.")
    form.tabs.setCurrentIndex(1)
    _toggle(qtbot, form.grounds.checkbox("age"))
    form.timeline.model.add(date(2021, 8, 30), "Første avvisning")
    _combo_to(form.mediation_area, "nightlife")
    form.mediation_referred.setChecked(True)
    form.tabs.setCurrentIndex(3)
    draft = form.to_unsaved_form()
    assert draft["case_id"] == case.id

    other = CaseForm.from_unsaved_form_data(vault, settings, draft)
    qtbot.addWidget(other)
    assert other.to_unsaved_form() == draft
    assert other.is_dirty()  # a restored draft is still unsaved
    assert other.summary.toPlainText().endswith("Tillegg før låsing.")
    assert other.tabs.currentIndex() == 3
    assert other.build_case() == form.build_case()


def test_drafts_survive_a_lock(
    window: MainWindow,
    vault: Any,
    vault_dir: Path,
    passphrase: str,
    settings: AppSettings,
    qtbot: Any,
) -> None:
    case = _case_with_client(vault)
    window.reload()
    existing = window.open_case(_id(case))
    assert existing is not None
    qtbot.keyClicks(existing.summary, " Endret markør 4417")
    fresh = window.new_case()
    _combo_to(fresh.area, "health")
    qtbot.keyClicks(fresh.summary, "Ny sak markør 5521, æøå")
    untouched = window.open_case(_id(case))
    assert untouched is existing

    assert window.save_unsaved_forms() == 2
    window.clear_personal_data()
    assert window.forms == []
    vault.close()

    reopened = Vault.unlock(vault_dir, passphrase)
    try:
        window.set_vault(reopened)
        forms = window.restore_unsaved_forms()
        texts = sorted(f.summary.toPlainText() for f in forms)
        assert texts == [
            "Avvist i døra – vakten kommenterte hudfarge. Endret markør 4417",
            "Ny sak markør 5521, æøå",
        ]
        assert all(f.is_dirty() for f in forms)
        by_text = {f.summary.toPlainText(): f for f in forms}
        restored = by_text["Ny sak markør 5521, æøå"]
        assert restored.area.currentData() == "health"
        assert restored.save()
        # Saved: its draft is gone; the other one stays until saved or discarded.
        assert list(reopened.unsaved_forms.load_all()) == [f"case:{case.id}"]
        for f in forms:
            f.close_without_asking()
    finally:
        reopened.close()


def test_clear_personal_data_leaves_nothing(
    window: MainWindow, vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    case = _case_with_client(vault)
    window.set_discreet(False)
    window.reload()
    form = window.open_case(_id(case))
    assert form is not None
    qtbot.keyClicks(form.summary, " markør 9902")
    _search(window, qtbot, "hudfarge")
    qtbot.waitUntil(lambda: _visible_rows(window) == [case.reference])
    assert NAME in _all_model_texts(window)

    window.clear_personal_data()
    QApplication.processEvents()
    assert window.forms == []
    assert window.model.rowCount() == 0 and not window.model.canFetchMore()
    assert window.search.text() == ""
    texts = text_of_widgets(window)
    for marker in (NAME, "markør 9902", "hudfarge", case.reference or "?"):
        assert not any(marker in t for t in texts), marker
    assert not any(NAME in t for t in _all_model_texts(window))
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            assert not any("markør 9902" in t for t in text_of_widgets(top))


def test_intake_answers_fill_the_form_and_are_saved(
    window: MainWindow, vault: Any, qtbot: Any
) -> None:
    form = window.new_case()
    qtbot.addWidget(form)
    panel = form.intake_panel
    assert panel is not None  # ui/intake_panel.py is hosted as a tab
    assert form.tabs.indexOf(panel) >= 0
    panel.set_answer("where.area", "nightlife")
    panel.set_answer("who.counterpart_name", "Utestedet på hjørnet")
    assert form.area.currentData() == "nightlife"
    assert form.counterpart_name.text() == "Utestedet på hjørnet"
    assert form.is_dirty()
    assert form.save()
    assert form.case_id is not None
    stored = vault.intake.load(form.case_id)
    assert stored is not None and stored["answers"]["where.area"] == "nightlife"
    assert vault.cases.get_by_id(form.case_id).area == "nightlife"
