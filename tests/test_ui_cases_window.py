"""Issue 14 in the GUI, on a real encrypted vault: the case list keeps a
bounded window of rows as it scrolls both ways, jumps to the end and back,
says "1,000+" for a common word, and a newer search cancels the one under way."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from dime_desktop.cases.model import Case, CaseFilter
from dime_desktop.storage.case_list import COUNT_CAP
from dime_desktop.ui.cases.case_table_model import CaseIdRole, CaseTableModel
from dime_desktop.ui.common.tasks import running_tasks

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says so when a window is shown
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]

MANY = COUNT_CAP + 60


@pytest.fixture
def many(vault: Any) -> Any:
    start = date(2019, 1, 1)
    vault.cases.add_many(
        [
            Case(opened=start + timedelta(days=i // 3), area="work", summary=f"felles ord {i}")
            for i in range(MANY)
        ]
    )
    return vault


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from dime_desktop.ui.shell.settings import AppSettings

    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "en"
    return s


def _ids(model: CaseTableModel) -> list[int]:
    return [model.data(model.index(r, 0), CaseIdRole) for r in range(model.rowCount())]


def test_the_window_stays_bounded_both_ways(many: Any, qapp: Any) -> None:
    whole = [r.id for r in many.cases.list_rows()]
    model = CaseTableModel(many.cases, "nb", page_size=50, window_rows=150)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    shifts: list[int] = []
    model.rows_shifted.connect(shifts.append)
    model.set_filter(CaseFilter())
    assert _ids(model) == whole[:50] and not model.can_fetch_previous()
    first = 0  # the list position of the window's first row
    while model.canFetchMore():
        model.fetchMore()
        if shifts and shifts[-1] < 0:
            first -= shifts.pop()
        assert model.rowCount() <= 150  # never more than the window
        assert _ids(model) == whole[first : first + model.rowCount()]
    assert first + model.rowCount() == MANY and model.can_fetch_previous()
    while model.can_fetch_previous():
        came = model.fetch_previous()
        assert shifts.pop() == came > 0
        first -= came
        assert model.rowCount() <= 150
        assert _ids(model) == whole[first : first + model.rowCount()]
    assert first == 0 and model.canFetchMore()


def test_jump_to_the_end_and_back(many: Any, qapp: Any) -> None:
    whole = [r.id for r in many.cases.list_rows(sort="reference", descending=False)]
    model = CaseTableModel(many.cases, "nb", page_size=50, window_rows=150)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by reference
    model.jump_to_end()
    assert _ids(model) == whole[-50:]
    assert not model.canFetchMore() and model.can_fetch_previous()
    model.fetch_previous()
    assert _ids(model) == whole[-100:]
    model.jump_to_start()
    assert _ids(model) == whole[:50] and model.total == MANY and model.total_exact


def test_ctrl_end_in_the_list_shows_the_last_case(many: Any, settings: Any, qtbot: Any) -> None:
    from dime_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(many, settings)
    qtbot.addWidget(window)
    window.show()
    oldest = many.cases.list_rows(sort="opened", descending=False, limit=1)[0]
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = window.model.rowCount() - 1
    assert window.model.row_at(last).id == oldest.id  # type: ignore[union-attr]
    assert window.table.currentIndex().row() == last
    QTest.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    newest = many.cases.list_rows(limit=1)[0]
    assert window.model.row_at(0).id == newest.id  # type: ignore[union-attr]


def test_a_common_word_says_1000_plus(many: Any, settings: Any, qtbot: Any) -> None:
    from dime_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(many, settings)
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == f"{MANY} cases"
    window.search.setText("felles")
    window.run_search()
    qtbot.waitUntil(lambda: not window.model.total_exact)
    assert window.statusBar().currentMessage() == "1,000+ cases"
    assert window.model.rowCount() == 200 and window.model.canFetchMore()
    window.search.setText("felles 17")
    window.run_search()
    qtbot.waitUntil(lambda: window.model.total_exact)
    # "17" is a prefix: 17, 170-179, 1017-...
    assert window.model.total == many.cases.count(CaseFilter(text="felles 17")) < COUNT_CAP


def test_a_newer_search_cancels_the_one_under_way(many: Any, settings: Any, qtbot: Any) -> None:
    from dime_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(many, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: running_tasks() == 0)
    window.search.setText("felles")
    window.run_search()
    first = window._search_token
    assert first is not None and not first.cancelled
    window.search.setText("ord 1")
    window.run_search()
    assert first.cancelled  # its SQL stops at the next look
    second = window._search_token
    assert second is not None and not second.cancelled
    qtbot.waitUntil(lambda: running_tasks() == 0)
    expected = many.cases.count(CaseFilter(text="ord 1"))
    assert expected < COUNT_CAP and window.model.total == expected  # the newer one shows
    window.clear_personal_data()  # a lock cancels too
    assert second.cancelled


def test_sorting_by_a_header_click_is_a_query_on_the_worker(
    many: Any, settings: Any, qtbot: Any
) -> None:
    from dime_desktop.ui.cases.case_table_model import COL_REFERENCE
    from dime_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(many, settings)
    qtbot.addWidget(window)
    window.show()
    header = window.table.horizontalHeader()
    header.setSortIndicator(COL_REFERENCE, Qt.SortOrder.AscendingOrder)  # as a click does
    assert running_tasks() > 0  # not read on the main thread
    qtbot.waitUntil(lambda: window.model.sort_key == "reference" and running_tasks() == 0)
    refs = [window.model.row_at(r).reference for r in range(3)]  # type: ignore[union-attr]
    assert refs == ["DH-2019-001", "DH-2019-002", "DH-2019-003"]


def test_scrolling_down_and_up_keeps_the_rows_on_screen_in_place(
    many: Any, settings: Any, qtbot: Any
) -> None:
    from dime_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(many, settings)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    table, model = window.table, window.model
    bar = table.verticalScrollBar()

    def top_case() -> int:
        return int(model.data(table.indexAt(table.viewport().rect().topLeft()), CaseIdRole))

    shifts: list[int] = []
    model.rows_shifted.connect(shifts.append)
    while model.canFetchMore():
        bar.setValue(bar.maximum() - 3)  # near the bottom, where Qt asks for the next page
        qtbot.wait(1)  # let the view lay out (no timing is measured)
        shown = top_case()
        model.fetchMore()
        qtbot.wait(1)
        assert top_case() == shown  # the window moved under the rows on screen
    assert model.rowCount() == model.window_rows and model.can_fetch_previous()
    assert shifts and all(n < 0 for n in shifts)
    shifts.clear()
    bar.setValue(bar.minimum() + 1)
    qtbot.wait(1)
    shown = top_case()
    bar.setValue(bar.minimum())  # at the top the view asks for the page before
    qtbot.wait(1)
    assert shifts and shifts[0] > 0
    bar.setValue(bar.value() + 1)
    qtbot.wait(1)
    assert top_case() == shown
