"""A layout that puts its items in a row and wraps to the next row when the
width runs out (like words in a line), so a row of filters never makes a
window wider than the screen: at 1366 pixels the case list's five filters sit
in one row, at 1000 in two.

    flow = FlowLayout(spacing=8)
    flow.addWidget(cell)        # each item keeps its size hint at least ...
    parent_layout.addLayout(flow)

... and the room left over in a row goes to its items that may grow (a
horizontal size policy with ``ExpandFlag``), in proportion to their size
hints, so each row is filled edge to edge as a plain row of the same widgets
would be. The smallest width is that of the widest item; the height follows
the width (``heightForWidth``), so the layouts around it make room for the
second row.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping into rows (see the module's notes)."""

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = -1, row_spacing: int = -1
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout -------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One row of everything."""
        margins = self.contentsMargins()
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing_between() * max(
            len(shown) - 1, 0
        )
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest item (every row holds at least one)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- spacing ---------------------------------------------------------------------
    def spacing_between(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        return self._style_spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def row_spacing(self) -> int:
        if self._row_spacing >= 0:
            return self._row_spacing
        return self._style_spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def _style_spacing(self, metric: QStyle.PixelMetric) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        return max(parent.style().pixelMetric(metric, None, parent), 0)

    # --- placing ---------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items of each row at ``width`` (the contents' width)."""
        gap = self.spacing_between()
        out: list[list[QLayoutItem]] = []
        row: list[QLayoutItem] = []
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if row and used + gap + w > width:
                out.append(row)
                row, used = [], 0
            used += (gap if row else 0) + w
            row.append(item)
        if row:
            out.append(row)
        return out

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.spacing_between()
        y = area.y()
        rows = self.rows(area.width())
        for n, row in enumerate(rows):
            height = max(i.sizeHint().height() for i in row)
            if apply:
                self._place_row(row, QPoint(area.x(), y), area.width(), height, gap)
            y += height + (self.row_spacing() if n < len(rows) - 1 else 0)
        return y - rect.y() + margins.bottom()

    @staticmethod
    def _place_row(
        row: list[QLayoutItem], origin: QPoint, width: int, height: int, gap: int
    ) -> None:
        hints = [i.sizeHint().width() for i in row]
        growing = [_grows(i) for i in row]
        extra = max(width - sum(hints) - gap * (len(row) - 1), 0)
        base = sum(h for h, g in zip(hints, growing, strict=True) if g)
        x = origin.x()
        given = 0
        last_growing = max((k for k, g in enumerate(growing) if g), default=-1)
        for k, item in enumerate(row):
            w = hints[k]
            if growing[k] and base:
                more = extra - given if k == last_growing else extra * hints[k] // base
                given += more
                w += more
            item.setGeometry(QRect(x, origin.y(), w, height))
            x += w + gap


def _grows(item: QLayoutItem) -> bool:
    """Whether ``item`` may take room over in its row (it expands horizontally)."""
    if item.expandingDirections() & Qt.Orientation.Horizontal:
        return True
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return policy in (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
