"""CaseTableModel without any widget, on a real encrypted vault: lazy pages,
server-side sorting, filters, discreet mode."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from dime_desktop.cases.model import Case, CaseFilter, CaseGround, Client
from dime_desktop.demo.generator import generate_demo_cases
from dime_desktop.ui.cases.case_table_model import (
    COL_CLIENT,
    COL_OPENED,
    COL_REFERENCE,
    COLUMN_COUNT,
    PAGE_SIZE,
    CaseIdRole,
    CaseTableModel,
    SortKeyRole,
)

pytestmark = pytest.mark.gui

CLIENT_MARKER = "Åse Markørsen-Ødegård"


@pytest.fixture
def filled(vault: Any) -> Any:
    cases = generate_demo_cases(450, seed=7)
    cases.append(
        Case(
            opened=date(2021, 3, 4),
            area="nightlife",
            grounds=[CaseGround("ethnicity")],
            summary="Avvist i døra på utestedet, vakten nevnte hudfarge.",
            client=Client(name=CLIENT_MARKER, consent_to_store=True),
        )
    )
    vault.cases.add_many(cases)
    return vault


def all_role_values(model: QAbstractItemModel) -> list[Any]:
    roles = [*range(40), CaseIdRole, SortKeyRole, int(Qt.ItemDataRole.UserRole) + 3]
    values: list[Any] = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            values.extend(model.data(index, role) for role in roles)
    for col in range(model.columnCount()):
        values.extend(model.headerData(col, Qt.Orientation.Horizontal, role) for role in roles)
    return values


def load_all(model: CaseTableModel) -> None:
    while model.canFetchMore():
        model.fetchMore()


def test_lazy_pages(filled: Any, qapp: Any) -> None:
    model = CaseTableModel(filled.cases, "nb")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_filter(CaseFilter())
    assert model.total == 451
    assert model.rowCount() == PAGE_SIZE
    assert model.columnCount() == COLUMN_COUNT
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 451
    assert not model.canFetchMore()
    ids = {model.data(model.index(r, 0), CaseIdRole) for r in range(model.rowCount())}
    assert len(ids) == 451  # pages neither overlap nor skip
    # Newest first by default.
    opened = [model.row_at(r).opened for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert opened == sorted(opened, reverse=True)


def test_sort_is_a_query(filled: Any, qapp: Any) -> None:
    model = CaseTableModel(filled.cases, "en")
    model.set_filter(CaseFilter())
    model.sort(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    load_all(model)
    refs = [model.data(model.index(r, COL_REFERENCE)) for r in range(model.rowCount())]
    assert len(refs) == 451
    everything = sorted(r.reference for r in filled.cases.list_rows(CaseFilter(), limit=None))
    assert refs == everything
    model.sort(COL_OPENED, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == PAGE_SIZE  # a new query starts with one page again
    first = model.data(model.index(0, COL_OPENED), SortKeyRole)
    assert first == min(r.opened for r in filled.cases.list_rows(CaseFilter())).isoformat()
    # A column the repository cannot sort by leaves the order as it is.
    model.sort(4, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "opened"


def test_filters(filled: Any, qapp: Any) -> None:
    model = CaseTableModel(filled.cases, "nb")
    flt = CaseFilter(year=2020, status="closed")
    model.set_filter(flt)
    load_all(model)
    assert model.total == filled.cases.count(flt) > 0
    assert model.rowCount() == model.total
    for r in range(model.rowCount()):
        row = model.row_at(r)
        assert row is not None and row.opened.year == 2020 and row.status == "closed"
    model.set_filter(CaseFilter(text="hudfarge vakten"))
    assert model.total >= 1
    assert any(model.row_at(r).client_name == CLIENT_MARKER for r in range(model.rowCount()))  # type: ignore[union-attr]
    model.set_filter(CaseFilter(text="finnesikke"))
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_discreet_mode_gives_no_names(filled: Any, qapp: Any) -> None:
    model = CaseTableModel(filled.cases, "nb", discreet=True)
    model.set_filter(CaseFilter(text="hudfarge vakten"))
    values = all_role_values(model)
    names = {r.client_name for r in filled.cases.list_rows(CaseFilter()) if r.client_name}
    assert CLIENT_MARKER in names
    texts = [str(v) for v in values if v is not None]
    for name in names:
        assert not any(name in t for t in texts), name
    # Sorting by name is refused in discreet mode.
    model.sort(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    assert model.sort_key != "client_name"

    model.set_discreet(False)
    shown = [model.data(model.index(r, COL_CLIENT)) for r in range(model.rowCount())]
    assert CLIENT_MARKER in shown
    model.sort(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "client_name"
    model.set_discreet(True)  # back to discreet: the name sort is dropped
    assert model.sort_key == "opened"
    assert not any(CLIENT_MARKER in str(v) for v in all_role_values(model))


def test_clear_empties_and_stops_fetching(filled: Any, qapp: Any) -> None:
    model = CaseTableModel(filled.cases, "nb", discreet=False)
    model.set_filter(CaseFilter())
    model.clear()
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore()
    model.set_repository(None)
    assert not model.canFetchMore()
    assert not any(CLIENT_MARKER in str(v) for v in all_role_values(model))
