"""The base of every PDF we make: an embedded TrueType font (DejaVu, so æøå
and every client's name print), A4 pages with page numbers and the date the
document was made, shared paragraph styles, and an atomic write.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate

from dime_desktop.fileio import atomic_write_bytes
from dime_desktop.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"

# The service's colours: dark teal for headings, a light tint for table heads.
INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#0f5c6e")
TINT = colors.HexColor("#e3eff1")
MUTED = colors.HexColor("#5b6770")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the TTF fonts shipped in ``resources/fonts`` (embedded in PDFs)."""
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_MONO, "DejaVuSansMono.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table: ParagraphStyle
    table_head: ParagraphStyle
    mono: ParagraphStyle


def make_styles(base_size: float = 10.5) -> Styles:
    """Paragraph styles; ``base_size`` 13+ for documents given to clients."""
    register_fonts()
    lead = base_size * 1.4
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=base_size,
        leading=lead,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=base_size * 0.5,
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base_size * 2.2,
            leading=base_size * 2.7,
            textColor=ACCENT,
            spaceAfter=base_size,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base_size * 1.55,
            leading=base_size * 2,
            textColor=ACCENT,
            spaceBefore=base_size,
            spaceAfter=base_size * 0.6,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base_size * 1.2,
            leading=base_size * 1.6,
            spaceBefore=base_size * 0.8,
            spaceAfter=base_size * 0.4,
        ),
        body=body,
        small=ParagraphStyle(
            "small",
            parent=body,
            fontSize=base_size * 0.82,
            leading=base_size * 1.15,
            textColor=MUTED,
        ),
        table=ParagraphStyle("table", parent=body, spaceAfter=0, leading=base_size * 1.25),
        table_head=ParagraphStyle(
            "table_head",
            parent=body,
            fontName=FONT_BOLD,
            spaceAfter=0,
            leading=base_size * 1.25,
        ),
        mono=ParagraphStyle(
            "mono",
            parent=body,
            fontName=FONT_MONO,
            fontSize=base_size * 1.6,
            leading=base_size * 2.2,
        ),
    )


_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def footer_date(day: date, lang: str) -> str:
    """``02.12.2026`` in bokmål, ``2 December 2026`` in English (the footer of
    every PDF; never the locale's month names)."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime("%d.%m.%Y")


def render_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    footer_left: str,
    made_on: date,
    page_label: str = "Side {page}",
    author: str = "DiMe Desktop",
    lang: str | None = None,
) -> bytes:
    """Lay out ``story`` on A4 with a footer on every page:
    ``footer_left`` · the date it was made · ``page_label`` (e.g. "Side {page}").
    The date is written as the document's language writes it (``footer_date``);
    without ``lang`` the language is the page label's ("Page …" is English)."""
    if lang is None:
        lang = "en" if page_label.lstrip().lower().startswith("page") else "nb"
    made_text = footer_date(made_on, lang)
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        creator="DiMe Desktop",
        subject=title,
    )

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        y = 11 * mm
        canvas.drawString(20 * mm, y, f"{footer_left} · {made_text}")
        canvas.drawRightString(A4[0] - 20 * mm, y, page_label.format(page=document.page))
        canvas.restoreState()

    doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_pdf(path: Path, data: bytes) -> None:
    """Write a finished PDF atomically, readable only by this user (it may name a client)."""
    atomic_write_bytes(Path(path), data, mode=0o600)
