"""One published object for every output of a year (issue 8, section 5):
``stats.publish.PublishedYear`` is made once, and the PDF, the CSV, the XLSX
(and the statistics screen, whose exact numbers it must not contradict) only
lay it out."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from dime_desktop.demo.generator import generate_demo_cases, generate_demo_outreach
from dime_desktop.documents.yearly_report import render_yearly_report
from dime_desktop.stats import tables as tables_module
from dime_desktop.stats.export import export_rows, to_csv, to_xlsx
from dime_desktop.stats.publish import PublishedYear, published_year
from dime_desktop.stats.suppression import SHOWN
from dime_desktop.stats.tables import OTHER_COMBINATIONS, PublishedRow, year_statistics


@pytest.fixture
def demo(vault: Any) -> Any:
    """A real vault with 400 synthetic cases over six years: every table has
    shown, small and hidden cells, and some are left out."""
    vault.cases.add_many(generate_demo_cases(400))
    for activity in generate_demo_outreach():
        vault.outreach.add(activity)
    return vault


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    return " " + re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages)) + " "


def _in_order(text: str, pieces: list[str]) -> None:
    """Each piece, as whole words, after the one before."""
    at = 0
    for piece in pieces:
        found = text.find(f" {piece} ", at)
        assert found >= 0, (piece, text[at : at + 300])
        at = found + len(piece) + 1


def _sheets(published: PublishedYear, lang: str) -> list[tuple[str, list[list[Any]]]]:
    return export_rows(published, lang=lang)


@pytest.mark.parametrize("threshold", [3, 5, None])
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_pdf_csv_and_xlsx_show_the_same_published_year(
    demo: Any, threshold: int | None, lang: str
) -> None:
    from openpyxl import load_workbook

    published = published_year(demo, 2021, threshold=threshold)
    sheets = _sheets(published, lang)
    assert sheets, "the demo year has tables"
    # CSV: the sheets, block after block
    rows = list(csv.reader(io.StringIO(to_csv(sheets).decode("utf-8-sig"))))
    flat = [r for _title, block in sheets for r in [*block, []]][:-1]
    assert rows == [[str(c) for c in r] for r in flat]
    # XLSX: one sheet per table, the same cells (counts as numbers)
    wb = load_workbook(io.BytesIO(to_xlsx(sheets)))
    assert len(wb.worksheets) == len(sheets)
    for ws, (_title, block) in zip(wb.worksheets, sheets, strict=True):
        assert [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)] == [
            list(r) for r in block
        ]
    # PDF: every table's title, labels and cells in the same order
    text = _pdf_text(render_yearly_report(published, lang=lang, made_on=date(2022, 2, 1)))
    for _title, block in sheets:
        pieces = [str(block[0][0])]
        for line in block[2:]:
            if len(line) >= 2:  # a row or the total (notes are one cell)
                pieces += [str(c) for c in line]
        if len(block) == 2:  # left out: the note says so
            pieces.append(str(block[1][0]))
        _in_order(text, pieces)
    # the key figures
    _in_order(text, [published.cases.value, published.referred.value])


def test_the_screen_agrees_with_every_shown_published_count(demo: Any) -> None:
    """The screen shows exact numbers: every count the published year shows
    is the screen's number for that row (merged rows are not on the screen)."""
    stats = year_statistics(demo.statistics, 2021)
    exact = {t.key: t for t in tables_module.build_tables(stats)}
    published = published_year(demo, 2021, threshold=3)
    compared = 0
    for pub in published.tables_with_rows():
        if pub.omitted:
            continue
        screen = {r.code: r for r in exact[pub.key].rows}
        for row in pub.rows:
            if row.code == OTHER_COMBINATIONS:
                continue
            if row.count_state == SHOWN:
                assert row.count == str(screen[row.code].count), (pub.key, row)
                compared += 1
            if row.previous is not None and row.previous_state == SHOWN:
                assert row.previous == str(screen[row.code].previous), (pub.key, row)
        if not pub.total.startswith("<"):
            assert pub.total == str(exact[pub.key].total)
    assert compared > 20


def test_outputs_only_lay_the_published_year_out(
    demo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once published, nothing suppresses again: a changed cell of the object
    is what the PDF and the exports print, and publishing is not called."""
    published = published_year(demo, 2021, threshold=3)
    area = published.table("by_area")
    first = area.rows[0]
    marked = dataclasses.replace(
        area, rows=(PublishedRow(first.code, "4711", first.previous), *area.rows[1:])
    )
    changed = dataclasses.replace(published, tables={**published.tables, "by_area": marked})

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("an output suppressed on its own")

    monkeypatch.setattr(tables_module, "publish_all", refuse)
    monkeypatch.setattr(tables_module, "publish", refuse)
    assert " 4711 " in _pdf_text(render_yearly_report(changed, lang="en"))
    sheets = export_rows(changed, lang="en")
    assert any(4711 in line for _t, block in sheets for line in block)


@pytest.mark.gui
def test_statistics_screen_pdf_and_exports_agree_for_one_vault(
    qtbot: Any, demo: Any, tmp_path: Path
) -> None:
    """What the statistics screen writes (PDF, CSV, XLSX) is the published
    year for the screen's year and threshold, and its own numbers agree."""
    from openpyxl import load_workbook

    from dime_desktop.ui.stats.statistics_view import StatisticsView, StatTableModel

    settings = SimpleNamespace(language="en", suppression_threshold=4)
    view = StatisticsView(demo, settings)
    qtbot.addWidget(view)
    view.load_year(2021)
    published = published_year(demo, 2021, threshold=4)
    sheets = export_rows(published, lang="en")

    view.export_to(tmp_path / "s.csv", "csv")
    assert (tmp_path / "s.csv").read_bytes() == to_csv(sheets)
    view.export_to(tmp_path / "s.xlsx", "xlsx")
    wb = load_workbook(tmp_path / "s.xlsx")
    assert [ws.title for ws in wb.worksheets] == [
        ws.title for ws in load_workbook(io.BytesIO(to_xlsx(sheets))).worksheets
    ]
    made = view.report()
    assert made.published == published
    # the screen's first table is the published table's exact counts
    m = view.model
    pub_area = published.table("by_area")
    for i, row in enumerate(pub_area.rows):
        if row.count_state == SHOWN:
            assert m.data(m.index(i, StatTableModel.COL_COUNT)) == row.count
