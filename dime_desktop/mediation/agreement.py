"""The mediation agreement, on the drafting machinery (``dime_desktop.drafting``).

Every word is in ``resources/templates/mediation_agreement.json`` (nb and en);
here are only the facts it is made from, taken from the mediation record:
the parties (and who accompanies them), what the matter is about, the
meeting, the terms (who does what by when), the deadline for fulfilment, the
cooling-off period of a criminal case, and the signature lines (each party;
for a party under 18 also the guardian; the mediator).

    doc = agreement_document(record, case, lang="nb", made_on=date.today())
    doc.pdf(), doc.docx()          # bytes (the same layout)
    doc.write(path)                # .pdf or .docx by the suffix, 0600, atomic

An agreement is written only for a record whose outcome is an agreement with
a date and terms that each say who does what (``AgreementIncomplete``
otherwise); a party without a name, or an organisation without its contact
person, shows as a gap marker to fill in by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dime_desktop.cases.model import Case
from dime_desktop.documents.checklist import format_date
from dime_desktop.drafting.context import DraftContext
from dime_desktop.drafting.export import Exported, export_document, render
from dime_desktop.drafting.kinds import DocumentKind, PrefillInput
from dime_desktop.drafting.model import DocumentText, gap_marker
from dime_desktop.errors import AgreementIncomplete
from dime_desktop.mediation.model import ROLE_GUARDIAN, MediationRecord, Party
from dime_desktop.mediation.rules import agreement_problems, cooling_off_until

KIND = "mediation_agreement"

Facts = dict[str, str | None]

FACTS = frozenset(
    {
        "parties",
        "matter",
        "agreement_date",
        "meeting",
        "terms",
        "fulfil_by",
        "cooling_off_until",
        "signatures",
        "party_name",
        "contact_person",
        "guardian_name",
        "mediator",
    }
)
PHRASES = frozenset(
    {
        "party_line",
        "with",
        "accompanied",
        "org_contact",
        "under_18",
        "meeting_at",
        "term_line",
        "sign_party",
        "sign_org",
        "sign_guardian",
        "sign_mediator",
        "place_and_date",
        "and",
    }
)


@dataclass(frozen=True)
class MediationContext(DraftContext):
    """A draft's context with the mediation record it is made from."""

    record: MediationRecord | None = None


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


def agreement_facts(inp: PrefillInput) -> Mapping[str, str | None]:
    ctx, lang, ph = inp.ctx, inp.lang, inp.phrase
    record = ctx.record if isinstance(ctx, MediationContext) else None
    facts: Facts = dict.fromkeys(FACTS)
    if record is None:
        return facts
    ref = ctx.reference

    def gap(fact: str) -> str:
        spec = inp.template.facts.get(fact)
        return gap_marker(spec.label.get(lang) if spec else fact, lang)

    def name_of(p: Party) -> str:
        name = p.name.strip() or gap("party_name")
        if p.organisation:
            person = p.contact_person.strip() or gap("contact_person")
            return ph("org_contact", org=name, person=person)
        return name

    def role_of(p: Party) -> str:
        role = _lower_first(ref.party_roles.label(p.role, lang))
        return f"{role}, {ph('under_18')}" if p.under_18 else role

    lines: list[str] = []
    for p in record.principal_parties():
        company = [
            ph(
                "with",
                role=_lower_first(ref.party_roles.label(a.role, lang)),
                name=a.name.strip() or gap("party_name"),
            )
            for a in record.accompanying(p.key)
        ]
        if company:
            with_text = (
                ", ".join(company[:-1]) + f" {ph('and')} " + company[-1]
                if len(company) > 1
                else company[0]
            )
            lines.append(ph("accompanied", name=name_of(p), role=role_of(p), company=with_text))
        else:
            lines.append(ph("party_line", name=name_of(p), role=role_of(p)))
    facts["parties"] = "\n".join(lines) or None

    facts["matter"] = ref.mediation_areas.label(record.area, lang) if record.area else None
    facts["agreement_date"] = (
        format_date(record.agreement_on, lang) if record.agreement_on else None
    )
    held = [m for m in record.meetings if m.held]
    if held:
        m = max(held, key=lambda x: x.meeting_date)
        place = ref.meeting_places.label(m.place, lang) if m.place else m.place_text.strip()
        facts["meeting"] = ph("meeting_at", date=format_date(m.meeting_date, lang), place=place)

    terms = []
    for n, t in enumerate(record.terms, start=1):
        who = record.party(t.party)
        terms.append(
            ph(
                "term_line",
                number=n,
                kind=ref.term_kinds.label(t.kind, lang),
                who=(who.name.strip() or gap("party_name"))
                if who is not None
                else gap("party_name"),
                what=_sentence(t.what),
                due=format_date(t.due, lang),
            )
        )
    facts["terms"] = "\n\n".join(terms) or None
    facts["fulfil_by"] = (
        format_date(max(t.due for t in record.terms), lang) if record.terms else None
    )
    until = cooling_off_until(record)
    facts["cooling_off_until"] = format_date(until, lang) if until else None

    signs = [ph("place_and_date")]
    for p in record.principal_parties():
        role = _lower_first(ref.party_roles.label(p.role, lang))
        if p.organisation:
            person = p.contact_person.strip() or gap("contact_person")
            signs.append(
                ph("sign_org", person=person, org=p.name.strip() or gap("party_name"), role=role)
            )
        else:
            signs.append(ph("sign_party", name=p.name.strip() or gap("party_name"), role=role))
        if p.under_18:
            guardians = [a for a in record.accompanying(p.key) if a.role == ROLE_GUARDIAN]
            for g in guardians or [Party(role=ROLE_GUARDIAN)]:
                signs.append(
                    ph(
                        "sign_guardian",
                        name=g.name.strip() or gap("guardian_name"),
                        party=p.name.strip() or gap("party_name"),
                    )
                )
    signs.append(ph("sign_mediator", name=record.mediator.strip() or gap("mediator")))
    facts["signatures"] = "\n".join(signs)
    return facts


KINDS: list[DocumentKind] = [
    DocumentKind(KIND, agreement_facts, FACTS, PHRASES, desk="mediation"),
]


@dataclass(frozen=True)
class AgreementDocument:
    """The agreement as the machinery's document; PDF and DOCX from one layout."""

    text: DocumentText
    made_on: date

    def pdf(self) -> bytes:
        return render(self.text, "pdf", self.made_on)

    def docx(self) -> bytes:
        return render(self.text, "docx", self.made_on)

    def write(self, path: Path) -> Exported:
        """Write PDF or DOCX by ``path``'s suffix (0600, atomic)."""
        return export_document(self.text, Path(path), made_on=self.made_on)


def agreement_document(
    record: MediationRecord, case: Case, *, lang: str, made_on: date
) -> AgreementDocument:
    """The agreement of ``record`` (AgreementIncomplete if it has none yet)."""
    from dime_desktop.drafting.compose import new_document

    problems = agreement_problems(record)
    if problems:
        raise AgreementIncomplete(record.reference or case.reference or "", problems)
    ctx = MediationContext(case=case, today=made_on, record=record)
    text = new_document(KIND, ctx, lang, {"criminal": record.criminal})
    return AgreementDocument(text, made_on)


def mediation_agreement_document(
    record: MediationRecord, case: Case, lang: str, made_on: date | None = None
) -> tuple[bytes, bytes]:
    """(PDF, DOCX) of the agreement."""
    doc = agreement_document(record, case, lang=lang, made_on=made_on or date.today())
    return doc.pdf(), doc.docx()
