"""The recovery-key sheet: a one-page PDF to print and lock away.

It holds the recovery key in large monospaced groups, where the vault is, the
date, and what to do with the sheet – in the chosen language first, then the
other one. It never holds the passphrase. Texts: ``resources/texts/recovery_sheet.json``.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from dime_desktop.documents.pdf import ACCENT, FONT_MONO, TINT, make_styles, render_pdf, write_pdf
from dime_desktop.errors import ReferenceDataError
from dime_desktop.paths import resource_path

LANGUAGES = ("nb", "en")


@lru_cache(maxsize=1)
def load_texts() -> dict[str, dict[str, Any]]:
    """The sheet's texts by language (``nb``, ``en``)."""
    path = resource_path("texts", "recovery_sheet.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(path, "recovery sheet texts", str(exc)) from None
    for lang in LANGUAGES:
        if lang not in data:
            raise ReferenceDataError(path, lang, "missing language")
    return {lang: dict(data[lang]) for lang in LANGUAGES}


def key_lines(recovery_key: str, groups_per_line: int = 4) -> list[str]:
    """The key split into lines of ``groups_per_line`` groups (``ABCD-EFGH``…)."""
    groups = [g for g in recovery_key.strip().split("-") if g]
    lines = [
        "-".join(groups[i : i + groups_per_line]) for i in range(0, len(groups), groups_per_line)
    ]
    return [line + "-" for line in lines[:-1]] + lines[-1:]


def recovery_sheet_pdf(
    recovery_key: str, vault_path: Path, *, made_on: date, lang: str = "nb"
) -> bytes:
    """The sheet as PDF bytes; ``lang`` is the language shown first."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    texts = load_texts()
    t = texts[lang]
    other = texts["en" if lang == "nb" else "nb"]
    styles = make_styles(10.5)
    key_style = styles.mono.clone("key", fontName=FONT_MONO, fontSize=20, leading=30)

    key_table = Table(
        [[Paragraph(escape(line), key_style)] for line in key_lines(recovery_key)],
        colWidths=[170 * mm],
    )
    key_table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4 * mm),
            ]
        )
    )

    def instructions(texts_: dict[str, Any]) -> list[Flowable]:
        items: list[Flowable] = [Paragraph(escape(texts_["instructions_heading"]), styles.h2)]
        items += [Paragraph("• " + escape(line), styles.body) for line in texts_["instructions"]]
        items.append(Paragraph(escape(texts_["no_passphrase"]), styles.body))
        return items

    made = made_on.strftime("%d.%m.%Y") if lang == "nb" else made_on.isoformat()
    story: list[Flowable] = [
        Paragraph(escape(t["title"]), styles.title),
        Paragraph(escape(t["intro"]), styles.body),
        Paragraph(escape(t["key_heading"]), styles.h1),
        key_table,
        Spacer(1, 4 * mm),
        Paragraph(escape(t["where_heading"]), styles.h2),
        Paragraph(escape(t["where"]), styles.body),
        Paragraph(escape(str(vault_path)), styles.table),
        Paragraph(escape(t["made"].format(date=made)), styles.body),
        *instructions(t),
        Spacer(1, 2 * mm),
        Paragraph(escape(t["other_heading"]), styles.h2),
        Paragraph(escape(other["intro"]), styles.small),
        *instructions(other),
    ]
    return render_pdf(
        story,
        title=t["title"],
        footer_left=t["footer"],
        made_on=made_on,
        page_label=t["page"],
        lang=lang,
    )


def write_recovery_sheet(
    path: Path, recovery_key: str, vault_path: Path, *, made_on: date, lang: str = "nb"
) -> None:
    """Write the sheet atomically to ``path`` (OutputFileError if it cannot be written)."""
    write_pdf(path, recovery_sheet_pdf(recovery_key, vault_path, made_on=made_on, lang=lang))
