"""A document as a PDF, through ``documents/pdf.py`` (embedded DejaVu, A4,
page numbers). The PDF's properties carry only the kind of document ("Klage
til Diskrimineringsnemnda"), never a name."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dime_desktop.documents.pdf import ACCENT, MUTED, TINT, make_styles, render_pdf
from dime_desktop.drafting.layout import BANNER, BLOCK, HEADER, HEADING, SIGNATURE, TITLE, layout
from dime_desktop.drafting.model import DocumentText
from dime_desktop.drafting.text import BULLET, Run

GAP_BACK = "#ffe08a"
GAP_INK = "#8a1c00"


def _markup(line: tuple[Run, ...]) -> str:
    out = []
    for r in line:
        text = escape(r.text)
        if r.gap:
            out.append(f'<font backColor="{GAP_BACK}" color="{GAP_INK}"><b>{text}</b></font>')
        else:
            out.append(text)
    return "".join(out)


def document_pdf(doc: DocumentText, made_on: date) -> bytes:
    s = make_styles(10.5)
    bullet = s.body.clone("bullet", leftIndent=6 * mm, bulletIndent=1 * mm)
    banner = s.body.clone("banner", textColor=colors.white, backColor=ACCENT, borderPadding=4)
    story: list[Flowable] = []
    pending_heading: Paragraph | None = None

    def add(flowable: Flowable) -> None:
        nonlocal pending_heading
        if pending_heading is not None:  # never a heading alone at the foot of a page
            story.append(KeepTogether([pending_heading, flowable]))
            pending_heading = None
        else:
            story.append(flowable)

    for part in layout(doc, made_on):
        if part.kind == BANNER:
            story += [Paragraph(escape(part.text), banner), Spacer(1, 4 * mm)]
        elif part.kind == TITLE:
            story.append(Paragraph(escape(part.text), s.title))
        elif part.kind == HEADER:
            rows = [
                [
                    Paragraph(escape(label), s.table_head),
                    Paragraph(escape(value).replace("\n", "<br/>"), s.table),
                ]
                for label, value in part.rows
            ]
            table = Table(rows, colWidths=[35 * mm, 135 * mm])
            table.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (0, -1), TINT),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, -1), (-1, -1), 0.5, MUTED),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            story += [table, Spacer(1, 5 * mm)]
        elif part.kind == HEADING:
            if pending_heading is not None:
                story.append(pending_heading)
            pending_heading = Paragraph(escape(part.text), s.h2)
        elif part.kind == BLOCK and part.block is not None:
            if part.block.kind == BULLET:
                text = "<br/>".join(_markup(line) for line in part.block.lines)
                add(Paragraph(text, bullet, bulletText="•"))
            else:
                add(Paragraph("<br/>".join(_markup(line) for line in part.block.lines), s.body))
        elif part.kind == SIGNATURE:
            line = Table(
                [[""], [Paragraph(escape(part.text), s.small)]],
                colWidths=[90 * mm],
                rowHeights=[14 * mm, None],
            )
            line.setStyle(
                TableStyle(
                    [
                        ("LINEBELOW", (0, 0), (0, 0), 0.6, ACCENT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            line.hAlign = "LEFT"
            add(line)
    if pending_heading is not None:
        story.append(pending_heading)
    return render_pdf(
        story,
        title=doc.title,
        footer_left=doc.label("footer"),
        made_on=made_on,
        page_label=doc.label("page"),
        author="DiMe Desktop",
        lang=doc.lang,
    )
