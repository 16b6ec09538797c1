"""The witnesses model, without a widget: edited in place, a consent tick,
added and removed rows, read back trimmed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from dime_desktop.evidence.model import Witness
from dime_desktop.ui.evidence.models import COL_CONSENT, COL_CONTACT, COL_NAME, WitnessModel

CHECK = Qt.ItemDataRole.CheckStateRole


def test_witnesses_edited_ticked_added_and_removed(qapp: Any) -> None:
    model = WitnessModel()
    model.set_witnesses([Witness("Kari", "kari@eksempel.no", True)])
    assert model.data(model.index(0, COL_CONSENT), CHECK) == Qt.CheckState.Checked
    assert model.flags(model.index(0, COL_NAME)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, COL_CONSENT)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, COL_CONSENT)) & Qt.ItemFlag.ItemIsUserCheckable
    row = model.add(Witness(""))
    assert model.setData(model.index(row, COL_NAME), "  Ola ")
    assert model.setData(model.index(row, COL_CONTACT), "900 00 000")
    assert not model.setData(model.index(row, COL_CONSENT), "x")  # a tick, not a text
    assert model.witnesses()[1] == Witness("Ola", "900 00 000", False)
    assert model.setData(model.index(row, COL_CONSENT), Qt.CheckState.Checked.value, CHECK)
    assert model.witnesses()[1].consent
    model.remove(0)
    assert [w.name for w in model.witnesses()] == ["Ola"]
    assert model.headerData(COL_CONSENT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
