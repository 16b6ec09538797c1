"""The case list's layout and the times on screen (shell polish): every column
fits the list at 1366 and 1280 pixels, the sort arrow points the way the list
runs, the filters wrap, and stored UTC times are shown in local time in the
UI's format."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform says this whenever a window's minimum size changes
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def speaks(qapp: Any) -> Any:
    """``speaks("nb")``: the app's translations of that language (removed afterwards)."""
    from PySide6.QtCore import QLocale

    from dime_desktop.ui.shell.app import install_translators

    installed: list[Any] = []

    def install(language: str) -> None:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed[:] = install_translators(qapp, language)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def filled(vault: Any) -> Any:
    """Cases with the longest area names, several grounds and an overdue follow-up."""
    from dime_desktop.cases import Case, CaseGround, Client, FollowUp

    today = date.today()
    areas = ["harassment", "housing", "goods_services", "ethnic_profiling", "work", "other"]
    vault.cases.add_many(
        [
            Case(
                opened=today - timedelta(days=40 - i),
                area=areas[i % len(areas)],
                grounds=[CaseGround("ethnicity"), CaseGround("religion")],
                client=Client(name=f"Mariam Påfunnsen {i}", consent_to_store=True),
                follow_ups=[FollowUp(due=today - timedelta(days=3 + i))],
            )
            for i in range(30)
        ]
    )
    return vault


def _settings(tmp_path: Path, language: str = "nb") -> Any:
    from dime_desktop.ui.shell.settings import AppSettings

    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.use_language_for_session(language)
    return s


def _window(filled: Any, tmp_path: Path, qtbot: Any, speaks: Any, language: str = "nb") -> Any:
    from dime_desktop.ui.shell.main_window import MainWindow

    speaks(language)
    window = MainWindow(filled, _settings(tmp_path, language))
    qtbot.addWidget(window)
    return window


# --- 1. the columns -------------------------------------------------------------------
def test_share_widths_fills_the_width_and_the_area_never_grows_past_its_longest_name() -> None:
    from dime_desktop.ui.cases.case_table_model import COL_AREA, COL_CLIENT, COL_GROUNDS
    from dime_desktop.ui.shell.case_columns import share_widths

    wanted = {0: 100, COL_AREA: 180, COL_GROUNDS: 200, COL_CLIENT: 150}
    wide = share_widths(wanted, [0, COL_AREA, COL_GROUNDS, COL_CLIENT], 1000, 7)
    assert sum(wide.values()) == 1000
    assert wide[0] == 100 and wide[COL_AREA] == 180  # the rest went to grounds and name
    narrow = share_widths(wanted, [0, COL_AREA, COL_GROUNDS, COL_CLIENT], 400, 7)
    assert sum(narrow.values()) == 400 and narrow[0] == 100
    tiny = share_widths(wanted, [0, COL_AREA, COL_GROUNDS, COL_CLIENT], 150, 7)
    assert min(tiny[c] for c in (COL_AREA, COL_GROUNDS, COL_CLIENT)) == 70  # then a scroll bar
    squeezed = share_widths(wanted, [0, COL_AREA, COL_GROUNDS, COL_CLIENT], 600, 7)
    assert squeezed[COL_AREA] == 180 and squeezed[COL_GROUNDS] >= 7 * 16  # the area keeps its names


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize(
    "size",
    [(1366, 768), (1229, 691), (1280, 720), (1152, 648)],  # maximised, or 90 % (the default)
)
def test_every_column_of_the_case_list_fits_without_a_scroll_bar(
    filled: Any,
    tmp_path: Path,
    qtbot: Any,
    speaks: Any,
    size: tuple[int, int],
    language: str,
) -> None:
    from dime_desktop.ui.cases.case_table_model import (
        COL_AREA,
        COL_CLOSED,
        COL_DESK,
        COL_NEXT_FOLLOW_UP,
        COL_OPENED,
        COL_REFERENCE,
        COL_STATUS,
    )

    window = _window(filled, tmp_path, qtbot, speaks, language)
    window.resize(*size)
    window.show()
    table = window.table
    for discreet in (True, False):
        window.set_discreet(discreet)
        qtbot.waitUntil(lambda: table.model().rowCount() == 30)
        qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
        header = table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
        overdue = table.model().index(0, COL_NEXT_FOLLOW_UP).data()
        assert overdue.endswith("forfalt" if language == "nb" else "overdue")
        # the columns whose texts are known show all of them, the overdue one in bold
        for col in (
            COL_REFERENCE,
            COL_OPENED,
            COL_CLOSED,
            COL_STATUS,
            COL_DESK,
            COL_NEXT_FOLLOW_UP,
        ):
            assert header.sectionSize(col) >= table.sizeHintForColumn(col), (col, discreet)
            assert header.sectionSize(col) >= header.sectionSizeHint(col)
        if discreet or size[0] >= 1366:
            # with the names hidden (the default), or on a wide screen: the area names too
            assert header.sectionSize(COL_AREA) >= table.sizeHintForColumn(COL_AREA), discreet


def test_a_narrow_window_gets_a_scroll_bar_rather_than_unreadable_columns(
    filled: Any, tmp_path: Path, qtbot: Any, speaks: Any
) -> None:
    from dime_desktop.ui.cases.case_table_model import COL_GROUNDS

    window = _window(filled, tmp_path, qtbot, speaks)
    window.resize(700, 600)
    window.show()
    window.set_discreet(False)
    qtbot.waitUntil(lambda: window.table.horizontalScrollBar().isVisible())
    em = window.table.fontMetrics().averageCharWidth()
    assert window.table.horizontalHeader().sectionSize(COL_GROUNDS) >= em * 10


# --- 2. the sort arrow ----------------------------------------------------------------
def arrow_direction(header: Any, qtbot: Any) -> str:
    """Which way the arrow points (``Person.sort_arrow``, the journeys' eye)."""
    from tests.journeys.person import Person

    return Person(qtbot).sort_arrow(header.parentWidget().accessibleName())


def test_the_sort_arrow_points_down_for_newest_first_and_up_for_oldest_first(
    filled: Any, tmp_path: Path, qtbot: Any, speaks: Any
) -> None:
    from dime_desktop.ui.cases.case_table_model import COL_OPENED

    window = _window(filled, tmp_path, qtbot, speaks)
    window.resize(1366, 768)
    window.show()
    header = window.table.horizontalHeader()
    assert window.model.descending and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert arrow_direction(header, qtbot) == "down"
    header.setSortIndicator(COL_OPENED, Qt.SortOrder.AscendingOrder)  # as a click does
    qtbot.waitUntil(lambda: not window.model.descending and window.model.rowCount() == 30)
    assert arrow_direction(header, qtbot) == "up"


def test_discreet_mode_ending_a_sort_by_name_moves_the_arrow_back(
    filled: Any, tmp_path: Path, qtbot: Any, speaks: Any
) -> None:
    from dime_desktop.ui.cases.case_table_model import COL_CLIENT, COL_OPENED

    window = _window(filled, tmp_path, qtbot, speaks)
    window.show()
    window.set_discreet(False)
    header = window.table.horizontalHeader()
    header.setSortIndicator(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.model.sort_key == "client_name")
    window.set_discreet(True)  # the list cannot be sorted by hidden names
    assert window.model.sort_key == "opened" and window.model.descending
    assert header.sortIndicatorSection() == COL_OPENED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


# --- 4. times ---------------------------------------------------------------------------
def test_format_datetime_is_local_time_in_the_ui_format() -> None:
    from dime_desktop.ui.common.widgets import format_datetime

    moment = datetime(2026, 12, 2, 1, 21, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert format_datetime(moment, "nb") == local.strftime("%d.%m.%Y %H:%M")
    assert format_datetime(moment, "en") == local.strftime("%Y-%m-%d %H:%M")
    assert format_datetime(None, "nb") == ""


def test_the_backups_screen_shows_when_in_the_ui_format(
    vault: Any, tmp_path: Path, qtbot: Any, speaks: Any
) -> None:
    from dime_desktop.ui.backups.backups_view import BackupsView
    from dime_desktop.vault import backups

    backups.back_up(vault, label="manual")
    made = backups.vault_backups(vault)[0].made
    for language, pattern in (("nb", "%d.%m.%Y %H:%M"), ("en", "%Y-%m-%d %H:%M")):
        speaks(language)
        view = BackupsView(vault, _settings(tmp_path, language))
        qtbot.addWidget(view)
        shown = view.table.item(0, view.COL_MADE).text()
        assert shown == made.astimezone().strftime(pattern), language
        assert view.table.model().index(0, 0, QModelIndex()).data() == shown


def test_what_is_due_earliest_first_has_its_arrow_up(
    filled: Any, tmp_path: Path, qtbot: Any, speaks: Any
) -> None:
    from tests.journeys.person import Person

    window = _window(filled, tmp_path, qtbot, speaks)
    window.resize(1366, 768)
    window.show()
    window.show_view(window.due_view)
    header = window.due_view.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert Person(qtbot).sort_arrow(window.due_view.table.accessibleName()) == "up"
