"""The mediation screens in the real main window on a real vault: discreet mode
in the mediator's view and the tab title, unsaved changes kept across a lock,
the advice case's notices on the mediation case, the hook in the case form,
and closing a tab with unsaved changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from dime_desktop.cases.model import Case, Client, TimelineEvent
from dime_desktop.ui.mediation.case_screen import MediationCaseScreen
from dime_desktop.ui.mediation.mediation_view import MediationView
from dime_desktop.ui.shell.main_window import MainWindow
from dime_desktop.ui.shell.settings import AppSettings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

NAME = "Åse Markørsen-Ødegård"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "nb"
    s.discreet_default = True
    return s


def _window(vault: Any, settings: AppSettings, qtbot: Any) -> MainWindow:
    w = MainWindow(vault, settings)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def window(vault: Any, settings: AppSettings, qtbot: Any) -> Iterator[MainWindow]:
    w = _window(vault, settings, qtbot)
    yield w
    w.clear_personal_data()


def _case(vault: Any, **kw: Any) -> Case:
    base: dict[str, Any] = {
        "opened": date.today() - timedelta(days=30),
        "area": "work",
        "client": Client(name=NAME, consent_to_store=True),
        "counterpart_name": "Kafé Solsiden AS",
        "counterpart_type": "business",
    }
    base.update(kw)
    stored: Case = vault.cases.add(Case(**base))
    return stored


def _view(window: MainWindow) -> MediationView:
    view = window.mediation_view  # built when first asked for (issue 14)
    assert isinstance(view, MediationView)
    return view


def _saved_referral(window: MainWindow, case: Case, qtbot: Any) -> MediationCaseScreen:
    view = _view(window)
    screen = view.refer_case(case.id)  # type: ignore[arg-type]
    assert screen is not None
    screen.referral_consent.given.setChecked(True)
    screen.referral_consent.method.setCurrentIndex(1)
    screen.mediator.setText("Åsa Megler")
    assert screen.save(), screen.banner.text()
    return screen


def test_the_view_sits_in_the_navigation(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:3] == ["Cases", "What is due", "Mediation"]  # Ctrl+3 goes there


def test_discreet_mode_covers_the_view_and_the_tab(
    window: MainWindow, vault: Any, qtbot: Any
) -> None:
    case = _case(vault)
    screen = _saved_referral(window, case, qtbot)
    view = _view(window)
    view.reload()
    qtbot.waitUntil(lambda: view.cases_model.rowCount() == 1, timeout=5000)
    assert view.cases.isColumnHidden(1)
    tab = window.case_tabs.tabText(window.case_tabs.indexOf(screen))
    assert tab == f"Mediation {case.reference}"
    # the steps are covered until shown; discreet on again covers them again
    assert screen.cover.currentWidget() is screen.covered_note
    assert not screen.tabs.isVisibleTo(screen)
    screen.reveal_button.click()
    assert screen.tabs.isVisibleTo(screen)
    window.set_discreet(False)
    assert not view.cases.isColumnHidden(1)
    assert view.cases_model.index(0, 1).data() == NAME
    assert not screen.discreet_bar.isVisibleTo(screen)
    window.set_discreet(True)
    assert screen.cover.currentWidget() is screen.covered_note
    assert view.cases.isColumnHidden(1)
    for index in range(window.case_tabs.count()):  # never a name in a tab or its tooltip
        assert NAME not in window.case_tabs.tabText(index)
        assert window.case_tabs.tabToolTip(index) == ""


def test_unsaved_changes_survive_a_lock(vault: Any, settings: AppSettings, qtbot: Any) -> None:
    case = _case(vault)
    window = _window(vault, settings, qtbot)
    screen = _saved_referral(window, case, qtbot)
    screen.referral_note.setPlainText("Ring etter klokka fire")
    assert screen.is_dirty()
    window.save_unsaved_forms()
    window.clear_personal_data()  # the lock: the view keeps a draft and closes the screen
    assert _view(window).screens == []
    tabs = [window.case_tabs.widget(i) for i in range(window.case_tabs.count())]
    assert not any(isinstance(t, MediationCaseScreen) for t in tabs)
    assert list(vault.mediation.load_unsaved_forms()) == [f"mediation:{case.id}"]
    assert vault.unsaved_forms.load_all() == {}  # the case forms' drafts stay the case forms'
    window.close()

    again = _window(vault, settings, qtbot)  # the next unlock
    view = _view(again)
    qtbot.waitUntil(lambda: len(view.screens) == 1, timeout=5000)
    restored = view.screens[0]
    assert restored.referral_note.toPlainText() == "Ring etter klokka fire"
    assert restored.is_dirty()
    assert restored.save()
    assert vault.mediation.load_unsaved_forms() == {}
    assert vault.mediation.get(case.id).referral_note == "Ring etter klokka fire"
    again.clear_personal_data()


def test_notices_of_the_advice_case_stay_visible(
    window: MainWindow, vault: Any, qtbot: Any
) -> None:
    first = date.today() - timedelta(days=400)
    case = _case(
        vault,
        area="hate_crime",
        timeline=[TimelineEvent(first, "Kommentar"), TimelineEvent(date.today(), "Brev")],
    )
    screen = _view(window).refer_case(case.id)  # type: ignore[arg-type]
    assert screen is not None
    limit = first.replace(year=first.year + 3).strftime("%d.%m.%Y")
    assert limit in screen.three_year.text()
    assert screen.hate_crime.isVisibleTo(screen)
    assert "hatkriminalitet" in screen.hate_crime.text()  # the data file's nb text
    assert screen.area.currentData() == ""  # hate crime maps to no mediation area
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        assert screen.three_year.isVisible() and screen.hate_crime.isVisible()
    plain = _case(vault)
    other = _view(window).refer_case(plain.id)  # type: ignore[arg-type]
    assert other is not None and not other.hate_crime.isVisibleTo(other)


def test_the_case_form_hook_waits_for_a_saved_case(
    window: MainWindow, vault: Any, qtbot: Any
) -> None:
    form = window.new_case()
    button = next(
        b
        for b in form.findChildren(type(form.save_button))
        if b.accessibleName() == "Refer to mediation"
    )
    assert not button.isEnabled()
    form.area.setCurrentIndex(form.area.findData("online"))
    assert form.save()
    assert button.isEnabled()
    button.click()
    screen = _view(window).screens[0]
    assert window.case_tabs.currentWidget() is screen
    assert screen.area.currentData() == "online"
    screen.referral_consent.given.setChecked(True)
    screen.referral_consent.method.setCurrentIndex(2)
    assert screen.save()
    form.saved.emit(form.case_id)
    assert button.text() == "Open the mediation case"


def test_closing_a_tab_with_unsaved_changes_asks(
    window: MainWindow, vault: Any, qtbot: Any
) -> None:
    case = _case(vault)
    screen = _saved_referral(window, case, qtbot)
    screen.mediator.setText("Noen andre")
    window.case_tabs.tabCloseRequested.emit(window.case_tabs.indexOf(screen))
    qtbot.waitUntil(lambda: screen.unsaved_box is not None, timeout=5000)
    box = screen.unsaved_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: window.case_tabs.indexOf(screen) < 0, timeout=5000)
    assert vault.mediation.get(case.id).mediator == "Åsa Megler"


def test_a_case_ticked_as_referred_waits_in_the_view(
    window: MainWindow, vault: Any, qtbot: Any
) -> None:
    from dime_desktop.cases.model import Mediation

    ticked = _case(vault, area="nightlife", mediation=Mediation(True, None, None))
    closed = _case(
        vault, status="closed", closed=date.today(), mediation=Mediation(True, None, None)
    )
    view = _view(window)
    view.reload()
    qtbot.waitUntil(lambda: view.cases_model.rowCount() == 1, timeout=5000)
    row = [view.cases_model.index(0, c).data() for c in range(8)]
    assert row[0] == ticked.reference and row[2] == "Ticked as referred, not taken up yet"
    assert row[3] == "Varer/tjenester"  # nightlife falls under goods and services
    assert closed.reference not in row
    view.cases.setCurrentIndex(view.cases_model.index(0, 0))
    screen = view.open_current()
    assert screen is not None and screen.record.id is None  # a new referral, prefilled
    assert screen.area.currentData() == "goods_services"
