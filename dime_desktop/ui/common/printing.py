"""Printing: what is printed is the very PDF that "Save as PDF" writes.

The PDF is made in memory, loaded into QtPdf from a buffer (no temporary copy
of personal data on disk), and each page is rendered at up to 300 dpi onto the
printer chosen in the print dialog. Paper and file can therefore never differ.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from dime_desktop.errors import OutputFileError

MAX_DPI = 300


def render_pdf_to_printer(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page of ``pdf`` onto ``printer``; returns the page count."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or pages == 0:
        raise OutputFileError(
            Path(printer.outputFileName() or printer.printerName()),
            "the document could not be read",
        )
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OutputFileError(Path(printer.printerName()), "the printer could not be started")
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRect(0, 0, round(image.width() * scale), round(image.height() * scale))
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print ``pdf``; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_pdf_to_printer(pdf, printer)
    return True
