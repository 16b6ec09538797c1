"""Make a document from a case, keep it in step with the case, and list what
is missing.

* :func:`new_document` prefills every section from the case.
* :func:`refresh` brings a draft up to date after the case, the options or the
  language changed: sections nobody edited follow; edited sections keep the
  adviser's text (their ``prefilled`` text is updated, so the editor can offer
  "fill in from the case again").
* :func:`missing_facts` lists the gap markers still in the text, each with the
  field where the fact is filled in.
* :func:`notices` gives the warnings and notes (e.g. events more than three
  years old), :func:`suggestions` what the adviser confirms or removes.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from dime_desktop.drafting.conditions import holds
from dime_desktop.drafting.context import DraftContext
from dime_desktop.drafting.kinds import PrefillInput, document_kind, template_for
from dime_desktop.drafting.model import (
    DECISIONS,
    LANGUAGES,
    SECTION_SIGNATURES,
    DocumentText,
    MissingFact,
    Notice,
    SectionText,
    Suggestion,
    gap_marker,
    gaps_in,
)
from dime_desktop.drafting.templates import DOCUMENT_TARGET, FactSpec, OptionSpec, Template
from dime_desktop.intake.loader import default_intake

_BLANK_LINES = re.compile(r"\n{3,}")


class _Facts(dict[str, str]):
    """Placeholders → text; a fact the case lacks becomes its gap marker."""

    def __init__(self, facts: Mapping[str, str | None], template: Template, lang: str) -> None:
        super().__init__()
        for name, value in facts.items():
            if value is None:
                spec = template.facts.get(name)
                label = spec.label.get(lang) if spec is not None else name
                self[name] = gap_marker(label, lang)
            else:
                self[name] = value


def fill(text: str, facts: Mapping[str, str | None], template: Template, lang: str) -> str:
    """``text`` with its ``{facts}`` filled in (gap markers where missing)."""
    values = _Facts(facts, template, lang)
    missing = [n for n in _names(text) if n not in values]
    for name in missing:  # a fact the prefill did not give at all is missing too
        spec = template.facts.get(name)
        values[name] = gap_marker(spec.label.get(lang) if spec else name, lang)
    filled = string.Formatter().vformat(text, (), values)
    lines = [line.rstrip() for line in filled.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _names(text: str) -> list[str]:
    return [name for _l, name, _s, _c in string.Formatter().parse(text) if name]


def _options(
    template: Template, options: Mapping[str, Any] | None, ctx: DraftContext | None = None
) -> dict[str, Any]:
    merged = template.default_options()
    kind = document_kind(template.kind)
    if kind.defaults is not None and ctx is not None:
        merged.update(kind.defaults(ctx))
    if options:
        merged.update(options)
    return merged


def applicable_suggestions(
    template: Template, ctx: DraftContext, options: Mapping[str, Any], lang: str
) -> list[Suggestion]:
    decisions = options.get("decisions") or {}
    out: list[Suggestion] = []
    for s in template.suggestions:
        if not holds(s.when, ctx, options):
            continue
        decision = decisions.get(s.code, "suggested") if isinstance(decisions, dict) else ""
        out.append(
            Suggestion(
                s.code,
                s.label.get(lang),
                s.reason.get(lang),
                decision if decision in DECISIONS else "suggested",
            )
        )
    return out


def _suggestions_fact(
    template: Template, ctx: DraftContext, options: Mapping[str, Any], lang: str
) -> str:
    lines: list[str] = []
    for s in applicable_suggestions(template, ctx, options, lang):
        if s.decision == "removed":
            continue
        line = f"- {s.label}: {s.reason}"
        if s.decision == "suggested":
            spec = template.facts.get("suggestion_confirmation")
            label = spec.label.get(lang) if spec else "confirmation"
            line += " " + gap_marker(label, lang)
        lines.append(line)
    if not lines and "no_suggestions" in template.phrases[lang]:
        return template.phrase("no_suggestions", lang)
    return "\n".join(lines)


def _facts(
    template: Template, ctx: DraftContext, lang: str, options: Mapping[str, Any]
) -> dict[str, str | None]:
    from dime_desktop.documents.checklist import format_date

    kind = document_kind(template.kind)
    facts: dict[str, str | None] = {
        "today": format_date(ctx.today, lang),
        "reference": ctx.case.reference or "",
    }
    if template.suggestions:
        facts["suggestions"] = _suggestions_fact(template, ctx, options, lang)
    facts.update(kind.prefill(PrefillInput(ctx, template, lang, options)))
    return facts


def _build(
    kind: str, ctx: DraftContext, lang: str, options: Mapping[str, Any] | None
) -> DocumentText:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown document language {lang!r}")
    template = template_for(kind)
    opts = _options(template, options, ctx)
    facts = _facts(template, ctx, lang, opts)
    sections: list[SectionText] = []
    for spec in template.sections:
        if spec.when is not None and not holds(spec.when, ctx, opts):
            continue
        text = fill(spec.body.get(lang), facts, template, lang)
        heading = spec.heading.get(lang) if spec.heading is not None else ""
        sections.append(SectionText(spec.id, heading, text, text, spec.kind))
    recipient = fill(template.recipient.get(lang), facts, template, lang)
    return DocumentText(
        kind=kind,
        lang=lang,
        title=template.title.get(lang),
        recipient=recipient,
        recipient_prefilled=recipient,
        sender=template.sender.get(lang),
        reference=ctx.case.reference or "",
        labels=dict(template.labels[lang]),
        sections=sections,
        options=opts,
    )


def new_document(
    kind: str, ctx: DraftContext, lang: str, options: Mapping[str, Any] | None = None
) -> DocumentText:
    """A new draft of ``kind`` in ``lang``, every section prefilled from ``ctx``."""
    return _build(kind, ctx, lang, options)


def refresh(
    doc: DocumentText,
    ctx: DraftContext,
    *,
    options: Mapping[str, Any] | None = None,
    lang: str | None = None,
) -> DocumentText:
    """``doc`` brought up to date with the case (and new options or language).
    Unedited sections (and the recipient) follow; edited ones keep their text."""
    fresh = _build(doc.kind, ctx, lang or doc.lang, doc.options if options is None else options)
    old = {s.id: s for s in doc.sections}
    for s in fresh.sections:
        before = old.get(s.id)
        if before is not None and before.edited:
            s.text = before.text  # the adviser's words are never overwritten
    if doc.recipient != doc.recipient_prefilled:
        fresh.recipient = doc.recipient
    return fresh


def edited_sections(doc: DocumentText) -> list[str]:
    return [s.id for s in doc.sections if s.edited]


def missing_facts(doc: DocumentText) -> list[MissingFact]:
    """The gaps still marked in the document, in order, each once per section."""
    template = template_for(doc.kind)
    by_label: dict[str, FactSpec] = {}
    for spec in template.facts.values():
        for lang in LANGUAGES:
            by_label.setdefault(spec.label.get(lang), spec)
    out: list[MissingFact] = []
    seen: set[tuple[str, str]] = set()
    places = [("recipient", doc.recipient)] + [(s.id, s.text) for s in doc.sections]
    for section_id, text in places:
        for label in gaps_in(text):
            found = by_label.get(label)
            fact = found.name if found else ""
            if (fact or label, section_id) in seen:
                continue
            seen.add((fact or label, section_id))
            target = found.field if found else DOCUMENT_TARGET
            out.append(MissingFact(fact, label, target, section_id))
    return out


def notices(doc: DocumentText, ctx: DraftContext, lang: str | None = None) -> list[Notice]:
    """The template's warnings and notes that hold for this case and draft
    (texts in ``lang``, by default the document's)."""
    template = template_for(doc.kind)
    opts = _options(template, doc.options)
    return [
        Notice(n.code, n.level, n.text.get(lang or doc.lang))
        for n in template.notices
        if holds(n.when, ctx, opts)
    ]


def suggestions(doc: DocumentText, ctx: DraftContext, lang: str | None = None) -> list[Suggestion]:
    """The suggestions that apply, with the adviser's decisions."""
    template = template_for(doc.kind)
    return applicable_suggestions(template, ctx, _options(template, doc.options), lang or doc.lang)


def option_specs(kind: str) -> tuple[OptionSpec, ...]:
    return template_for(kind).options


def option_choices(kind: str, name: str, lang: str) -> list[tuple[str, str]]:
    """(code, label) of a choice option; ``choices_from: services`` lists the
    services of ``resources/intake/services.json`` and the template's extras."""
    template = template_for(kind)
    spec = template.option(name)
    if spec is None:
        return []
    out = [(code, label.get(lang)) for code, label in spec.choices]
    if spec.choices_from == "services":
        out += [(code, name_) for code, name_, _what in template.extra_choices]
        out += [(s.code, s.name) for s in default_intake().services.values()]
    return out


def signature_lines(section: SectionText) -> list[str]:
    """The labels under the lines of a signature section (one per text line)."""
    if section.kind != SECTION_SIGNATURES:
        return []
    return [line.strip() for line in section.text.split("\n") if line.strip()]
