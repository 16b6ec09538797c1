"""A document as DOCX (python-docx), from the same layout as the PDF.

python-docx writes valid WordprocessingML that Word and LibreOffice open
without a repair prompt; every text goes in as a run's text (never as XML), so
nothing needs escaping. The document properties are set to neutral values:
python-docx's own template says "python-docx" as author, and nothing about
the case (title = the kind of document; no author, comments or keywords). The
template's thumbnail picture is dropped.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor

from dime_desktop.drafting.layout import BANNER, BLOCK, HEADER, HEADING, SIGNATURE, TITLE, layout
from dime_desktop.drafting.model import DocumentText
from dime_desktop.drafting.text import BULLET, Run

APP = "DiMe Desktop"
ACCENT = RGBColor(0x0F, 0x5C, 0x6E)
GAP_INK = RGBColor(0x8A, 0x1C, 0x00)


def _add_runs(paragraph: object, line: tuple[Run, ...]) -> None:
    for r in line:
        run = paragraph.add_run(r.text)  # type: ignore[attr-defined]
        if r.gap:
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            run.font.color.rgb = GAP_INK


def _add_lines(paragraph: object, lines: tuple[tuple[Run, ...], ...]) -> None:
    for i, line in enumerate(lines):
        if i:
            paragraph.add_run().add_break()  # type: ignore[attr-defined]
        _add_runs(paragraph, line)


def _neutral_properties(document: object, title: str, made_on: date) -> None:
    props = document.core_properties  # type: ignore[attr-defined]
    props.author = APP
    props.last_modified_by = APP
    props.title = title
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.language = ""
    props.version = ""
    props.revision = 1
    when = datetime.combine(made_on, time(0, 0), tzinfo=UTC).replace(tzinfo=None)
    props.created = when
    props.modified = when
    props.last_printed = when


def _drop_thumbnail(document: object) -> None:
    package = document.part.package  # type: ignore[attr-defined]
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]


def document_docx(doc: DocumentText, made_on: date) -> bytes:
    document = Document()
    _neutral_properties(document, doc.title, made_on)
    _drop_thumbnail(document)
    normal = document.styles["Normal"]
    normal.font.size = Pt(11)
    for part in layout(doc, made_on):
        if part.kind == BANNER:
            p = document.add_paragraph()
            run = p.add_run(part.text)
            run.bold = True
            run.font.color.rgb = ACCENT
        elif part.kind == TITLE:
            document.add_heading(part.text, level=0)
        elif part.kind == HEADER:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            table.autofit = False
            widths = (Cm(3.5), Cm(12.5))
            for column, width in zip(table.columns, widths, strict=True):
                column.width = width  # the grid LibreOffice follows
            for label, value in part.rows:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = widths  # the cells Word follows
                cells[0].paragraphs[0].add_run(label).bold = True
                _add_lines(cells[1].paragraphs[0], tuple((Run(v),) for v in value.split("\n")))
            document.add_paragraph()
        elif part.kind == HEADING:
            document.add_heading(part.text, level=2)
        elif part.kind == BLOCK and part.block is not None:
            style = "List Bullet" if part.block.kind == BULLET else None
            _add_lines(document.add_paragraph(style=style), part.block.lines)
        elif part.kind == SIGNATURE:
            p = document.add_paragraph()
            p.paragraph_format.space_before = Pt(28)
            p.add_run("_" * 42)
            p.add_run().add_break()
            p.add_run(part.text).font.size = Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
