"""The handover dialogs' table models, without a widget: ticks (cases ticked,
differences not, at first), texts, discreet mode, what the import takes."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dime_desktop.cases import Case, Client
from dime_desktop.handover.content import FULL, SUMMARY, CaseContent, ConsentToShare
from dime_desktop.handover.merge import CasePlan, Conflict
from dime_desktop.ui.handover.models import (
    HIDDEN,
    BundleCasesModel,
    ConsentModel,
    DifferencesModel,
    ReferenceRole,
)

CHECK = Qt.ItemDataRole.CheckStateRole


def _plan(ref: str, name: str, content: str = FULL, conflicts: Any = ()) -> CasePlan:
    case = Case(
        opened=date(2024, 2, 1),
        area="work",
        reference=ref,
        client=Client(name=name, consent_to_store=True) if name else None,
    )
    incoming = CaseContent("ab12", ref, content, case, ConsentToShare(True, "consent_record"))
    return CasePlan(incoming, None, "new", list(conflicts), {"journal": 2})


@pytest.fixture
def plans() -> list[CasePlan]:
    return [
        _plan(
            "DH-2024-001",
            "Amina Haddad",
            conflicts=[
                Conflict("summary", "summary", "Vår tekst", "Deres tekst"),
                Conflict("area", "area", "work", "housing"),
            ],
        ),
        _plan("DH-2024-002", "", SUMMARY),
    ]


def test_cases_are_ticked_at_first_and_a_tick_comes_off(qapp: Any, plans: Any) -> None:
    model = BundleCasesModel(lambda plan: f"ny: {plan.reference}")
    model.set_plans(plans)
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.ticked_rows() == [0, 1]
    first = model.index(0, BundleCasesModel.COL_CASE)
    assert model.data(first) == "DH-2024-001"
    assert model.data(first, CHECK) == Qt.CheckState.Checked
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, BundleCasesModel.COL_HERE)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
    changed: list[Any] = []
    model.dataChanged.connect(lambda *a: changed.append(a))
    assert model.setData(first, Qt.CheckState.Unchecked.value, CHECK)  # as a view sends it
    assert model.ticked_rows() == [1] and changed
    assert not model.setData(model.index(0, BundleCasesModel.COL_HERE), "x", CHECK)
    assert model.data(model.index(1, BundleCasesModel.COL_HERE)) == "ny: DH-2024-002"
    assert model.data(model.index(0, 0), ReferenceRole) == "DH-2024-001"


def test_client_names_only_out_of_discreet_mode(qapp: Any, plans: Any) -> None:
    model = BundleCasesModel(lambda plan: "")
    model.set_plans(plans)
    client = BundleCasesModel.COL_CLIENT
    assert model.data(model.index(0, client)) == HIDDEN
    assert model.data(model.index(1, client)) == ""  # anonymous: nothing to hide
    model.set_discreet(False)
    assert model.data(model.index(0, client)) == "Amina Haddad"
    assert model.headerData(client, Qt.Orientation.Horizontal) == "Client"


def test_differences_keep_this_vaults_value_unless_ticked(qapp: Any, plans: Any) -> None:
    rows = [(p, c) for p in plans for c in p.conflicts]
    model = DifferencesModel("en")
    model.set_conflicts(rows)
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.ticked_rows() == [] and model.taken() == {}
    summary_mine = model.index(0, DifferencesModel.COL_MINE)
    assert model.data(summary_mine) == HIDDEN  # a summary is personal
    assert model.data(model.index(1, DifferencesModel.COL_MINE)) != HIDDEN
    model.set_discreet(False)
    assert model.data(summary_mine) == "Vår tekst"
    assert model.data(model.index(0, DifferencesModel.COL_THEIRS)) == "Deres tekst"
    model.set_ticked(1, True)
    assert model.taken() == {plans[0].incoming.origin: {"area"}}
    assert str(model.data(model.index(1, 0))).startswith("DH-2024-001: ")


def test_consent_model_rows(qapp: Any) -> None:
    model = ConsentModel()
    model.set_rows([("DH-2024-001", "consent given")])
    assert model.rowCount() == 1 and model.columnCount() == 2
    assert model.data(model.index(0, ConsentModel.COL_CONSENT)) == "consent given"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Case"


def test_contacts_model(qapp: Any) -> None:
    from types import SimpleNamespace

    from dime_desktop.ui.handover.models import ContactIdRole, ContactsModel

    model = ContactsModel(lambda day: f"on {day}")
    contact = SimpleNamespace(
        id=7, name="Ingrid Dahl", office="Oslo", fingerprint="A789-26FQ", verified_on="x"
    )
    model.set_contacts([contact])
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "Ingrid Dahl",
        "Oslo",
        "A789-26FQ",
        "on x",
    ]
    assert model.data(model.index(0, 0), ContactIdRole) == 7
    assert model.data(model.index(0, ContactsModel.COL_FINGERPRINT), Qt.ItemDataRole.FontRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
