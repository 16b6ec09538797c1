"""Export of the statistics tables as CSV or XLSX: the same
``PublishedYear`` as the PDF, laid out as sheets.

One sheet (XLSX) or one block (CSV, separated by an empty line) per table:
a title line, a header (category, year, previous year), the rows, the total
where the rows add up to one, and the table's note. Counts are written as
text where hidden (``<3``, ``:``) and as numbers otherwise (XLSX)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dime_desktop.errors import OutputFileError
from dime_desktop.fileio import atomic_write_bytes
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.stats.publish import PublishedYear, publish_year
from dime_desktop.stats.suppression import MERGE_LEVEL
from dime_desktop.stats.tables import YearStatistics, row_label
from dime_desktop.stats.texts import table_omitted_text, texts_for

Cell = str | int


def export_rows(
    source: PublishedYear | YearStatistics,
    *,
    lang: str = "nb",
    threshold: int | None = 3,
    reference: ReferenceData | None = None,
) -> list[tuple[str, list[list[Cell]]]]:
    """(sheet title, rows) per table that has rows, published form. Given a
    ``YearStatistics`` it is published first with ``threshold``; a
    ``PublishedYear`` carries its own threshold."""
    ref = reference if reference is not None else default_reference()
    published = (
        source
        if isinstance(source, PublishedYear)
        else publish_year(source, (), threshold=threshold, reference=ref)
    )
    threshold = published.threshold
    t = texts_for(lang)
    out: list[tuple[str, list[list[Cell]]]] = []
    for pub in published.tables_with_rows():
        table = pub.table  # combination tables are published merged
        title = str(t["tables"][table.key])
        head: list[Cell] = [str(t["col_category"]), str(published.year)]
        if table.has_previous:
            head.append(str(published.previous_year))
        rows: list[list[Cell]] = [[title], head]
        if pub.omitted:
            note = table_omitted_text(t, pub, published.year, threshold)
            out.append((title, [[title], [note]]))
            continue
        other = str(t["other_combinations"]).format(threshold=threshold or 0, merge=MERGE_LEVEL)
        for r in pub.rows:
            line: list[Cell] = [
                row_label(table, r.code, ref, lang, str(t["unrecorded"]), other),
                _cell(r.count),
            ]
            if r.previous is not None:
                line.append(_cell(r.previous))
            rows.append(line)
        if table.spec.partition:
            total_label = "total_referred" if table.spec.mediation else "total_cases"
            line = [str(t[total_label]), _cell(pub.total)]
            if pub.previous_total is not None:
                line.append(_cell(pub.previous_total))
            rows.append(line)
        note = t["table_notes"].get(table.key)
        if note:
            rows.append([str(note).format(total=pub.total)])
        if threshold is not None and pub.suppressed:
            rows.append(
                [str(t["suppressed_note"]).format(mark=f"<{threshold}", threshold=threshold)]
            )
        out.append((title, rows))
    return out


def _cell(text: str) -> Cell:
    return int(text) if text.isdigit() else text


def to_csv(sheets: list[tuple[str, list[list[Cell]]]], *, delimiter: str = ",") -> bytes:
    """CSV text; ``delimiter`` ";" is what Norwegian spreadsheet programs expect."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", delimiter=delimiter)
    for k, (_title, rows) in enumerate(sheets):
        if k:
            w.writerow([])
        for row in rows:
            w.writerow(row)
    # BOM so spreadsheet programs read æøå as UTF-8
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(sheets: list[tuple[str, list[list[Cell]]]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for title, rows in sheets:
        name = _sheet_name(title, used)
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        ws["A1"].font = Font(bold=True, size=12)
        for cell in ws[2]:
            cell.font = Font(bold=True)
        ws.column_dimensions["A"].width = 48
        for col in ("B", "C"):
            ws.column_dimensions[col].width = 10
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:28]
    name, n = base, 2
    while name in used:
        name, n = f"{base[:26]} {n}", n + 1
    used.add(name)
    return name


def write_export(
    path: Path,
    source: PublishedYear | YearStatistics,
    *,
    fmt: str | None = None,
    lang: str = "nb",
    threshold: int | None = 3,
    delimiter: str = ",",
) -> None:
    """Write the tables to ``path`` (format from ``fmt`` or the suffix;
    ``delimiter`` for CSV)."""
    kind = (fmt or Path(path).suffix.lstrip(".")).lower()
    if kind not in ("csv", "xlsx"):
        raise OutputFileError(Path(path), "the file name must end in .csv or .xlsx")
    sheets = export_rows(source, lang=lang, threshold=threshold)
    data = to_csv(sheets, delimiter=delimiter) if kind == "csv" else to_xlsx(sheets)
    try:
        atomic_write_bytes(Path(path), data, mode=0o600)
    except OSError as exc:
        raise OutputFileError(Path(path), exc.strerror or str(exc)) from None
