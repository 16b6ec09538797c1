"""The Mediation view's stage and area filters (issue 11): choosing a stage or
an area in the combos leaves only the matching rows; both together, both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from dime_desktop.cases.model import Case
from dime_desktop.mediation import rules
from dime_desktop.mediation.model import PreparatoryTalk
from dime_desktop.ui.mediation.mediation_view import MediationView
from dime_desktop.ui.shell.main_window import MainWindow
from dime_desktop.ui.shell.settings import AppSettings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


@pytest.fixture
def window(vault: Any, tmp_path: Path, qtbot: Any) -> Iterator[MainWindow]:
    settings = AppSettings.from_file(tmp_path / "settings.ini")
    settings.language = "en"
    w = MainWindow(vault, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.clear_personal_data()


def _record(vault: Any, area: str, *, talk: bool) -> str:
    today = date.today()
    case = vault.cases.add(Case(opened=today - timedelta(days=20), area="work"))
    record = rules.new_record_for_case(case, today - timedelta(days=10), mediator="Åsa")
    record.area = area
    record.referral_consent.given_on, record.referral_consent.method = today, "oral"
    if talk:
        client = record.parties[0]
        rules.add_talk(record, PreparatoryTalk(today, client.key), on=today, by="Åsa")
    vault.mediation.add(record)
    return str(case.reference)


def _references(view: MediationView) -> set[str]:
    model = view.cases_model
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def _choose(view: MediationView, combo: QComboBox, code: str | None, qtbot: Any) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    with qtbot.waitSignal(view.loaded, timeout=5000):
        combo.setCurrentIndex(index)


def test_stage_and_area_filters_leave_the_matching_rows(
    window: MainWindow, vault: Any, qtbot: Any
) -> None:
    referred_work = _record(vault, "work", talk=False)
    preparing_online = _record(vault, "online", talk=True)
    preparing_work = _record(vault, "work", talk=True)
    view = window.mediation_view
    assert isinstance(view, MediationView)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.reload()
    assert _references(view) == {referred_work, preparing_online, preparing_work}

    _choose(view, view.stage_filter, "preparing", qtbot)
    assert _references(view) == {preparing_online, preparing_work}
    stage_col = [view.cases_model.index(r, 2).data() for r in range(2)]
    assert set(stage_col) == {view.stage_filter.currentText()}

    _choose(view, view.area_filter, "work", qtbot)
    assert _references(view) == {preparing_work}

    _choose(view, view.stage_filter, None, qtbot)  # all stages, workplace only
    assert _references(view) == {referred_work, preparing_work}

    _choose(view, view.area_filter, None, qtbot)
    assert _references(view) == {referred_work, preparing_online, preparing_work}
