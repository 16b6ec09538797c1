"""The client's take-away sheet: plain language, large type.

What we talked about, the next steps the adviser accepted or edited (with
dates), the evidence still to collect, whom to contact and how, and how to
reach DiMe. Dropped and undecided suggestions never appear. Every legal term
comes with a short explanation in the same sentence (the ``plain`` texts of
``resources/intake/rules.json`` and the ``what`` texts of services).

The sheet greets the client by name only when the case has a client who
gave a name; an anonymous contact gets no greeting and no name anywhere.
Texts: ``resources/texts/takeaway.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dime_desktop.cases.model import Case
from dime_desktop.documents.checklist import counterpart_line, format_date, load_texts, p
from dime_desktop.documents.pdf import ACCENT, TINT, make_styles, render_pdf
from dime_desktop.intake.answers import agreed_steps, normalize_state
from dime_desktop.intake.engine import evidence_items
from dime_desktop.intake.loader import default_intake
from dime_desktop.intake.model import IntakeData
from dime_desktop.reference import ReferenceData, default_reference

LANGUAGES = ("nb", "en")
BASE_SIZE = 13.5  # large, readable type for clients


def takeaway_pdf(
    *,
    case: Case,
    state: Mapping[str, Any] | None,
    made_on: date,
    lang: str = "nb",
    intake: IntakeData | None = None,
    reference: ReferenceData | None = None,
) -> bytes:
    """The take-away sheet for ``case`` and its conversation ``state``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    data = intake or default_intake()
    ref = reference or default_reference()
    st = normalize_state(state, data)
    answers: dict[str, Any] = st["answers"]
    t = load_texts("takeaway")[lang]
    s = make_styles(BASE_SIZE)
    bullet = s.body.clone("bullet", leftIndent=6 * mm, bulletIndent=0)

    def bullets(lines: list[str]) -> list[Flowable]:
        return [Paragraph(escape(line), bullet, bulletText="•") for line in lines]

    story: list[Flowable] = [p(t["title"], s.title)]
    name = case.client.name.strip() if case.client is not None else ""
    if name:
        story.append(p(t["greeting"].format(name=name), s.h2))
    story.append(p(t["intro"].format(date=format_date(made_on, lang)), s.body))

    # --- what we talked about -----------------------------------------------------
    story.append(p(t["talked_heading"], s.h1))
    talked: list[Flowable] = []
    events = [e for e in case.timeline if e.description.strip()]
    if events:
        talked.append(p(t["happened"], s.h2))
        talked += bullets(
            [f"{format_date(e.event_date, lang)}: {e.description.strip()}" for e in events]
        )
    if case.area:
        talked += [p(t["area"], s.h2), *bullets([ref.areas.label(case.area, lang)])]
    counterpart = counterpart_line(case, ref, lang)
    if counterpart:
        talked += [p(t["counterpart"], s.h2), *bullets([counterpart])]
    for qid, key in (("problems.list", "other_problems"), ("wants.wishes", "wishes")):
        q = data.questions.get(qid)
        chosen = answers.get(qid) or []
        if q is None or not chosen:
            continue
        labels = [o.label.get(lang) for o in q.options if o.code in chosen]
        talked += [p(t[key], s.h2), *bullets(labels)]
    story += talked or [p(t["nothing_recorded"], s.body)]

    # --- what we agreed ----------------------------------------------------------
    story.append(p(t["steps_heading"], s.h1))
    agreed = agreed_steps(data, st, made_on)
    if not agreed:
        story.append(p(t["no_steps"], s.body))
    contacts: list[str] = []
    for n, step in enumerate(agreed, start=1):
        block: list[Flowable] = [Paragraph(f"<b>{n}.</b> {escape(step.client_text(lang))}", s.body)]
        if step.deadline is not None:
            by = t["by"].format(date=format_date(step.deadline, lang))
            block.append(Paragraph(f"<b>{escape(by)}</b>", s.body))
        for w in step.suggestion.warnings:
            block.append(p(w.get(lang), s.body))
        if step.suggestion.services:
            names = ", ".join(data.services[c].name for c in step.suggestion.services)
            block.append(p(t["contact"].format(names=names), s.body))
            contacts += [c for c in step.suggestion.services if c not in contacts]
        box = Table([[block]], colWidths=[170 * mm])
        box.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
                ]
            )
        )
        story += [box, Spacer(1, 3 * mm)]

    # --- evidence ---------------------------------------------------------------
    have = set(answers.get("evidence.have") or [])
    to_collect = [i for i in evidence_items(data, answers, made_on) if i.code not in have]
    if answers and to_collect:
        story += [p(t["evidence_heading"], s.h1), p(t["evidence_intro"], s.body)]
        urgent = [i.label.get(lang) for i in to_collect if i.urgent]
        later = [i.label.get(lang) for i in to_collect if not i.urgent]
        if urgent:
            story.append(Paragraph(f"<b>{escape(t['now'])}</b>", s.body))
            story += bullets(urgent)
        if urgent and later:
            story.append(Paragraph(f"<b>{escape(t['also'])}</b>", s.body))
        story += bullets(later)

    # --- whom to contact -------------------------------------------------------------
    for n, code in enumerate(contacts):
        svc = data.services[code]
        heading = [p(t["services_heading"], s.h1)] if n == 0 else []  # never alone at a page end
        story.append(
            KeepTogether(
                [
                    *heading,
                    p(svc.name, s.h2),
                    p(svc.what.get(lang), s.body),
                    Paragraph(f"<b>{escape(svc.reach.get(lang))}</b>", s.body),
                ]
            )
        )

    # --- how to reach DiMe ----------------------------------------------------------
    reach: list[Flowable] = [p(t["dime_heading"], s.h1), p(t["dime_text"], s.body)]
    if case.reference:
        reach.append(p(t["reference"].format(reference=case.reference), s.body))
    lines = Table(
        [[p(t["adviser_line"], s.body), ""], [p(t["phone_line"], s.body), ""]],
        colWidths=[60 * mm, 110 * mm],
        rowHeights=[12 * mm, 12 * mm],
    )
    lines.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.6, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BACKGROUND", (0, 0), (0, -1), TINT),
            ]
        )
    )
    reach.append(lines)
    story.append(KeepTogether(reach))
    return render_pdf(
        story,
        title=t["title"],
        footer_left=t["footer"],
        made_on=made_on,
        page_label=t["page"],
        lang=lang,
    )
