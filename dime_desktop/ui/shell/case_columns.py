"""How wide each column of the case list is: every column fits the list's
width, so there is no horizontal scroll bar at 1366 or 1280 pixels.

* Columns whose texts are known in advance get exactly their widest text:
  the reference, the dates, the status and desk names and the next follow-up,
  measured in the font it is drawn in (an overdue one is bold: "⚠ 29.11.2026
  forfalt"), and never less than the header with its sort arrow. They never change while scrolling.
* The area, the grounds and the client's name share what is left, in
  proportion to the area's longest name and a typical text of the others; the
  area never grows beyond its longest name (the grounds and the name, of free
  length, take any room over). When the room is short the grounds and the
  name give way first (down to ``KEEP_CHARS``; they elide "…", the tooltip
  holds all grounds), then the area too; only below their smallest widths
  (``MIN_CHARS``; a window far narrower than the screen) does a scroll bar appear.

Chosen over sizing to the visible rows (columns would jump while scrolling) and
over shorter texts (the words stay, for screen readers and eyes alike)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from dime_desktop.cases.model import DESK_ADVICE, DESK_MEDIATION
from dime_desktop.ui.cases.case_table_model import (
    COL_AREA,
    COL_CLIENT,
    COL_CLOSED,
    COL_DESK,
    COL_GROUNDS,
    COL_NEXT_FOLLOW_UP,
    COL_OPENED,
    COL_REFERENCE,
    COL_STATUS,
    COLUMN_COUNT,
)

#: columns that share the width left over (and elide first)
FLEXIBLE = (COL_AREA, COL_GROUNDS, COL_CLIENT)
#: flexible columns that never grow beyond their widest text (the area names are known)
KEEP_WANTED = (COL_AREA,)
#: typical texts of the flexible columns (their shares of the width left over)
TYPICAL = {COL_GROUNDS: "Etnisitet, Religion, Kjønn", COL_CLIENT: "Mariam Påfunnsen Ødegård"}
#: the smallest a flexible column (or the area) gets, in average characters
MIN_CHARS = 10
#: what the grounds and the name keep before the area gives way, in average characters
KEEP_CHARS = 16


def cell_padding(view: QTableView) -> int:
    """Room a cell needs besides its text (the delegate's margins, the grid line)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return 2 * (margin + 1) + 1 + view.fontMetrics().averageCharWidth()


def _widest(metrics: QFontMetrics, texts: list[str]) -> int:
    return max((metrics.horizontalAdvance(t) for t in texts if t), default=0)


def wanted_widths(view: QTableView, model: Any, reference: Any, language: str) -> dict[int, int]:
    """The width each column would like: its widest text (or the typical one of
    a flexible column), and at least its header with the sort arrow."""
    plain = view.fontMetrics()
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    sample_date = "00.00.0000" if language != "en" else "0000-00-00"
    desks = [model._desk_label(d) for d in (DESK_ADVICE, DESK_MEDIATION)]
    texts: dict[int, int] = {
        COL_REFERENCE: _widest(plain, ["DH-0000-0000"]),
        COL_OPENED: _widest(plain, [sample_date]),
        COL_CLOSED: _widest(plain, [sample_date]),
        COL_AREA: _widest(plain, [e.label(language) for e in reference.areas]),
        COL_STATUS: _widest(plain, [e.label(language) for e in reference.statuses]),
        COL_DESK: _widest(plain, desks),
        COL_NEXT_FOLLOW_UP: max(
            _widest(plain, [sample_date]), _widest(bold, [model.overdue_text(sample_date)])
        ),
    }
    for col, text in TYPICAL.items():
        texts[col] = plain.horizontalAdvance(text)
    pad = cell_padding(view)
    header = view.horizontalHeader()
    return {
        col: max(texts.get(col, 0) + pad, header.sectionSizeHint(col))
        for col in range(COLUMN_COUNT)
    }


def share_widths(wanted: dict[int, int], shown: list[int], width: int, em: int) -> dict[int, int]:
    """Widths of the ``shown`` columns that add up to ``width`` (more only when
    even the smallest widths do not fit): see the module's notes."""
    flexible = [c for c in shown if c in FLEXIBLE]
    out = {c: wanted[c] for c in shown if c not in FLEXIBLE}
    left = width - sum(out.values())
    if not flexible:
        if shown and left > 0:  # the last column takes the rest
            out[shown[-1]] += left
        return out
    smallest = em * MIN_CHARS
    want = sum(wanted[c] for c in flexible)
    growing = [c for c in flexible if c not in KEEP_WANTED] or flexible
    if left >= want:  # room for all: the area at its widest, the rest shared
        for col in flexible:
            out[col] = wanted[col]
        extra = left - want
        base = sum(wanted[c] for c in growing)
        for i, col in enumerate(growing):
            more = extra - sum(wanted[c] * extra // base for c in growing[:-1])
            out[col] += wanted[col] * extra // base if i < len(growing) - 1 else more
        return out
    # short of room: the area keeps its longest name while the others can keep
    # KEEP_CHARS each; then they shrink to MIN_CHARS, and only then the area
    others = [c for c in flexible if c not in KEEP_WANTED]
    for col in (c for c in flexible if c in KEEP_WANTED):
        keep = max(left - em * KEEP_CHARS * len(others), smallest)
        out[col] = min(wanted[col], keep) if others else max(left, smallest)
        left -= out[col]
    if not others:
        return out
    room = max(left, smallest * len(others))
    base = sum(wanted[c] for c in others)
    given = 0
    for i, col in enumerate(others):
        share = room - given if i == len(others) - 1 else room * wanted[col] // base
        out[col] = max(smallest, share)
        given += out[col]
    return out


def fit_columns(view: QTableView, wanted: dict[int, int]) -> None:
    """Set the widths of the shown columns of ``view`` to fill its viewport."""
    header = view.horizontalHeader()
    shown = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    widths = share_widths(
        wanted, shown, view.viewport().width(), view.fontMetrics().averageCharWidth()
    )
    for col, width in widths.items():
        if header.sectionSize(col) != width:
            header.resizeSection(col, width)


__all__ = ["FLEXIBLE", "fit_columns", "share_widths", "wanted_widths"]
