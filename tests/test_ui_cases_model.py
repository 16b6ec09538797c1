"""CaseTableModel without any widget, on a real encrypted vault: lazy pages,
server-side sorting, filters, discreet mode."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from dime_desktop.cases.model import Case, CaseFilter, CaseGround, Client, FollowUp
from dime_desktop.demo.generator import generate_demo_cases
from dime_desktop.ui.cases.case_table_model import (
    COL_CLIENT,
    COL_DESK,
    COL_GROUNDS,
    COL_NEXT_FOLLOW_UP,
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
    model.sort(COL_DESK, Qt.SortOrder.AscendingOrder)
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


def _small_vault(vault: Any) -> list[str]:
    """Four cases: follow-ups overdue, later and none; grounds of different kinds."""
    today = date.today()
    cases = [
        Case(opened=date(2024, 1, 1), area="work", grounds=[CaseGround("religion")],
             follow_ups=[FollowUp(date(2000, 1, 5), "for lenge siden")]),
        Case(opened=date(2024, 1, 2), area="work", grounds=[CaseGround("gender")],
             follow_ups=[FollowUp(date(today.year + 1, 1, 1), "senere"),
                         FollowUp(date(2000, 1, 1), "ferdig", done=True)]),
        Case(opened=date(2024, 1, 3), area="work"),
        Case(opened=date(2024, 1, 4), area="work",
             grounds=[CaseGround("ethnicity"), CaseGround("age")]),
    ]  # fmt: skip
    return [vault.cases.add(c).reference for c in cases]


def test_sort_by_next_follow_up_and_grounds(vault: Any, qapp: Any) -> None:
    refs = _small_vault(vault)
    model = CaseTableModel(vault.cases, "nb")
    model.set_filter(CaseFilter())

    def order() -> list[str]:
        return [model.data(model.index(r, COL_REFERENCE)) for r in range(model.rowCount())]

    model.sort(COL_NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "next_follow_up"
    assert order()[:2] == [refs[0], refs[1]]  # overdue first; a done one does not count
    model.sort(COL_NEXT_FOLLOW_UP, Qt.SortOrder.DescendingOrder)
    assert order()[:2] == [refs[1], refs[0]]  # cases without a follow-up stay last
    # grounds in the order of the law: gender, ethnicity (+age), religion; none last
    model.sort(COL_GROUNDS, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "grounds"
    assert order() == [refs[1], refs[3], refs[0], refs[2]]


def test_overdue_follow_up_is_said_in_words(vault: Any, qapp: Any) -> None:
    refs = _small_vault(vault)
    model = CaseTableModel(vault.cases, "en")
    model.set_filter(CaseFilter())
    shown = {
        model.data(model.index(r, COL_REFERENCE)): model.data(model.index(r, COL_NEXT_FOLLOW_UP))
        for r in range(model.rowCount())
    }
    assert shown[refs[0]] == "⚠ 2000-01-05 overdue"  # not by colour alone
    assert "overdue" not in shown[refs[1]] and shown[refs[1]].endswith("-01-01")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == refs[0])
    index = model.index(row, COL_NEXT_FOLLOW_UP)
    assert model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "⚠ 2000-01-05 overdue"
