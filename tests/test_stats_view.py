"""The statistics screen (offscreen)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.test_stats_counts import KNOWN_CASES, known, svault  # noqa: F401

pytestmark = pytest.mark.gui


def test_statistics_view_shows_tables_and_exports(
    qtbot: Any,
    known: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrinter

    from dime_desktop.ui.stats.statistics_view import StatisticsView, StatTableModel

    settings = SimpleNamespace(language="en", suppression_threshold=3)
    view = StatisticsView(known, settings)
    qtbot.addWidget(view)
    assert [view.year_combo.itemText(i) for i in range(view.year_combo.count())] == [
        "2020",
        "2019",
        "2018",
    ]
    view.load_year(2019)
    m = view.model
    assert m.rowCount() == 5 and m.columnCount() == 3  # 4 areas + total, with 2018
    assert m.data(m.index(0, StatTableModel.COL_LABEL)) == "Working life"
    assert m.data(m.index(0, StatTableModel.COL_COUNT)) == "4"  # exact on screen
    assert m.data(m.index(0, StatTableModel.COL_PREVIOUS)) == "2"
    assert m.data(m.index(4, StatTableModel.COL_COUNT)) == "8"
    assert m.headerData(1, Qt.Orientation.Horizontal) == "2019"
    view.export_to(tmp_path / "t.csv", "csv")
    assert "Working life,4,<3" in (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    with qtbot.waitSignal(view.pdf_saved, timeout=10_000):
        view.write_pdf(tmp_path / "s.pdf")
    assert (tmp_path / "s.pdf").read_bytes()[:4] == b"%PDF"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    view.print_to(printer)
    assert (tmp_path / "print.pdf").stat().st_size > 1000
    view.clear()
    assert m.rowCount() == 0 and view.table_list.count() == 0


# --- issue 8: readable chart labels, plurals, CSV for Norwegian spreadsheets ------------


@pytest.fixture
def nb_settings(tmp_path: Path) -> Any:
    from dime_desktop.ui.shell.settings import AppSettings

    settings = AppSettings.from_file(tmp_path / "settings.ini")
    settings.language = "nb"
    return settings


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_chart_labels_are_written_in_full_on_small_screens(
    qtbot: Any, vault: Any, nb_settings: Any, screen: tuple[int, int]
) -> None:
    from dime_desktop.demo.generator import generate_demo_cases
    from dime_desktop.ui.shell.main_window import MainWindow

    vault.cases.add_many(generate_demo_cases(300, seed=3))
    window = MainWindow(vault, nb_settings)
    qtbot.addWidget(window)
    width, height = screen
    window.resize(width, height - 60)  # a maximised window below a desktop's panel
    window.show()
    view = window.statistics_view
    window.navigation.setCurrentRow(window.stack.indexOf(view))
    qtbot.waitUntil(view.chart.isVisible)
    assert view.table_list.count() >= 6
    for row in range(view.table_list.count()):
        view.table_list.setCurrentRow(row)
        places = view.chart.label_layout()
        assert places and [p.label for p in places] == view.chart.labels()
        cut = [p.label for p in places if p.drawn != p.label]
        assert cut == [], f"{view.table_list.item(row).text()}: {cut}"


def test_one_case_is_one_case(qtbot: Any, vault: Any, nb_settings: Any) -> None:
    from datetime import date

    from dime_desktop.cases.model import Case
    from dime_desktop.ui.stats.statistics_view import StatisticsView

    vault.cases.add(Case(opened=date(2023, 2, 1), area="work"))
    for day in (1, 2):
        vault.cases.add(Case(opened=date(2024, 2, day), area="work"))
    nb_settings.language = "en"  # (the bokmål "1 sak" / "2 saker" are its translations)
    view = StatisticsView(vault, nb_settings)
    qtbot.addWidget(view)
    view.load_year(2023)
    assert view.summary_label.text() == "1 case, 0 sent to mediation"
    view.load_year(2024)
    assert view.summary_label.text() == "2 cases, 0 sent to mediation"


@pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)
def test_csv_for_norwegian_spreadsheets_uses_semicolons(
    qtbot: Any,
    known: Any,  # noqa: F811
    nb_settings: Any,
    tmp_path: Path,
) -> None:
    from dime_desktop.ui.stats.statistics_view import StatisticsView
    from tests.journeys.person import Person

    view = StatisticsView(known, nb_settings)
    qtbot.addWidget(view)
    view.show()
    view.load_year(2019)
    person = Person(qtbot)
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    dialog = person.file_dialog()
    semicolon, comma = view.csv_filters()
    assert dialog.selectedNameFilter() == semicolon  # the bokmål default
    with qtbot.waitSignal(view.exported):
        person.save_file_as(tmp_path / "norsk.csv")
    assert "Arbeidsliv;4;<3" in (tmp_path / "norsk.csv").read_text(encoding="utf-8-sig")

    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    dialog = person.file_dialog()
    dialog.selectNameFilter(comma)  # the other kind in the dialog's type list
    with qtbot.waitSignal(view.exported):
        person.save_file_as(tmp_path / "komma.csv")
    assert "Arbeidsliv,4,<3" in (tmp_path / "komma.csv").read_text(encoding="utf-8-sig")
