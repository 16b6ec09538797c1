"""Who a change of stage records (issue 11): the person at the keyboard, that
is the adviser's name set on this laptop (the access log's actor), not the
mediator written on the case; the case's mediator only when no name is set."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dime_desktop.cases.model import Case, Client
from dime_desktop.ui.mediation.case_screen import MediationCaseScreen
from dime_desktop.ui.mediation.mediation_view import MediationView
from dime_desktop.ui.mediation.widgets import set_combo
from dime_desktop.ui.shell.main_window import MainWindow
from dime_desktop.ui.shell.settings import AppSettings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

MEDIATOR = "Åsa Megler"
AT_THE_KEYBOARD = "Kari Rådgiver"


@pytest.fixture
def window(vault: Any, tmp_path: Path, qtbot: Any) -> Iterator[MainWindow]:
    settings = AppSettings.from_file(tmp_path / "settings.ini")
    settings.language = "en"
    w = MainWindow(vault, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.clear_personal_data()


def _referral(window: MainWindow, vault: Any) -> MediationCaseScreen:
    case = vault.cases.add(
        Case(
            opened=date.today() - timedelta(days=30),
            area="work",
            client=Client(name="Klient Klientsen", consent_to_store=True),
        )
    )
    view = window.mediation_view
    assert isinstance(view, MediationView)
    screen = view.refer_case(case.id)
    assert screen is not None
    screen.referral_consent.given.setChecked(True)
    screen.referral_consent.method.setCurrentIndex(1)
    screen.mediator.setText(MEDIATOR)
    assert screen.save(), screen.banner.text()
    return screen


def _close_and_reopen(screen: MediationCaseScreen) -> None:
    dialog = screen.open_close_dialog()
    set_combo(dialog.reason, "withdrawn")
    dialog.accept()
    assert screen.record.stage == "closed", screen.banner.text()
    assert screen.reopen(), screen.banner.text()


def _history_who(screen: MediationCaseScreen) -> list[str]:
    model = screen.history_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = header.index("Changed by")
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_a_change_of_stage_records_the_person_at_the_keyboard(
    window: MainWindow, vault: Any
) -> None:
    vault.actor = AT_THE_KEYBOARD
    screen = _referral(window, vault)
    _close_and_reopen(screen)
    stored = vault.mediation.get(screen.record.case_id)
    assert [h.to_stage for h in stored.history][-2:] == ["closed", "referred"]
    assert {h.by for h in stored.history} == {AT_THE_KEYBOARD}
    assert _history_who(screen) == [AT_THE_KEYBOARD] * 3  # referred, closed, reopened
    assert stored.mediator == MEDIATOR  # the case's mediator is unchanged


def test_without_a_name_on_the_laptop_the_mediator_is_recorded(
    window: MainWindow, vault: Any
) -> None:
    vault.actor = ""
    screen = _referral(window, vault)
    _close_and_reopen(screen)
    stored = vault.mediation.get(screen.record.case_id)
    # the referral was noted before a mediator was written: only the changes after it
    assert [h.by for h in stored.history[1:]] == [MEDIATOR, MEDIATOR]
