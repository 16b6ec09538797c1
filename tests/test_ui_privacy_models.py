"""The privacy screens' table models, without a widget: a row per consent
purpose with its status, date and method; the cases due for deletion with
their ticks (none at first), "tick all" and the ticked ids."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from dime_desktop.cases.model import CONSENT_PURPOSES, CONSENT_STORE, DESK_MEDIATION, Case
from dime_desktop.privacy import consent as core
from dime_desktop.privacy.retention import DueCase
from dime_desktop.ui.privacy.models import (
    CaseIdRole,
    ConsentTableModel,
    DueForDeletionModel,
    PurposeRole,
)

CHECK = Qt.ItemDataRole.CheckStateRole


def test_consents_a_row_per_purpose(qapp: Any) -> None:
    case = Case(opened=date(2024, 1, 2), area="work")
    core.give(case, CONSENT_STORE, date(2024, 1, 3), "oral")
    model = ConsentTableModel("en")
    model.set_case(case)
    assert model.rowCount() == len(CONSENT_PURPOSES) and model.columnCount() == 4
    store = CONSENT_PURPOSES.index(CONSENT_STORE)
    row = [model.data(model.index(store, c)) for c in range(4)]
    assert row[2] == "2024-01-03" and row[3] and row[1]
    assert model.data(model.index(store, 0), PurposeRole) == CONSENT_STORE
    assert model.data(model.index(store, 0), Qt.ItemDataRole.ToolTipRole)
    other = (store + 1) % len(CONSENT_PURPOSES)
    assert model.data(model.index(other, ConsentTableModel.COL_DATE)) == ""
    assert model.headerData(ConsentTableModel.COL_HOW, Qt.Orientation.Horizontal) == "How"


def _due(case_id: int, desk: str = "advice") -> DueCase:
    return DueCase(
        case_id, f"DH-2019-00{case_id}", desk, date(2020, 1, 2), date(2023, 1, 2), 2019, "work"
    )


def test_due_for_deletion_ticks(qapp: Any) -> None:
    model = DueForDeletionModel(lambda area: f"area {area}", "en")
    model.set_due([_due(1), _due(2, DESK_MEDIATION)])
    assert model.ticked() == []
    first = model.index(0, DueForDeletionModel.COL_CASE)
    assert model.data(first) == "DH-2019-001" and model.data(first, CaseIdRole) == 1
    assert model.data(first, CHECK) == Qt.CheckState.Unchecked
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(model.index(1, DueForDeletionModel.COL_DESK)) == "Mediation"
    assert model.data(model.index(0, DueForDeletionModel.COL_AREA)) == "area work"
    assert model.setData(model.index(1, 0), Qt.CheckState.Checked.value, CHECK)
    assert model.ticked() == [2]
    model.tick_all()
    assert model.ticked() == [1, 2]
    model.set_due([])
    assert model.rowCount() == 0 and model.ticked() == []
