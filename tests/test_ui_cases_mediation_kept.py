"""The case form with a mediation record: the referral, area and outcome are
the desk's, read-only, and a save of the form never writes back older values
the mediation desk changed while the form was open."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases import Case, CaseGround
from dime_desktop.mediation import rules
from dime_desktop.ui.cases.case_form import CaseForm
from dime_desktop.ui.shell.settings import AppSettings

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "en"
    return s


def test_a_save_keeps_the_desks_outcome(vault: Any, settings: AppSettings, qtbot: Any) -> None:
    case = vault.cases.add(Case(opened=date(2024, 2, 1), area="work", grounds=[CaseGround("age")]))
    record = rules.new_record_for_case(case, date(2024, 2, 2))
    record.referral_consent.given_on, record.referral_consent.method = date(2024, 2, 2), "oral"
    vault.mediation.add(record)
    form = CaseForm(vault, settings, vault.cases.get_by_id(case.id))
    qtbot.addWidget(form)
    assert form.mediation_kept
    assert form.mediation_referred.isChecked() and not form.mediation_referred.isEnabled()
    assert not form.mediation_outcome.isEnabled()

    # meanwhile the mediator records the outcome (the case's columns follow)
    stored = vault.mediation.get(case.id)
    stored.outcome, stored.outcome_on = "no_agreement", date(2024, 3, 1)
    vault.mediation.update(stored)
    assert vault.cases.get_by_id(case.id).mediation.outcome == "no_agreement"

    form.summary.setPlainText("Ny oppsummering")
    assert form.save()
    saved = vault.cases.get_by_id(case.id)
    assert saved.summary == "Ny oppsummering"
    assert saved.mediation.referred and saved.mediation.outcome == "no_agreement"


def test_without_a_record_the_fields_are_the_forms(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    case = vault.cases.add(Case(opened=date(2024, 2, 1), area="work", grounds=[CaseGround("age")]))
    form = CaseForm(vault, settings, vault.cases.get_by_id(case.id))
    qtbot.addWidget(form)
    assert not form.mediation_kept and form.mediation_referred.isEnabled()
    form.mediation_referred.setChecked(True)
    assert form.mediation_outcome.isEnabled()
    assert form.save()
    assert vault.cases.get_by_id(case.id).mediation.referred
