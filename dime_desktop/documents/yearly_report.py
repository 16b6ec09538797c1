"""The yearly statistics summary as PDF (``dime report``, "Save summary as PDF").

Title page with key figures; every table with a bar per row (reportlab
graphics) and the previous year beside when it has data; the mediation desk;
the outreach log; notes on method. This module only lays out a
``dime_desktop.stats.publish.PublishedYear``: the tables come suppressed
(``threshold=None``: the exact edition) and the key figures as printed, so the
PDF says what the CSV/XLSX exports say. Only codes and counts go in: no names,
references or summaries.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dime_desktop.documents.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    TINT,
    Styles,
    make_styles,
    render_pdf,
    write_pdf,
)
from dime_desktop.outreach.model import OutreachActivity
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.stats.publish import (
    OutreachSummary,
    PublishedYear,
    StatisticsVault,
    outreach_summary,
    publish_year,
    published_year,
)
from dime_desktop.stats.suppression import MERGE_LEVEL, SHOWN, primary_mark
from dime_desktop.stats.tables import PublishedTable, YearStatistics, row_label
from dime_desktop.stats.texts import report_texts, table_omitted_text, texts_for

__all__ = [
    "OutreachSummary",
    "YearlyReport",
    "outreach_summary",
    "participants_text",
    "render_yearly_report",
    "report_texts",
    "texts_for",
    "write_yearly_report",
    "yearly_report_pdf",
]

VaultLike = StatisticsVault

PREVIOUS_BAR = colors.HexColor("#a9cdd5")
LINE = colors.HexColor("#c9d6da")
TEXT_WIDTH = 170 * mm
BAR_WIDTH = 62 * mm
LABEL_WIDTH = TEXT_WIDTH - BAR_WIDTH - 2 * 20 * mm


def participants_text(n: int | None, approx: bool, t: dict[str, Any]) -> str:
    if n is None:
        return str(t["not_counted"])
    return str(t["approx"]).format(n=n) if approx else str(n)


# --- drawing ---------------------------------------------------------------


def _bar(value: int | None, previous: int | None, scale_max: int, show_previous: bool) -> Drawing:
    """One row's bars: this year dark, the previous year light below it.
    ``None`` (a hidden count) draws nothing."""
    height = 11.0
    d = Drawing(BAR_WIDTH, height)
    usable = BAR_WIDTH - 2
    if scale_max <= 0:
        return d
    if show_previous:
        if value:
            d.add(Rect(0, 4.5, usable * value / scale_max, 5.5, fillColor=ACCENT, strokeColor=None))
        if previous:
            d.add(
                Rect(
                    0, 1, usable * previous / scale_max, 3, fillColor=PREVIOUS_BAR, strokeColor=None
                )
            )
    elif value:
        d.add(Rect(0, 2, usable * value / scale_max, 7, fillColor=ACCENT, strokeColor=None))
    return d


def _legend(has_previous: bool) -> Drawing:
    d = Drawing(10, 8)
    d.add(
        Rect(0, 2, 10, 5, fillColor=ACCENT if not has_previous else PREVIOUS_BAR, strokeColor=None)
    )
    return d


class KeyFigures(Flowable):  # type: ignore[misc]
    """Four tiles with a big number each."""

    def __init__(self, tiles: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.tiles = tiles
        self.width = TEXT_WIDTH
        self.height = 34 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        gap = 4 * mm
        w = (self.width - gap * (len(self.tiles) - 1)) / max(len(self.tiles), 1)
        for i, (number, label, below) in enumerate(self.tiles):
            x = i * (w + gap)
            c.setFillColor(TINT)
            c.roundRect(x, 0, w, self.height, 3 * mm, stroke=0, fill=1)
            c.setFillColor(ACCENT)
            c.setFont(FONT_BOLD, 22)
            c.drawString(x + 4 * mm, self.height - 12 * mm, number)
            c.setFillColor(INK)
            c.setFont(FONT, 8.5)
            y = self.height - 17 * mm
            for line in _wrap_words(label, w - 8 * mm, 8.5):
                c.drawString(x + 4 * mm, y, line)
                y -= 3.6 * mm
            c.setFillColor(MUTED)
            c.setFont(FONT, 7.5)
            c.drawString(x + 4 * mm, 3.5 * mm, below)


def _wrap_words(text: str, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, FONT, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


# --- the document ----------------------------------------------------------


class YearlyReport:
    """The layout of one ``PublishedYear``. Given a ``YearStatistics``
    instead (and the activities, the threshold), it publishes it first with
    ``stats.publish.publish_year``, the one place that suppresses."""

    def __init__(
        self,
        published: PublishedYear | YearStatistics,
        activities: Sequence[OutreachActivity] = (),
        *,
        lang: str = "nb",
        threshold: int | None = 3,
        made_on: date | None = None,
        reference: ReferenceData | None = None,
    ) -> None:
        self.ref = reference if reference is not None else default_reference()
        if not isinstance(published, PublishedYear):
            published = publish_year(published, activities, threshold=threshold, reference=self.ref)
        self.published = published
        self.activities = list(published.activities)
        self.lang = "en" if lang == "en" else "nb"
        self.threshold = published.threshold
        self.made_on = made_on or date.today()
        self.t = texts_for(self.lang)
        self.s: Styles = make_styles(10)
        self.year = published.year
        self.previous = published.previous_year

    # small helpers
    def fmt(self, key: str, **kw: Any) -> str:
        return str(self.t[key]).format(
            year=self.year, previous=self.previous, next=self.year + 1, **kw
        )

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.title_page()
        story.append(PageBreak())
        story += self.cases_section()
        story += self.mediation_section()
        story += self.outreach_section()
        story += self.method_section()
        return story

    def render(self) -> bytes:
        return render_pdf(
            self.story(),
            title=self.fmt("title"),
            footer_left=self.fmt("footer"),
            made_on=self.made_on,
            page_label=str(self.t["page"]),
            lang=self.lang,
        )

    # title page and key figures
    def title_page(self) -> list[Flowable]:
        s = self.s
        pub = self.published
        out: list[Flowable] = [Spacer(1, 30 * mm)]
        out.append(Paragraph(self.fmt("org"), s.h2))
        out.append(Paragraph(self.fmt("title"), s.title))
        out.append(Paragraph(self.fmt("subtitle"), s.body))
        out.append(Paragraph(self.fmt("made", date=self._date_text(self.made_on)), s.small))
        out.append(Spacer(1, 18 * mm))
        out.append(Paragraph(self.fmt("key_figures"), s.h1))

        def below(value: str | None) -> str:
            if not pub.has_previous:
                return self.fmt("kf_no_previous")
            return self.fmt("kf_previous", value=value)

        approx = pub.participants_approx
        tiles = [
            (pub.cases.value, self.fmt("kf_cases"), below(pub.cases.previous)),
            (pub.referred.value, self.fmt("kf_mediation"), below(pub.referred.previous)),
            (pub.several.value, self.fmt("kf_several"), below(pub.several.previous)),
            (
                ("ca. " if approx and self.lang == "nb" else "≈" if approx else "")
                + str(pub.participants),
                self.fmt("kf_participants"),
                "",
            ),
        ]
        out.append(KeyFigures(tiles))
        out.append(Spacer(1, 10 * mm))
        if self.threshold is not None:
            out.append(
                Paragraph(
                    self.fmt(
                        "suppressed_note",
                        mark=primary_mark(self.threshold),
                        threshold=self.threshold,
                    ),
                    s.small,
                )
            )
        else:
            out.append(Paragraph(self.fmt("exact_note"), s.small))
        # Fill the lower half of the title page: what the service is and what follows.
        about: list[Flowable] = [Spacer(1, 10 * mm), Paragraph(self.fmt("about_heading"), s.h2)]
        for para in self.t.get("about", []):
            compared = self.fmt("about_compared") if pub.has_previous else ""
            text = str(para).format(year=self.year, previous=self.previous, compared=compared)
            about.append(Paragraph(text, s.body))
        out.append(KeepTogether(about))
        return out

    def _date_text(self, d: date) -> str:
        if self.lang == "en":
            return d.strftime("%d %B %Y").lstrip("0")
        return d.strftime("%d.%m.%Y")

    # sections
    def cases_section(self) -> list[Flowable]:
        s = self.s
        pub = self.published
        out: list[Flowable] = [Paragraph(self.fmt("cases_heading"), s.h1)]
        if not pub.has_cases:
            out.append(Paragraph(self.fmt("no_cases"), s.body))
            return out
        intro = self.fmt("cases_intro", cases=pub.cases.value, referred=pub.referred.value)
        if pub.has_previous:
            intro += " " + self.fmt("cases_intro_previous", previous_cases=pub.cases.previous)
        out.append(Paragraph(intro, s.body))
        for table in pub.tables.values():  # every published table: as the exports
            if not table.table.spec.mediation:
                out += self.table_block(table)
        return out

    def mediation_section(self) -> list[Flowable]:
        s = self.s
        pub = self.published
        out: list[Flowable] = [
            CondPageBreak(80 * mm),
            Paragraph(self.fmt("mediation_heading"), s.h1),
        ]
        if not pub.has_referrals:
            out.append(Paragraph(self.fmt("mediation_none"), s.body))
            return out
        out.append(Paragraph(self.fmt("mediation_intro", referred=pub.referred.value), s.body))
        for table in pub.tables.values():
            if table.table.spec.mediation:
                out += self.table_block(table)
        return out

    def table_block(self, pub: PublishedTable) -> list[Flowable]:
        table = pub.table  # combination tables are published merged
        if not table.rows:
            return []
        s = self.s
        has_prev = table.has_previous
        title = Paragraph(str(self.t["tables"][table.key]), s.h2)
        if pub.omitted:
            note = table_omitted_text(self.t, pub, self.year, self.threshold)
            return [KeepTogether([title, Paragraph(note, s.body), Spacer(1, 3 * mm)])]

        def cell(text: str, bold: bool = False) -> Paragraph:
            return Paragraph(text, s.table_head if bold else s.table)

        header = [
            cell(str(self.t["col_category"]), True),
            self._legend_cell(has_prev),
            cell(str(self.year), True),
        ]
        if has_prev:
            header.append(cell(str(self.previous), True))
        # bars only for shown counts, on one scale for both columns
        shown = [
            r.count for r, p in zip(table.rows, pub.rows, strict=True) if p.count_state == SHOWN
        ]
        shown += [
            r.previous or 0
            for r, p in zip(table.rows, pub.rows, strict=True)
            if p.previous_state == SHOWN and p.previous is not None
        ]
        scale = max(shown, default=0)
        data: list[list[Any]] = [header]
        unrecorded = str(self.t["unrecorded"])
        other = self.fmt("other_combinations", threshold=self.threshold or 0, merge=MERGE_LEVEL)
        for r, p in zip(table.rows, pub.rows, strict=True):
            cur_v = r.count if p.count_state == SHOWN else None
            prev_v = r.previous if p.previous_state == SHOWN else None
            row: list[Any] = [
                cell(_escape(row_label(table, r.code, self.ref, self.lang, unrecorded, other))),
                _bar(cur_v, prev_v, scale, has_prev),
                p.count,
            ]
            if has_prev:
                row.append(p.previous)
            data.append(row)
        partition = table.spec.partition
        if partition:
            total_label = "total_referred" if table.spec.mediation else "total_cases"
            row = [cell(str(self.t[total_label]), True), "", pub.total]
            if has_prev:
                row.append(pub.previous_total)
            data.append(row)
        widths = [LABEL_WIDTH, BAR_WIDTH, 20 * mm] + ([20 * mm] if has_prev else [])
        if not has_prev:
            widths[0] += 20 * mm
        tbl = Table(data, colWidths=widths, repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, 10),
            ("FONT", (2, 0), (-1, 0), FONT_BOLD, 10),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("TEXTCOLOR", (3, 1), (3, -1), MUTED),
            ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if partition:
            style += [
                ("FONT", (2, -1), (-1, -1), FONT_BOLD, 10),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ]
        tbl.setStyle(TableStyle(style))
        block: list[Flowable] = [title, tbl]
        note = self.t["table_notes"].get(table.key)
        if note:
            block.append(Spacer(1, 1.5 * mm))
            block.append(Paragraph(str(note).format(total=pub.total), s.small))
        block.append(Spacer(1, 3 * mm))
        if len(table.rows) <= 18:
            return [KeepTogether(block)]
        return block

    def _legend_cell(self, has_prev: bool) -> Paragraph:
        text = self.fmt("legend") if has_prev else self.fmt("legend_single")
        return Paragraph(text, self.s.small)

    def outreach_section(self) -> list[Flowable]:
        s = self.s
        t = self.t
        out: list[Flowable] = [
            CondPageBreak(80 * mm),
            Paragraph(self.fmt("outreach_heading"), s.h1),
        ]
        acts = self.activities
        if not acts:
            out.append(Paragraph(self.fmt("outreach_none"), s.body))
            return out
        out.append(Paragraph(self.fmt("outreach_intro", n=len(acts)), s.body))
        summary = self.published.outreach
        head = [
            Paragraph(str(t["col_kind"]), s.table_head),
            Paragraph(str(t["col_activities"]), s.table_head),
            Paragraph(str(t["col_participants"]), s.table_head),
        ]
        data: list[list[Any]] = [head]
        for sm in summary:
            data.append(
                [
                    self.ref.outreach_kinds.label(sm.kind, self.lang),
                    str(sm.activities),
                    participants_text(sm.participants, sm.approx, t),
                ]
            )
        data.append([Paragraph(str(t["total"]), s.table_head), str(len(acts)), ""])
        tbl = Table(data, colWidths=[90 * mm, 35 * mm, 45 * mm])
        tbl.setStyle(self._plain_style(total_row=True))
        out.append(KeepTogether([Paragraph(self.fmt("outreach_by_kind"), s.h2), tbl]))

        talks = [a for a in acts if a.kind in ("course", "talk")]
        others = [a for a in acts if a.kind not in ("course", "talk")]
        for heading, items in (("outreach_list", talks), ("outreach_other_list", others)):
            if not items:
                continue
            data = [
                [
                    Paragraph(str(t["col_date"]), s.table_head),
                    Paragraph(str(t["col_title"]), s.table_head),
                    Paragraph(str(t["col_audience"]), s.table_head),
                    Paragraph(str(t["col_participants"]), s.table_head),
                ]
            ]
            for a in items:
                data.append(
                    [
                        self._date_text(a.activity_date),
                        Paragraph(_escape(a.title), s.table),
                        Paragraph(_escape(a.audience), s.table),
                        participants_text(a.participants, a.participants_approx, t),
                    ]
                )
            tbl = Table(data, colWidths=[32 * mm, 60 * mm, 46 * mm, 32 * mm], repeatRows=1)
            tbl.setStyle(self._plain_style(total_row=False))
            out.append(Paragraph(self.fmt(heading), s.h2))
            out.append(tbl)
        return out

    def _plain_style(self, *, total_row: bool) -> TableStyle:
        style: list[Any] = [
            ("FONT", (0, 0), (-1, -1), FONT, 9.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
        ]
        if total_row:
            style += [
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ("FONT", (1, -1), (-1, -1), FONT_BOLD, 9.5),
            ]
        return TableStyle(style)

    def method_section(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [CondPageBreak(60 * mm), Paragraph(self.fmt("method_heading"), s.h1)]
        threshold = self.threshold if self.threshold is not None else 3
        for para in self.t["method"]:
            if self.threshold is None and any(
                f"{{{name}}}" in str(para) for name in ("mark", "threshold", "merge")
            ):
                continue  # exact edition: nothing is hidden or merged
            out.append(
                Paragraph(
                    str(para).format(
                        year=self.year,
                        previous=self.previous,
                        next=self.year + 1,
                        small=threshold - 1,
                        mark=primary_mark(threshold),
                        threshold=threshold,
                        merge=MERGE_LEVEL,
                    ),
                    s.body,
                )
            )
        if self.threshold is None:
            out.append(Paragraph(str(self.t["method_exact"]), s.body))
        # The notes are read as a whole: never leave the last one on a page of its own.
        return [out[0], KeepTogether(out[1:])]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_yearly_report(
    published: PublishedYear, *, lang: str = "nb", made_on: date | None = None
) -> bytes:
    """The PDF of a published year."""
    return YearlyReport(published, lang=lang, made_on=made_on).render()


def yearly_report_pdf(
    vault: VaultLike,
    year: int,
    *,
    lang: str = "nb",
    threshold: int | None = 3,
    made_on: date | None = None,
) -> bytes:
    """The summary of ``year`` as PDF bytes (``threshold`` None: exact numbers)."""
    published = published_year(vault, year, threshold=threshold)
    return render_yearly_report(published, lang=lang, made_on=made_on)


def write_yearly_report(
    vault: VaultLike | PublishedYear,
    year: int | None,
    path: Path,
    *,
    lang: str = "nb",
    threshold: int | None = 3,
    made_on: date | None = None,
) -> None:
    """Write the summary to ``path``: of a published year (``year`` and
    ``threshold`` are then its own), or of ``year`` of a vault."""
    if isinstance(vault, PublishedYear):
        data = render_yearly_report(vault, lang=lang, made_on=made_on)
    else:
        assert year is not None
        data = yearly_report_pdf(vault, year, lang=lang, threshold=threshold, made_on=made_on)
    write_pdf(path, data)
