"""Issue 9, finding 3 in the case form: a save over a version saved
elsewhere since the form opened it is refused with a message, also after a
lock (the draft keeps the version it started from); nothing is lost."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.ui.shell.settings import AppSettings
from dime_desktop.vault import Vault

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.from_file(tmp_path / "settings.ini")


def test_a_form_does_not_save_over_a_newer_version(
    vault: Vault, settings: AppSettings, qtbot: Any
) -> None:
    from dime_desktop.ui.cases.case_form import CaseForm

    ref = vault.cases.add(Case(opened=date(2023, 5, 2), area="housing", summary="start")).reference
    assert ref is not None
    form = CaseForm(vault, settings, vault.cases.get(ref))
    qtbot.addWidget(form)
    elsewhere = vault.cases.get(ref)  # another window saves first
    elsewhere.summary = "lagret et annet sted"
    vault.cases.update(elsewhere)

    form.summary.setPlainText("mitt utkast")
    draft = form.to_unsaved_form()
    assert not form.save()
    assert form.banner.isVisibleTo(form)
    assert ref in form.banner.text() and "changed" in form.banner.text()
    assert vault.cases.get(ref).summary == "lagret et annet sted"

    # the same after a lock: the restored draft still knows where it started
    again = CaseForm.from_unsaved_form_data(vault, settings, draft)
    qtbot.addWidget(again)
    assert not again.save()
    assert vault.cases.get(ref).summary == "lagret et annet sted"

    # opened anew, the newer version is the start: saving works, twice
    fresh = CaseForm(vault, settings, vault.cases.get(ref))
    qtbot.addWidget(fresh)
    fresh.summary.setPlainText("lagret et annet sted, og mitt tillegg")
    assert fresh.save()
    fresh.summary.setPlainText("og en gang til")
    assert fresh.save()
    assert vault.cases.get(ref).summary == "og en gang til"
