"""The redacted copy: the client, the other party, witnesses, a guardian, and
contact details, user names and web addresses replaced by roles, for
supervision or training.

Replaced are the names and details the vault knows (the case, the evidence
list, the draft's options), each full name and, for people, each part of the
name as a whole word. A name written in free text that the vault does not
know cannot be found: the editor shows the redacted text to check before it
is exported.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from dime_desktop.drafting.context import DraftContext
from dime_desktop.drafting.kinds import template_for
from dime_desktop.drafting.model import DocumentText

MIN_PART = 2  # name parts shorter than this are left alone


@dataclass(frozen=True)
class Term:
    text: str
    role: str


def _person_terms(name: str, role: str) -> list[Term]:
    name = " ".join(name.split())
    if not name:
        return []
    terms = [Term(name, role)]
    parts = [p for p in re.split(r"[\s,]+", name) if len(p) >= MIN_PART]
    if len(parts) > 1:
        terms += [Term(p, role) for p in parts]
    return terms


def redaction_terms(doc: DocumentText, ctx: DraftContext) -> list[Term]:
    """What to replace in ``doc`` and by which role, longest first."""
    template = template_for(doc.kind)

    def role(phrase_name: str, /, **values: object) -> str:
        return template.phrase(phrase_name, doc.lang).format(**values)

    case = ctx.case
    terms: list[Term] = []
    if case.client is not None:
        terms += _person_terms(case.client.name, role("role_client"))
        if case.client.contact.strip():
            terms.append(Term(case.client.contact.strip(), role("role_contact")))
    cp = case.counterpart_name.strip()
    if cp:
        terms.append(Term(cp, role("role_counterpart")))
        if case.counterpart_type == "private_person":
            terms += _person_terms(cp, role("role_counterpart"))[1:]
    guardian = doc.options.get("guardian")
    if isinstance(guardian, str):
        terms += _person_terms(guardian, role("role_guardian"))
    n = 0
    for item in sorted(ctx.evidence, key=lambda i: (i.position, i.id or 0)):
        for w in item.witnesses:
            if w.name.strip():
                n += 1
                terms += _person_terms(w.name, role("role_witness", n=n))
            if w.contact.strip():
                terms.append(Term(w.contact.strip(), role("role_contact")))
        if item.given_by.strip():
            terms += _person_terms(item.given_by, role("role_person"))
        if item.online.user_name.strip():
            terms.append(Term(item.online.user_name.strip(), role("role_user_name")))
        if item.online.url.strip():
            terms.append(Term(item.online.url.strip(), role("role_url")))
    if case.reference:
        terms.append(Term(case.reference, role("role_reference")))
    unique: dict[str, Term] = {}
    for t in terms:
        unique.setdefault(t.text.casefold(), t)  # the first role given wins
    return sorted(unique.values(), key=lambda t: -len(t.text))


def _pattern(terms: list[Term]) -> re.Pattern[str] | None:
    if not terms:
        return None
    alternatives = "|".join(re.escape(t.text) for t in terms)
    # whole words only: not inside a longer word (letters of any script)
    return re.compile(rf"(?<![\w@.])(?:{alternatives})(?![\w])", re.IGNORECASE)


def redact_text(text: str, terms: list[Term]) -> str:
    pattern = _pattern(terms)
    if pattern is None:
        return text
    roles = {t.text.casefold(): t.role for t in terms}
    return pattern.sub(lambda m: roles.get(m.group(0).casefold(), m.group(0)), text)


def redact(doc: DocumentText, ctx: DraftContext) -> DocumentText:
    """A redacted copy of ``doc`` (``doc`` itself is unchanged)."""
    terms = redaction_terms(doc, ctx)
    out = copy.deepcopy(doc)
    out.recipient = redact_text(out.recipient, terms)
    out.reference = redact_text(out.reference, terms)
    for s in out.sections:
        s.heading = redact_text(s.heading, terms)
        s.text = redact_text(s.text, terms)
        s.prefilled = redact_text(s.prefilled, terms)
    out.options = {}
    out.redacted = True
    return out
