"""One layout of a document, walked by both renderers (PDF and DOCX), so the
two files always say the same thing in the same order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dime_desktop.documents.checklist import format_date
from dime_desktop.drafting.model import SECTION_SIGNATURES, DocumentText
from dime_desktop.drafting.text import Block, blocks

TITLE = "title"
BANNER = "banner"
HEADER = "header"
HEADING = "heading"
BLOCK = "block"
SIGNATURE = "signature"


@dataclass(frozen=True)
class Part:
    kind: str
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()  # the header: (label, value)
    block: Block | None = None


def layout(doc: DocumentText, made_on: date) -> list[Part]:
    parts: list[Part] = []
    if doc.redacted:
        parts.append(Part(BANNER, doc.label("redacted_banner")))
    parts.append(Part(TITLE, doc.title))
    rows: list[tuple[str, str]] = []
    if doc.recipient.strip():
        rows.append((doc.label("to"), doc.recipient.strip()))
    if doc.sender.strip():
        rows.append((doc.label("from"), doc.sender.strip()))
    rows.append((doc.label("date"), format_date(made_on, doc.lang)))
    if doc.reference.strip():
        rows.append((doc.label("reference"), doc.reference.strip()))
    parts.append(Part(HEADER, rows=tuple(rows)))
    for section in doc.sections:
        if section.heading.strip():
            parts.append(Part(HEADING, section.heading.strip()))
        if section.kind == SECTION_SIGNATURES:
            for line in section.text.split("\n"):
                if line.strip():
                    parts.append(Part(SIGNATURE, line.strip()))
            continue
        for b in blocks(section.text):
            parts.append(Part(BLOCK, block=b))
    return parts


def plain_text(doc: DocumentText, made_on: date) -> list[str]:
    """The document's lines of text as a reader sees them (for checks)."""
    out: list[str] = []
    for p in layout(doc, made_on):
        if p.kind == HEADER:
            for label, value in p.rows:
                out += [label, value]
        elif p.kind == BLOCK and p.block is not None:
            out.append(p.block.plain())
        else:
            out.append(p.text)
    return out
