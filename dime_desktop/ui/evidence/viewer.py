"""Look at an evidence file inside the app, from memory only.

The bytes come from the vault into memory (a background task); pictures are
decoded with ``QImage.fromData`` and PDFs are opened by QtPdf from a
``QBuffer``; text is shown as text. Nothing is written to a temporary file
and no outside program is started. Closing the window drops the bytes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.evidence.files import IMAGE_TYPES, PDF_TYPE, TEXT_TYPES, human_size
from dime_desktop.evidence.model import EvidenceItem
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task


def _text_of(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


class EvidenceViewer(QWidget):
    """A window showing one evidence file (non-modal)."""

    loaded = Signal()  # the bytes arrived and are shown (or could not be)

    ZOOM_STEP = 1.25
    ZOOM_MIN = 0.1
    ZOOM_MAX = 8.0

    def __init__(
        self, vault: Any, item: EvidenceItem, title: str, parent: QWidget, *, language: str = "nb"
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("EvidenceViewer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._vault = vault
        self._item = item
        self._buffer: QBuffer | None = None
        self._pixmap: QPixmap | None = None
        self._zoom: float | None = None  # None: fitted to the window; else the scale
        self._closed = False
        self.kind = ""  # "image" | "pdf" | "text" | "other" once shown

        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setText(
            self.tr("{name} · {size} · SHA-256 {sha}").format(
                name=item.file_name, size=human_size(item.size, language), sha=item.sha256
            )
        )
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        self.status = QLabel(self.tr("Opening the file from the vault…"), self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.stack.addWidget(self.status)

        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Picture"))
        self.picture_area = QScrollArea(self)
        self.picture_area.setWidget(self.picture)
        self.picture_area.setWidgetResizable(True)
        self.picture_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the fit follows the area's own size (the window's is known before the
        # page is current; the area's only after)
        self.picture_area.viewport().installEventFilter(self)
        self.stack.addWidget(self.picture_area)

        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setAccessibleName(self.tr("PDF document"))
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.stack.addWidget(self.pdf_view)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the file"))
        self.stack.addWidget(self.text)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close viewer"))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        # zoom a picture: Ctrl++ / Ctrl+- ; Ctrl+0 fits it to the window again
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, self.ZOOM_STEP),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal), self.ZOOM_STEP),
            (QKeySequence.StandardKey.ZoomOut, 1 / self.ZOOM_STEP),
        ):
            QShortcut(keys, self, lambda s=step: self.zoom_by(s))
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0), self, self.fit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        em = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().height()
        self.resize(em * 110, line * 40)

    def load(self) -> None:
        """Read the bytes from the vault in the background, then show them."""
        item_id = self._item.id
        vault = self._vault
        Task(lambda: vault.evidence.read_bytes(item_id)).success(self._show).failure(
            self._failed
        ).run()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.status.setText(error_text(exc))
        self.kind = "error"
        self.loaded.emit()

    def _show(self, data: bytes) -> None:
        if self._closed:
            return
        media = self._item.media_type
        if media in IMAGE_TYPES:
            image = QImage.fromData(data)
            if image.isNull():
                self.status.setText(self.tr("This picture cannot be shown."))
                self.kind = "other"
            else:
                self._pixmap = QPixmap.fromImage(image)
                self.stack.setCurrentWidget(self.picture_area)
                self.kind = "image"
                self._fit_picture()
        elif media == PDF_TYPE:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer  # QtPdf reads from it while the window is open
            self.pdf.load(buffer)
            if self.pdf.status() == QPdfDocument.Status.Error:
                self.status.setText(self.tr("This PDF cannot be shown."))
                self.kind = "other"
            else:
                self.stack.setCurrentWidget(self.pdf_view)
                self.kind = "pdf"
        elif media in TEXT_TYPES:
            self.text.setPlainText(_text_of(data))
            self.stack.setCurrentWidget(self.text)
            self.kind = "text"
        else:
            self.status.setText(
                self.tr(
                    "Files of this kind ({type}) cannot be shown inside DiMe Desktop. "
                    "Export the item to open it with another program – it then leaves "
                    "the vault."
                ).format(type=media)
            )
            self.kind = "other"
        self.loaded.emit()

    def scale(self) -> float:
        """The picture's scale on screen (1.0 = its own size)."""
        if self._pixmap is None or self._pixmap.width() == 0:
            return 1.0
        shown = self.picture.pixmap()
        return 1.0 if shown.isNull() else shown.width() / self._pixmap.width()

    def zoom_by(self, factor: float) -> None:
        if self._pixmap is None:
            return
        self._zoom = min(self.ZOOM_MAX, max(self.ZOOM_MIN, self.scale() * factor))
        self._fit_picture()

    def fit(self) -> None:
        self._zoom = None
        self._fit_picture()

    def _fit_picture(self) -> None:
        """Fitted: a large picture is scaled down to the window, a small one
        stays 1:1 (sharp). Zoomed: at the chosen scale, with scroll bars."""
        if self._pixmap is None:
            return
        fitted = self._zoom is None
        bar = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if fitted
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.picture_area.setHorizontalScrollBarPolicy(bar)
        self.picture_area.setVerticalScrollBarPolicy(bar)
        width, height = self._pixmap.width(), self._pixmap.height()
        if self._zoom is None:
            room = self.picture_area.viewport().size()
            if width == 0 or height == 0 or room.width() <= 0 or room.height() <= 0:
                return
            scale = min(1.0, room.width() / width, room.height() / height)
        else:
            scale = self._zoom
        if abs(scale - 1.0) < 1e-3:
            self.picture.setPixmap(self._pixmap)
            return
        self.picture.setPixmap(
            self._pixmap.scaled(
                max(1, round(width * scale)),
                max(1, round(height * scale)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.picture_area.viewport()
            and self._zoom is None
        ):
            self._fit_picture()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._pixmap = None
        self.picture.clear()
        self.text.clear()
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer = None
        super().closeEvent(event)
