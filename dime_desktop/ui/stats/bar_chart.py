"""Horizontal bars with their category written in full beside them.

Qt Charts' category axis shortens long labels to "…" as soon as the chart is
lower than its labels need, which on a 1366×768 or 1280×720 screen is always.
This chart lays itself out instead: one row per category, as high as its label
needs (a long label wraps onto a second line, it is never cut), the label
column as wide as the longest label allows, and the count written at the end
of each bar. It is as tall as its rows; the statistics screen puts it in a
scroll area, so rows never get squeezed.

:meth:`BarChart.label_layout` is the layout the painting uses, so a test can
check that every label is drawn in full at a given size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(
    Qt.TextFlag.TextWordWrap
)
LABEL_SHARE = 0.45  # at most this much of the width goes to the labels
MAX_LABEL_LINES = 2


@dataclass(frozen=True)
class Series:
    name: str  # e.g. the year, shown in the legend
    values: tuple[int, ...]
    color: QColor


@dataclass(frozen=True)
class LabelPlace:
    label: str  # the category
    drawn: str  # what is drawn (the label, or a shortened one if it cannot fit)
    rect: QRect  # where


class BarChart(QWidget):
    """Categories top to bottom, one bar per series in each row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Bar chart"))

    # --- data --------------------------------------------------------------------
    def set_data(self, labels: list[str], series: list[Series]) -> None:
        self._labels = list(labels)
        self._series = [s for s in series if len(s.values) == len(labels)]
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: " + ", ".join(f"{s.name} {s.values[i]}" for s in self._series)
                for i, label in enumerate(self._labels)
            )
        )
        # as tall as its rows at once: another table may have more rows than the
        # last one, and a resize (which sets the height too) need not come
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    def labels(self) -> list[str]:
        return list(self._labels)

    # --- layout ---------------------------------------------------------------------
    def _metrics(self) -> QFontMetrics:
        return self.fontMetrics()

    def _pad(self) -> int:
        return self._metrics().averageCharWidth()

    def _legend_height(self) -> int:
        return self._metrics().height() + self._pad() if len(self._series) > 1 else 0

    def _bar_height(self) -> int:
        return max(6, self._metrics().height() * 2 // 3)

    def _label_width(self, width: int) -> int:
        fm = self._metrics()
        widest = max((fm.horizontalAdvance(label) for label in self._labels), default=0)
        return max(0, min(widest + self._pad(), int(width * LABEL_SHARE)))

    def _row_heights(self, label_width: int) -> list[int]:
        fm = self._metrics()
        bars = max(1, len(self._series)) * (self._bar_height() + 2) + self._pad()
        out = []
        for label in self._labels:
            needed = fm.boundingRect(QRect(0, 0, label_width, 10_000), _TEXT_FLAGS, label)
            lines = min(MAX_LABEL_LINES, max(1, round(needed.height() / fm.lineSpacing())))
            out.append(max(bars, lines * fm.lineSpacing() + self._pad()))
        return out

    def label_layout(self, width: int | None = None) -> list[LabelPlace]:
        """Where each label goes and what is drawn there at ``width``."""
        width = self.width() if width is None else width
        fm = self._metrics()
        label_width = self._label_width(width)
        y = self._legend_height()
        out = []
        for label, height in zip(self._labels, self._row_heights(label_width), strict=True):
            rect = QRect(0, y, label_width - self._pad(), height)
            needed = fm.boundingRect(QRect(0, 0, rect.width(), 10_000), _TEXT_FLAGS, label)
            drawn = label
            if needed.height() > rect.height() or needed.width() > rect.width():
                drawn = fm.elidedText(
                    label, Qt.TextElideMode.ElideRight, rect.width() * MAX_LABEL_LINES
                )
            out.append(LabelPlace(label, drawn, rect))
            y += height
        return out

    def sizeHint(self) -> QSize:
        width = max(self.width(), self._pad() * 60)
        height = self._legend_height() + sum(self._row_heights(self._label_width(width)))
        return QSize(self._pad() * 60, max(height, self._metrics().height() * 3))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._pad() * 30, self.sizeHint().height())

    def resizeEvent(self, event: object) -> None:  # rows get taller when labels wrap
        self.setFixedHeight(self.sizeHint().height())
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self._metrics()
        pad = self._pad()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        if len(self._series) > 1:
            x = 0
            for s in self._series:
                painter.fillRect(
                    QRect(x, pad // 2, fm.height() // 2 + 2, fm.height() // 2 + 2), s.color
                )
                x += fm.height()
                painter.setPen(text_color)
                painter.drawText(x, fm.ascent(), s.name)
                x += fm.horizontalAdvance(s.name) + pad * 3
        places = self.label_layout()
        if not places:
            return
        label_width = self._label_width(self.width())
        count_width = fm.horizontalAdvance("00000") + pad
        bar_left = label_width + pad
        bar_room = max(1, self.width() - bar_left - count_width)
        top = max([max(s.values, default=0) for s in self._series] + [1])
        bar_h = self._bar_height()
        for i, place in enumerate(places):
            painter.setPen(text_color)
            painter.drawText(place.rect, _TEXT_FLAGS, place.drawn)
            block = len(self._series) * (bar_h + 2)
            y = place.rect.top() + (place.rect.height() - block) // 2
            for s in self._series:
                value = s.values[i]
                length = round(bar_room * value / top)
                painter.fillRect(QRect(bar_left, y, length, bar_h), s.color)
                painter.setPen(text_color)
                painter.drawText(
                    QRect(bar_left + length + pad // 2, y - 2, count_width, bar_h + 4),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    str(value),
                )
                y += bar_h + 2
        painter.end()
