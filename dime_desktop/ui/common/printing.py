"""Printing: what is printed is the very PDF that "Save as PDF" writes.

The PDF is made in memory, loaded into QtPdf from a buffer (no temporary copy
of personal data on disk), and each page is rendered at up to 300 dpi onto the
printer chosen in the print dialog. Paper and file can therefore never differ.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

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


def print_pdf(
    parent: QWidget,
    pdf: bytes,
    title: str,
    *,
    on_printed: Callable[[], None] | None = None,
) -> QPrintDialog:
    """Ask for a printer (Qt's print dialog, opened without blocking) and print
    ``pdf`` when the person chooses Print; then ``on_printed()`` (the access
    log's "printed" of a case). A problem while printing is shown in a message."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def accepted() -> None:
        from dime_desktop.errors import DimeError
        from dime_desktop.ui.common.dialogs import show_message
        from dime_desktop.ui.common.error_text import error_text

        try:
            render_pdf_to_printer(pdf, printer)
        except DimeError as exc:
            show_message(parent, title, error_text(exc))
            return
        if on_printed is not None:
            on_printed()

    dialog.accepted.connect(accepted)
    dialog.printer_ref = printer  # type: ignore[attr-defined]  # lives as long as the dialog
    QDialog.open(dialog)  # window-modal, not blocking (QPrintDialog.open wants a slot)
    return dialog
