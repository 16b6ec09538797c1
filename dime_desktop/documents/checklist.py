"""The adviser's checklist of the sorting conversation as a PDF.

Blank (boxes and lines to fill in by hand on a day the laptop stays closed)
or filled from a case and its conversation (the head says the case's
reference, area and other party, as the case form shows them). The checklist never
carries the client's name: it is a working paper that may lie on a desk, and
the case reference identifies the case. Texts:
``resources/texts/checklist.json``; questions and rules: ``resources/intake``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dime_desktop.cases.model import Case
from dime_desktop.documents.pdf import MUTED, TINT, Styles, make_styles, render_pdf
from dime_desktop.errors import ReferenceDataError
from dime_desktop.intake.answers import decision_of, normalize_state
from dime_desktop.intake.engine import evidence_items, suggest
from dime_desktop.intake.loader import default_intake
from dime_desktop.intake.model import IntakeData, Question
from dime_desktop.paths import resource_path
from dime_desktop.reference import ReferenceData, default_reference

LANGUAGES = ("nb", "en")
BOX = "☐"
TICKED = "☒"
LINE = "_" * 60

_MONTHS = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


@lru_cache(maxsize=4)
def load_texts(name: str) -> dict[str, dict[str, Any]]:
    """``resources/texts/<name>.json`` by language (``nb``, ``en``)."""
    path = resource_path("texts", f"{name}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(path, f"{name} texts", str(exc)) from None
    for lang in LANGUAGES:
        if not isinstance(data, dict) or not isinstance(data.get(lang), dict):
            raise ReferenceDataError(path, lang, "missing language")
    nb, en = data["nb"], data["en"]
    for key in nb.keys() ^ en.keys():
        raise ReferenceDataError(path, key, "the text exists in only one language")
    return {lang: dict(data[lang]) for lang in LANGUAGES}


def format_date(d: date, lang: str) -> str:
    """``15. mai 2024`` / ``15 May 2024``."""
    month = _MONTHS["en" if lang == "en" else "nb"][d.month - 1]
    return f"{d.day} {month} {d.year}" if lang == "en" else f"{d.day}. {month} {d.year}"


def counterpart_line(case: Case, ref: ReferenceData, lang: str) -> str:
    """``Utestedet Blå Måne AS (Utested)``: the other party's name and kind."""
    name = case.counterpart_name.strip()
    kind = ref.counterpart_types.label(case.counterpart_type, lang) if case.counterpart_type else ""
    if name and kind:
        return f"{name} ({kind})"
    return name or kind


def p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text), style)


def _table(
    rows: list[list[Any]], widths: list[float], head: bool = True, blank_rows: int = 0
) -> Table:
    """A grid; ``blank_rows`` empty rows at the end get room to write by hand."""
    heights: list[float | None] | None = None
    if blank_rows:
        heights = [None] * (len(rows) - blank_rows) + [9 * mm] * blank_rows
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1 if head else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), TINT))
    table.setStyle(TableStyle(style))
    return table


def _boxes(labels: list[tuple[str, bool]]) -> str:
    gap = "&nbsp;" * 3 + " "
    # an option's box and label never break apart; lines break between options
    return gap.join(
        f"{TICKED if ticked else BOX}&nbsp;{escape(label).replace(' ', '&nbsp;')}"
        for label, ticked in labels
    )


class _Builder:
    def __init__(
        self,
        intake: IntakeData,
        ref: ReferenceData,
        lang: str,
        styles: Styles,
        answers: Mapping[str, Any] | None,
        state: Mapping[str, Any] | None,
        today: date,
    ) -> None:
        self.intake = intake
        self.ref = ref
        self.lang = lang
        self.s = styles
        self.t = load_texts("checklist")[lang]
        self.answers = answers  # None: a blank checklist
        self.state = state
        self.today = today

    @property
    def blank(self) -> bool:
        return self.answers is None

    def question(self, q: Question) -> list[Flowable]:
        s, t, lang = self.s, self.t, self.lang
        value = None if self.answers is None else self.answers.get(q.id)
        label = p(q.label.get(lang), s.h2)
        out: list[Flowable] = []
        if q.type == "bool":
            ticks = [(t["yes"], value is True), (t["no"], value is False)]
            gap = "&nbsp;" * 4
            out = [Paragraph(f"<b>{escape(q.label.get(lang))}</b>{gap}{_boxes(ticks)}", s.body)]
            return out
        if q.type in ("choice", "multi"):
            chosen = {value} if isinstance(value, str) else set(value or [])
            ticks = [(o.label.get(lang), o.code in chosen) for o in q.options]
            return [label, Paragraph(_boxes(ticks), s.body)]
        if q.type in ("text", "date"):
            if self.blank or not value:
                lines = 3 if q.multiline else 1
                if not self.blank:
                    return [label, p(t["not_answered"], s.small)]
                return [label, *[p(LINE, s.body) for _ in range(lines)]]
            return [label, *[p(line, s.body) for line in str(value).splitlines() if line.strip()]]
        if q.type == "timeline":
            rows: list[list[Any]] = [
                [p(t["date_col"], s.table_head), p(t["what_col"], s.table_head)]
            ]
            events = sorted(
                (e for e in value or [] if isinstance(e, dict)), key=lambda e: str(e.get("date"))
            )
            for e in events:
                try:
                    shown = format_date(date.fromisoformat(str(e.get("date"))), lang)
                except ValueError:
                    shown = str(e.get("date", ""))
                rows.append([p(shown, s.table), p(str(e.get("text", "")), s.table)])
            blank_rows = 7 if self.blank else (0 if events else 2)
            rows += [[p("", s.table), p("", s.table)] for _ in range(blank_rows)]
            table = _table(rows, [35 * mm, 135 * mm], blank_rows=blank_rows)
            return [label, table, Spacer(1, 3 * mm)]
        if q.type == "grounds":
            by_code = {g.get("code"): g for g in (value or []) if isinstance(g, dict)}
            head = [t["ground_col"], t["perceived_col"], t["assessed_col"], t["association_col"]]
            rows = [[p(h, s.table_head) for h in head]]
            for entry in self.ref.grounds:
                g = by_code.get(entry.code)
                if not self.blank and g is None:
                    continue
                marks = [
                    TICKED if g and g.get(k, k == "perceived") else BOX
                    for k in ("perceived", "assessed", "by_association")
                ]
                rows.append([p(entry.label(lang), s.table), *[p(m, s.table) for m in marks]])
            if len(rows) == 1:
                return [label, p(t["not_answered"], s.small)]
            return [label, _table(rows, [70 * mm, 35 * mm, 35 * mm, 30 * mm]), Spacer(1, 3 * mm)]
        if q.type == "checklist":
            have = set(value or [])
            items = (
                list(self.intake.evidence)
                if self.blank
                else evidence_items(self.intake, self.answers or {}, self.today)
            )
            out = [label]
            for group in self.intake.evidence_groups:
                in_group = [i for i in items if i.group == group.code]
                if not in_group:
                    continue
                out.append(p(group.label.get(lang), s.table_head))
                for i in in_group:
                    urgent = f" <b>({escape(t['secure_now'])})</b>" if i.urgent else ""
                    mark = TICKED if i.code in have else BOX
                    out.append(Paragraph(f"{mark} {escape(i.label.get(lang))}{urgent}", s.body))
            return out
        raise AssertionError(q.type)

    def next_steps(self) -> list[Flowable]:
        s, t, lang = self.s, self.t, self.lang
        out: list[Flowable] = []
        if self.blank:
            rows: list[list[Any]] = [
                [p("", s.table_head), p(t["possible_steps"], s.table_head),
                 p(t["deadline"], s.table_head)]
            ]  # fmt: skip
            for rule in self.intake.rules:
                if rule.kind != "info":
                    rows.append([p(BOX, s.table), p(rule.text.get(lang), s.table), p("", s.table)])
            return [_table(rows, [8 * mm, 127 * mm, 35 * mm])]
        suggestions = suggest(self.intake, self.answers or {}, self.today)
        if not suggestions:
            return [p(t["no_suggestions"], s.body)]
        for sug in suggestions:
            d = decision_of(self.state or {}, sug.id) or {}
            status = str(d.get("status") or "open")
            text = d.get("text") if status == "edited" and d.get("text") else sug.text.get(lang)
            deadline = d.get("deadline") or (sug.deadline.isoformat() if sug.deadline else None)
            mark = TICKED if status in ("accepted", "edited") else BOX
            head = f"{mark} <b>{escape(str(text))}</b> — {escape(t['status'][status])}"
            block: list[Flowable] = [Paragraph(head, s.body)]
            block.append(p(f"{t['reason']}: {sug.reason.get(lang)}", s.small))
            if deadline:
                shown = format_date(date.fromisoformat(deadline), lang)
                block.append(p(f"{t['deadline']}: {shown}", s.small))
            for w in sug.warnings:
                block.append(
                    Paragraph(f"<b>{escape(t['warning'])}:</b> {escape(w.get(lang))}", s.small)
                )
            if sug.services:
                names = ", ".join(self.intake.services[c].name for c in sug.services)
                block.append(p(f"→ {names}", s.small))
            out.append(KeepTogether(block))
        return out

    def services(self) -> list[Flowable]:
        s, t, lang = self.s, self.t, self.lang
        cell = s.table.clone("service_cell", fontSize=9, leading=11.5)
        head = s.table_head.clone("service_head", fontSize=9, leading=11.5)
        rows: list[list[Any]] = [
            [p(t[k], head) for k in ("service_col", "what_they_do", "how_to_reach")]
        ]
        for svc in self.intake.services.values():
            name = svc.name + ("" if svc.verified else " *")
            rows.append([p(name, cell), p(svc.what.get(lang), cell), p(svc.reach.get(lang), cell)])
        table = _table(rows, [50 * mm, 65 * mm, 55 * mm])
        return [
            KeepTogether([p(t["services_heading"], s.h1), table]),
            Spacer(1, 2 * mm),
            p(t["unverified"], s.small),
        ]


def checklist_pdf(
    *,
    made_on: date,
    lang: str = "nb",
    case: Case | None = None,
    state: Mapping[str, Any] | None = None,
    intake: IntakeData | None = None,
    reference: ReferenceData | None = None,
) -> bytes:
    """The checklist as PDF bytes: blank when ``case`` is None, else filled
    from the case reference and the conversation ``state`` (as stored by
    ``vault.intake``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    data = intake or default_intake()
    ref = reference or default_reference()
    styles = make_styles(10.5)
    st = None if case is None else normalize_state(state, data)
    answers = None if st is None else st["answers"]
    b = _Builder(data, ref, lang, styles, answers, st, made_on)
    t = b.t

    story: list[Flowable] = [p(t["title"], styles.title), p(t["intro"], styles.body)]
    reference_text = (case.reference or "") if case is not None else ""
    area_text = ref.areas.label(case.area, lang) if case is not None and case.area else ""
    counterpart_text = counterpart_line(case, ref, lang) if case is not None else ""
    head = [
        [p(t["case"], styles.table_head), p(reference_text or "____________", styles.table)],
        [p(t["area"], styles.table_head), p(area_text or "____________", styles.table)],
        [p(t["counterpart"], styles.table_head),
         p(counterpart_text or "____________", styles.table)],
        [p(t["date"], styles.table_head),
         p(format_date(made_on, lang) if case is not None else "____________", styles.table)],
        [p(t["adviser"], styles.table_head), p("____________", styles.table)],
    ]  # fmt: skip
    head_table = _table(head, [42 * mm, 128 * mm], head=False)
    head_table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), TINT)]))
    story += [head_table, Spacer(1, 3 * mm)]

    for n, step in enumerate(data.steps, start=1):
        block: list[Flowable] = [
            p(f"{n}. {step.title.get(lang)}", styles.h1),
            p(step.intro.get(lang), styles.small),
        ]
        parts = [b.question(q) for q in step.questions]
        if step.suggestions:
            parts.append(b.next_steps())
        # the step's heading stays with its first question
        story.append(KeepTogether(block + (parts[0] if parts else [])))
        story += [KeepTogether(part) for part in parts[1:]]
    story += b.services()
    title = t["title"] + (f" – {reference_text}" if reference_text else "")
    return render_pdf(
        story,
        title=title,
        footer_left=t["footer"],
        made_on=made_on,
        page_label=t["page"],
        lang=lang,
    )


__all__ = ["checklist_pdf", "counterpart_line", "format_date", "load_texts"]
