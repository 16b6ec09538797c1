"""A header's sort arrow that points the same way on every platform.

Qt draws the arrow of ``QHeaderView.setSortIndicator`` by the platform's
convention, and on Linux (Fusion) that is the old GTK one: an arrow pointing UP
for a *descending* order. So the case list, newest first, showed an arrow
pointing up ("oldest first" to anyone used to Windows, macOS or the web). The
style here draws, for any header: ascending (oldest first, A to Z) ▲, descending
(newest first, Z to A) ▼ — the header's own ``sortIndicatorOrder()`` decides,
so the arrow always shows the order the header (and the model behind it) holds.

    header.setStyle(sort_arrow_style())

One style object is shared by every header (it belongs to the application).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QWidget

_STYLE: list[QProxyStyle] = []


class SortArrowStyle(QProxyStyle):
    """The application's style, with a sort arrow that says the order (see above)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: Any,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            widget, QHeaderView
        ):
            arrow = sort_arrow(widget.sortIndicatorOrder())
            super().drawPrimitive(arrow, option, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def sort_arrow(order: Qt.SortOrder) -> QStyle.PrimitiveElement:
    """The arrow drawn for ``order``: up for ascending, down for descending."""
    if order == Qt.SortOrder.AscendingOrder:
        return QStyle.PrimitiveElement.PE_IndicatorArrowUp
    return QStyle.PrimitiveElement.PE_IndicatorArrowDown


def sort_arrow_style() -> QProxyStyle:
    """The one shared :class:`SortArrowStyle` (made on first use, owned by the app)."""
    if not _STYLE:
        style = SortArrowStyle()
        app = QCoreApplication.instance()
        if app is not None:
            style.setParent(app)
        _STYLE.append(style)
    return _STYLE[0]
