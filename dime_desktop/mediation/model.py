"""A case at the mediation desk (Meglingsbenken), from referral to closing.

A :class:`MediationRecord` belongs to one advice case (``case_id``; its
reference is the advice case's, e.g. ``DH-2019-004``) and holds everything the
mediator records: the referral and the client's consent to it, the parties
and each party's consent to mediation, the suitability checklist's answers,
the preparatory talks, the meetings, the outcome and the agreement's terms
with their follow-up, the closing, and every change of stage (date and who).

Codes are reference-data codes (``resources/reference``): ``mediation_areas``,
``mediation_stages``, ``party_roles``, ``consent_methods``, ``meeting_places``,
``mediation_outcomes``, ``term_kinds``, ``closing_reasons``. Parties, talks,
meetings and terms carry a short random ``key`` so they can point at each
other (a guardian at the party they accompany, a term at who does it) before
anything is stored. Plain data: no Qt, no SQL; rules are in ``rules.py``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

# Stages, in order (labels: resources/reference/mediation_stages.json).
STAGE_REFERRED = "referred"
STAGE_PREPARING = "preparing"
STAGE_READY = "ready"
STAGE_MEETING_HELD = "meeting_held"
STAGE_FOLLOW_UP = "follow_up"
STAGE_CLOSED = "closed"
STAGES = (
    STAGE_REFERRED,
    STAGE_PREPARING,
    STAGE_READY,
    STAGE_MEETING_HELD,
    STAGE_FOLLOW_UP,
    STAGE_CLOSED,
)

# Roles (resources/reference/party_roles.json). Client and other party are the
# parties; the others accompany one of them.
ROLE_CLIENT = "client"
ROLE_OTHER_PARTY = "other_party"
ROLE_REPRESENTATIVE = "representative"
ROLE_SUPPORT = "support_person"
ROLE_GUARDIAN = "guardian"
PRINCIPAL_ROLES = (ROLE_CLIENT, ROLE_OTHER_PARTY)
ACCOMPANYING_ROLES = (ROLE_REPRESENTATIVE, ROLE_SUPPORT, ROLE_GUARDIAN)

# Answers of the suitability checklist.
ANSWER_YES = "yes"
ANSWER_NO = "no"
ANSWERS = (ANSWER_YES, ANSWER_NO)

# What became of one term of the agreement.
TERM_OPEN = "open"
TERM_FULFILLED = "fulfilled"
TERM_BROKEN = "broken"
TERM_STATUSES = (TERM_OPEN, TERM_FULFILLED, TERM_BROKEN)

OUTCOME_AGREEMENT = "agreement"
OUTCOME_PENDING = "pending"

# The milestones the yearly statistics count (mediation_milestones.json).
MILESTONE_TALK = "talk_held"
MILESTONE_READY = "ready"
MILESTONE_MEETING = "meeting_held"
MILESTONE_AGREEMENT = "agreement"
MILESTONE_FULFILLED = "fulfilled"
MILESTONES = (
    MILESTONE_TALK,
    MILESTONE_READY,
    MILESTONE_MEETING,
    MILESTONE_AGREEMENT,
    MILESTONE_FULFILLED,
)


def new_key() -> str:
    """A short random key for a party, talk, meeting or term."""
    return secrets.token_hex(4)


@dataclass
class Consent:
    """A consent: when and how it was given, and its withdrawal if any."""

    given_on: date | None = None
    method: str | None = None  # consent_methods code
    note: str = ""
    withdrawn_on: date | None = None
    withdrawal_note: str = ""

    @property
    def given(self) -> bool:
        return self.given_on is not None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None

    @property
    def active(self) -> bool:
        return self.given and not self.withdrawn


@dataclass
class Party:
    """Someone who takes part: a party (client, other party) or a person who
    accompanies one (``accompanies`` = that party's key)."""

    role: str
    name: str = ""
    organisation: bool = False  # the other party is an organisation...
    contact_person: str = ""  # ...and this is the person we deal with
    contact: str = ""  # phone or e-mail
    under_18: bool = False
    accompanies: str | None = None
    consent: Consent = field(default_factory=Consent)  # to mediation (parties only)
    key: str = field(default_factory=new_key)

    @property
    def is_principal(self) -> bool:
        return self.role in PRINCIPAL_ROLES

    def display_name(self) -> str:
        """The name as a document writes it: "Org (v/ contact person)"."""
        name = self.name.strip()
        if self.organisation and self.contact_person.strip():
            return f"{name} ({self.contact_person.strip()})" if name else self.contact_person
        return name


@dataclass
class SuitabilityAnswer:
    """The answer to one item of the checklist."""

    item: str
    answer: str | None = None  # ANSWER_YES, ANSWER_NO or None (not answered)
    reason: str = ""  # why go on although the answer is no (or a note)
    answered_on: date | None = None
    circumstances: str = ""  # rules.circumstances_key() when it was answered


@dataclass
class PreparatoryTalk:
    """A preparatory talk (forsamtale) with one party."""

    talk_date: date
    party: str | None = None  # key of the party the talk was with
    participants: str = ""  # who took part
    notes: str = ""
    key: str = field(default_factory=new_key)


@dataclass
class Meeting:
    """A mediation meeting, planned or held."""

    meeting_date: date
    start: time | None = None
    place: str | None = None  # meeting_places code
    place_text: str = ""  # another place, free text (used when place is None)
    participants: str = ""
    notes: str = ""  # the mediator's notes
    held: bool = False
    key: str = field(default_factory=new_key)


@dataclass
class Term:
    """One term of the agreement: who does what by when, and its follow-up.

    ``follow_up_on`` is when the mediator checks that the term was kept; it
    starts on ``due`` and moves with it (``rules.move_term_due``), and can be
    put off on its own (a party asked for a few more days)."""

    kind: str  # term_kinds code
    what: str
    due: date
    party: str | None = None  # key of the party who does it
    follow_up_on: date | None = None  # None: on the due date
    status: str = TERM_OPEN
    status_on: date | None = None  # when it was fulfilled or found broken
    note: str = ""
    key: str = field(default_factory=new_key)

    @property
    def follow_up(self) -> date:
        return self.follow_up_on if self.follow_up_on is not None else self.due


@dataclass
class StatusChange:
    """A change of stage: when, from what, to what, and who made it."""

    changed_on: date
    to_stage: str
    from_stage: str | None = None
    by: str = ""
    note: str = ""


@dataclass
class MediationRecord:
    case_id: int
    referred_on: date
    area: str | None = None  # mediation_areas code
    reference: str = ""  # the advice case's reference (read from the case)
    stage: str = STAGE_REFERRED
    mediator: str = ""
    referral_consent: Consent = field(default_factory=Consent)  # the client's, to be referred
    referral_note: str = ""
    criminal: bool = False  # a criminal case: the agreement has a cooling-off period
    parties: list[Party] = field(default_factory=list)
    suitability: dict[str, SuitabilityAnswer] = field(default_factory=dict)
    talks: list[PreparatoryTalk] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    outcome: str | None = None  # mediation_outcomes code
    outcome_on: date | None = None
    agreement_on: date | None = None  # the day the agreement was made (signed)
    terms: list[Term] = field(default_factory=list)
    closed_on: date | None = None
    closing_reason: str | None = None  # closing_reasons code
    closing_note: str = ""
    history: list[StatusChange] = field(default_factory=list)
    id: int | None = None

    def party(self, key: str | None) -> Party | None:
        return next((p for p in self.parties if p.key == key), None)

    def principal_parties(self) -> list[Party]:
        return [p for p in self.parties if p.is_principal]

    def accompanying(self, key: str) -> list[Party]:
        """The people who accompany the party with this key."""
        return [p for p in self.parties if p.accompanies == key and not p.is_principal]

    def answer(self, item: str) -> SuitabilityAnswer:
        return self.suitability.get(item) or SuitabilityAnswer(item)

    def term(self, key: str) -> Term | None:
        return next((t for t in self.terms if t.key == key), None)

    @property
    def is_closed(self) -> bool:
        return self.stage == STAGE_CLOSED


# --- JSON form (command line, drafts) ---------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _pd(value: Any) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value))


def _pt(value: Any) -> time | None:
    if not value:
        return None
    return time.fromisoformat(str(value))


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _opt(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def consent_to_dict(c: Consent) -> dict[str, Any]:
    return {
        "given_on": _d(c.given_on),
        "method": c.method,
        "note": c.note,
        "withdrawn_on": _d(c.withdrawn_on),
        "withdrawal_note": c.withdrawal_note,
    }


def consent_from_dict(d: Any) -> Consent:
    d = d if isinstance(d, dict) else {}
    return Consent(
        given_on=_pd(d.get("given_on")),
        method=_opt(d.get("method")),
        note=_s(d.get("note")),
        withdrawn_on=_pd(d.get("withdrawn_on")),
        withdrawal_note=_s(d.get("withdrawal_note")),
    )


def record_to_dict(r: MediationRecord) -> dict[str, Any]:
    """The record as JSON-ready data (dates as ISO text); ``record_from_dict``
    reads it back exactly."""
    return {
        "id": r.id,
        "case_id": r.case_id,
        "reference": r.reference,
        "area": r.area,
        "stage": r.stage,
        "mediator": r.mediator,
        "referred_on": _d(r.referred_on),
        "referral_consent": consent_to_dict(r.referral_consent),
        "referral_note": r.referral_note,
        "criminal": r.criminal,
        "parties": [
            {
                "key": p.key,
                "role": p.role,
                "name": p.name,
                "organisation": p.organisation,
                "contact_person": p.contact_person,
                "contact": p.contact,
                "under_18": p.under_18,
                "accompanies": p.accompanies,
                "consent": consent_to_dict(p.consent),
            }
            for p in r.parties
        ],
        "suitability": [
            {
                "item": a.item,
                "answer": a.answer,
                "reason": a.reason,
                "answered_on": _d(a.answered_on),
                "circumstances": a.circumstances,
            }
            for a in r.suitability.values()
        ],
        "talks": [
            {
                "key": t.key,
                "date": _d(t.talk_date),
                "party": t.party,
                "participants": t.participants,
                "notes": t.notes,
            }
            for t in r.talks
        ],
        "meetings": [
            {
                "key": m.key,
                "date": _d(m.meeting_date),
                "start": None if m.start is None else m.start.strftime("%H:%M"),
                "place": m.place,
                "place_text": m.place_text,
                "participants": m.participants,
                "notes": m.notes,
                "held": m.held,
            }
            for m in r.meetings
        ],
        "outcome": r.outcome,
        "outcome_on": _d(r.outcome_on),
        "agreement_on": _d(r.agreement_on),
        "terms": [
            {
                "key": t.key,
                "kind": t.kind,
                "party": t.party,
                "what": t.what,
                "due": _d(t.due),
                "follow_up_on": _d(t.follow_up_on),
                "status": t.status,
                "status_on": _d(t.status_on),
                "note": t.note,
            }
            for t in r.terms
        ],
        "closed_on": _d(r.closed_on),
        "closing_reason": r.closing_reason,
        "closing_note": r.closing_note,
        "history": [
            {
                "date": _d(h.changed_on),
                "from": h.from_stage,
                "to": h.to_stage,
                "by": h.by,
                "note": h.note,
            }
            for h in r.history
        ],
    }


def record_from_dict(d: dict[str, Any]) -> MediationRecord:
    """The record from :func:`record_to_dict` data (ValueError on a bad date)."""
    referred = _pd(d.get("referred_on")) or date.today()
    answers = {}
    for a in d.get("suitability") or []:
        item = _s(a.get("item"))
        if item:
            answers[item] = SuitabilityAnswer(
                item=item,
                answer=_opt(a.get("answer")),
                reason=_s(a.get("reason")),
                answered_on=_pd(a.get("answered_on")),
                circumstances=_s(a.get("circumstances")),
            )
    return MediationRecord(
        id=None if d.get("id") is None else int(d["id"]),
        case_id=int(d.get("case_id") or 0),
        reference=_s(d.get("reference")),
        area=_opt(d.get("area")),
        stage=_s(d.get("stage")) or STAGE_REFERRED,
        mediator=_s(d.get("mediator")),
        referred_on=referred,
        referral_consent=consent_from_dict(d.get("referral_consent")),
        referral_note=_s(d.get("referral_note")),
        criminal=bool(d.get("criminal")),
        parties=[
            Party(
                key=_s(p.get("key")) or new_key(),
                role=_s(p.get("role")),
                name=_s(p.get("name")),
                organisation=bool(p.get("organisation")),
                contact_person=_s(p.get("contact_person")),
                contact=_s(p.get("contact")),
                under_18=bool(p.get("under_18")),
                accompanies=_opt(p.get("accompanies")),
                consent=consent_from_dict(p.get("consent")),
            )
            for p in d.get("parties") or []
        ],
        suitability=answers,
        talks=[
            PreparatoryTalk(
                key=_s(t.get("key")) or new_key(),
                talk_date=_pd(t.get("date")) or referred,
                party=_opt(t.get("party")),
                participants=_s(t.get("participants")),
                notes=_s(t.get("notes")),
            )
            for t in d.get("talks") or []
        ],
        meetings=[
            Meeting(
                key=_s(m.get("key")) or new_key(),
                meeting_date=_pd(m.get("date")) or referred,
                start=_pt(m.get("start")),
                place=_opt(m.get("place")),
                place_text=_s(m.get("place_text")),
                participants=_s(m.get("participants")),
                notes=_s(m.get("notes")),
                held=bool(m.get("held")),
            )
            for m in d.get("meetings") or []
        ],
        outcome=_opt(d.get("outcome")),
        outcome_on=_pd(d.get("outcome_on")),
        agreement_on=_pd(d.get("agreement_on")),
        terms=[
            Term(
                key=_s(t.get("key")) or new_key(),
                kind=_s(t.get("kind")),
                party=_opt(t.get("party")),
                what=_s(t.get("what")),
                due=_pd(t.get("due")) or referred,
                follow_up_on=_pd(t.get("follow_up_on")),
                status=_s(t.get("status")) or TERM_OPEN,
                status_on=_pd(t.get("status_on")),
                note=_s(t.get("note")),
            )
            for t in d.get("terms") or []
        ],
        closed_on=_pd(d.get("closed_on")),
        closing_reason=_opt(d.get("closing_reason")),
        closing_note=_s(d.get("closing_note")),
        history=[
            StatusChange(
                changed_on=_pd(h.get("date")) or referred,
                from_stage=_opt(h.get("from")),
                to_stage=_s(h.get("to")),
                by=_s(h.get("by")),
                note=_s(h.get("note")),
            )
            for h in d.get("history") or []
        ],
    )
