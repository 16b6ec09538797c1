"""Printing renders the very PDF we save onto a printer (here a PDF printer)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from dime_desktop.errors import OutputFileError
from dime_desktop.ui.common.printing import render_pdf_to_printer

pytestmark = pytest.mark.gui


def _two_page_pdf() -> bytes:
    from reportlab.platypus import PageBreak, Paragraph

    from dime_desktop.documents.pdf import make_styles, render_pdf

    s = make_styles()
    story = [Paragraph("Side én – æøå", s.title), PageBreak(), Paragraph("Side to", s.title)]
    return render_pdf(story, title="t", footer_left="DiMe", made_on=date(2019, 1, 1))


def test_every_page_reaches_the_printer(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert render_pdf_to_printer(_two_page_pdf(), printer) == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    # the pages carry the rendered image, not an empty page
    assert out.stat().st_size > 20_000


def test_a_broken_pdf_is_a_clear_error(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    with pytest.raises(OutputFileError):
        render_pdf_to_printer(b"not a pdf", printer)
