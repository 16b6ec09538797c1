"""The statistics screen (offscreen)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

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
