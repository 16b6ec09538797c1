"""The yearly summary of several offices as PDF: which offices and files it
was made from, the key figures per office, and each merged table with its
total column and a column per office (as published by ``stats.merge``)."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from dime_desktop.documents.pdf import ACCENT, TINT, make_styles, render_pdf, write_pdf
from dime_desktop.paths import resource_path
from dime_desktop.reference import default_reference
from dime_desktop.stats.merge import MergedYear
from dime_desktop.stats.suppression import SECONDARY_MARK, primary_mark
from dime_desktop.stats.tables import row_label
from dime_desktop.stats.texts import texts_for


@lru_cache(maxsize=1)
def _texts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("texts", "merged_report.json").read_text(encoding="utf-8")
    )
    return data


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_merged_report(
    merged: MergedYear, *, lang: str = "nb", made_on: date | None = None
) -> bytes:
    t = _texts()["en" if lang == "en" else "nb"]
    yt = texts_for(lang)
    ref = default_reference()
    s = make_styles(9.5)
    made_on = made_on or date.today()
    year = merged.year
    names = merged.names
    th = merged.threshold

    def p(text: str, style: Any = None) -> Paragraph:
        return Paragraph(_esc(text), style or s.table)

    def fig(n: int) -> str:
        if th is not None and 0 < n < th:
            return primary_mark(th)
        return str(n)

    story: list[Flowable] = [
        Paragraph(_esc(t["title"].format(year=year)), s.title),
        Paragraph(_esc(t["subtitle"].format(year=year, n=len(names))), s.body),
        Paragraph(_esc(t["sources_heading"]), s.h2),
    ]
    for o in merged.offices:
        if o.file is None:
            line = f"{o.office}: {t['own_counts']}"
        else:
            line = (
                f"{o.office}: {o.file.name} – "
                + t["signed_by"].format(sender=o.sender, made=o.made_at[:10])
                + f" ({o.fingerprint})"
            )
        story.append(Paragraph("• " + _esc(line), s.body))

    header = [p(t["col_category"], s.table_head), p(t["col_total"], s.table_head)] + [
        p(n, s.table_head) for n in names
    ]
    width = 170 * mm
    first = 55 * mm
    rest = (width - first) / (len(names) + 1)
    widths = [first] + [rest] * (len(names) + 1)

    def grid(rows: list[list[Any]]) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.grey),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    story.append(Paragraph(_esc(t["key_heading"]), s.h2))
    offices = [o.counts for o in merged.offices]
    key_rows: list[list[Any]] = [header]
    key_rows.append(
        [p(t["cases_row"]), p(fig(merged.total.cases))] + [p(fig(c.cases)) for c in offices]
    )
    key_rows.append(
        [p(t["referred_row"]), p(fig(merged.total.mediation.referred))]
        + [p(fig(c.mediation.referred)) for c in offices]
    )
    story.append(grid(key_rows))

    for key, table in merged.tables.items():
        if not any(r.exact_merged for r in table.rows) and not table.omitted:
            continue
        title = str(yt["tables"].get(key, key))
        block: list[Flowable] = [Paragraph(_esc(title), s.h2)]
        if table.omitted:
            block.append(Paragraph(_esc(t["table_omitted"]), s.small))
            story.append(KeepTogether(block))
            continue
        rows: list[list[Any]] = [header]
        for r in table.rows:
            label = row_label(
                table.spec, r.code, ref, lang, str(yt["unrecorded"]), str(yt["other_combinations"])
            )
            rows.append([p(label), p(r.merged)] + [p(v) for v in r.offices])
        if table.spec.partition:
            rows.append(
                [p(t["total_row"], s.table_head), p(table.total, s.table_head)]
                + [p(v, s.table_head) for v in table.office_totals]
            )
        block.append(grid(rows))
        story.append(KeepTogether(block))

    story.append(Paragraph(_esc(t["method_heading"]), s.h2))
    if th is None:
        story.append(Paragraph(_esc(t["method_exact"]), s.body))
    else:
        story.append(
            Paragraph(
                _esc(
                    t["method"].format(
                        small=th - 1,
                        mark=primary_mark(th),
                        secondary=SECONDARY_MARK,
                        threshold=th,
                    )
                ),
                s.body,
            )
        )
    return render_pdf(
        story,
        title=t["title"].format(year=year),
        footer_left=t["footer"].format(year=year),
        made_on=made_on,
        page_label=t["page"],
        lang=lang,
    )


def write_merged_report(
    merged: MergedYear, path: Path, *, lang: str = "nb", made_on: date | None = None
) -> None:
    write_pdf(path, render_merged_report(merged, lang=lang, made_on=made_on))
