"""Cases of the advice desk (Diskrimineringshjelpen) and the mediation desk
(Meglingsbenken).

All codes (area, grounds, channel...) are codes of the reference data in
``resources/reference``; labels are looked up only for display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dime_desktop.errors import FieldProblem
from dime_desktop.reference import ReferenceData

REFERENCE_PREFIX = "DH"
_REFERENCE_RE = re.compile(r"^([A-Z]{2,4})-(\d{4})-(\d{3,6})$")

STATUS_OPEN = "open"
STATUS_CLOSED = "closed"
DESK_ADVICE = "advice"
DESK_MEDIATION = "mediation"


def format_reference(year: int, seq: int, prefix: str = REFERENCE_PREFIX) -> str:
    """``DH-2019-001``: the case's year and its number within that year."""
    return f"{prefix}-{year:04d}-{seq:03d}"


def parse_reference(reference: str) -> tuple[int, int] | None:
    """(year, seq) from a reference like ``DH-2019-001``; None if it has another form."""
    m = _REFERENCE_RE.match(reference.strip())
    if not m:
        return None
    return int(m.group(2)), int(m.group(3))


@dataclass
class CaseGround:
    """One protected ground of a case. A case may have several: combinations
    (intersectional discrimination) matter."""

    code: str
    perceived: bool = True  # the client's own view
    assessed: bool = False  # the adviser's legal assessment
    by_association: bool = False  # through a connection to someone else

    def as_dict(self) -> dict[str, str | bool]:
        """JSON-ready form, as the command line, drafts and intake store it."""
        return {
            "code": self.code,
            "perceived": self.perceived,
            "assessed": self.assessed,
            "by_association": self.by_association,
        }


@dataclass
class JournalEntry:
    entry_date: date
    text: str
    id: int | None = None


@dataclass
class FollowUp:
    due: date
    note: str = ""
    done: bool = False
    id: int | None = None
    # where it came from: "" typed by the adviser, "intake:<rule id>" an agreed
    # next step of the sorting conversation (see intake.answers.follow_up_for_decision)
    source: str = ""


@dataclass
class TimelineEvent:
    """A dated event of what happened (the Tribunal asks for a timeline)."""

    event_date: date
    description: str
    id: int | None = None


@dataclass
class Client:
    """Optional and minimal; an anonymous contact has no Client at all."""

    name: str = ""
    contact: str = ""
    preferred_language: str = ""
    interpreter_needed: bool = False
    consent_to_store: bool = False
    notes: str = ""


@dataclass
class Mediation:
    """Whether the case went to the mediation desk; area and outcome are
    filled in by the mediation desk."""

    referred: bool = False
    area: str | None = None  # an area code
    outcome: str | None = None  # a mediation_outcomes code


@dataclass
class Case:
    opened: date
    area: str
    reference: str | None = None  # assigned when first saved
    status: str = STATUS_OPEN
    closed: date | None = None
    channel: str | None = None
    grounds: list[CaseGround] = field(default_factory=list)
    incident_types: list[str] = field(default_factory=list)
    track: str = "unclear"
    counterpart_type: str | None = None
    counterpart_name: str = ""
    summary: str = ""
    journal: list[JournalEntry] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    mediation: Mediation = field(default_factory=Mediation)
    client: Client | None = None
    id: int | None = None
    # The stored row version this case was read at (0: not read from the vault,
    # then a save does not check it). CaseRepository.update refuses a case whose
    # version is older than the stored one (CaseChangedElsewhere). Not part of
    # equality: two cases with the same contents are equal.
    version: int = field(default=0, compare=False)

    @property
    def year(self) -> int:
        return self.opened.year

    @property
    def desk(self) -> str:
        return DESK_MEDIATION if self.mediation.referred else DESK_ADVICE

    def ground_codes(self) -> list[str]:
        return [g.code for g in self.grounds]


@dataclass(frozen=True)
class CaseSummaryRow:
    """What a list of cases shows: no summary, and the client's name only for
    views that are allowed to show it (discreet mode off)."""

    id: int
    reference: str
    opened: date
    closed: date | None
    status: str
    area: str
    grounds: tuple[str, ...]
    desk: str
    client_name: str  # "" for an anonymous contact
    next_follow_up: date | None = None


@dataclass(frozen=True)
class CaseFilter:
    """Filters for listing cases; None means any."""

    year: int | None = None
    status: str | None = None
    area: str | None = None
    ground: str | None = None
    desk: str | None = None  # DESK_ADVICE or DESK_MEDIATION
    text: str | None = None  # full-text search (summaries, journal, client names)


def validate_case(case: Case, ref: ReferenceData) -> list[FieldProblem]:
    """Every problem with the case, by field. An empty list means valid."""
    problems: list[FieldProblem] = []

    def check(field_name: str, kind: str, code: str | None, required: bool = False) -> None:
        if code is None or code == "":
            if required:
                problems.append(FieldProblem(field_name, "required"))
            return
        if code not in ref.kind(kind):
            problems.append(FieldProblem(field_name, "unknown_value", code))

    check("area", "areas", case.area, required=True)
    check("status", "statuses", case.status, required=True)
    check("channel", "channels", case.channel)
    check("track", "tracks", case.track, required=True)
    check("counterpart_type", "counterpart_types", case.counterpart_type)
    seen: set[str] = set()
    for g in case.grounds:
        check("grounds", "grounds", g.code, required=True)
        if g.code in seen:
            problems.append(FieldProblem("grounds", "duplicate", g.code))
        seen.add(g.code)
    for t in case.incident_types:
        check("incident_types", "incident_types", t, required=True)
    if len(set(case.incident_types)) != len(case.incident_types):
        problems.append(FieldProblem("incident_types", "duplicate"))
    if case.closed is not None and case.closed < case.opened:
        problems.append(FieldProblem("closed", "closed_before_opened", case.closed.isoformat()))
    if case.status == STATUS_CLOSED and case.closed is None:
        problems.append(FieldProblem("closed", "required"))
    if case.mediation.referred:
        check("mediation_area", "areas", case.mediation.area)
        check("mediation_outcome", "mediation_outcomes", case.mediation.outcome)
    elif case.mediation.area or case.mediation.outcome:
        problems.append(FieldProblem("mediation", "not_referred"))
    if case.reference is not None and parse_reference(case.reference) is None:
        problems.append(FieldProblem("reference", "invalid_reference", case.reference))
    for j in case.journal:
        if not j.text.strip():
            problems.append(FieldProblem("journal", "required"))
    return problems


def consent_problems(case: Case) -> list[FieldProblem]:
    """A client's name, contact details or notes may be stored only with the
    client's consent: one problem (``client_consent``, ``consent_missing``)
    when any of them is filled in and "consent to store" is not ticked."""
    c = case.client
    if c is None or c.consent_to_store:
        return []
    if c.name.strip() or c.contact.strip() or c.notes.strip():
        return [FieldProblem("client_consent", "consent_missing")]
    return []
