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


# --- consent per purpose (issue 12) ----------------------------------------------

CONSENT_STORE = "store_identity"  # keep the client's name, contact details, notes
CONSENT_CONTACT_CLIENT = "contact_client"
CONSENT_CONTACT_COUNTERPART = "contact_counterpart"  # on the client's behalf
CONSENT_MEDIATION = "mediation_referral"  # refer the case to Meglingsbenken
CONSENT_POLICE = "share_police"
CONSENT_TRIBUNAL = "share_tribunal"
CONSENT_PURPOSES = (
    CONSENT_STORE,
    CONSENT_CONTACT_CLIENT,
    CONSENT_CONTACT_COUNTERPART,
    CONSENT_MEDIATION,
    CONSENT_POLICE,
    CONSENT_TRIBUNAL,
)
CONSENT_GIVEN = "given"
CONSENT_WITHDRAWN = "withdrawn"
CONSENT_NOT_RECORDED = "not_recorded"  # an earlier register did not say
CONSENT_STATUSES = (CONSENT_GIVEN, CONSENT_WITHDRAWN, CONSENT_NOT_RECORDED)


@dataclass
class CaseConsent:
    """The client's consent to one purpose: when and how it was given, and its
    withdrawal. ``given_on``/``method`` None: not recorded (an earlier register,
    or the old "agrees that we store this" tick without a date). A purpose with
    no record was not asked (nothing is done for it)."""

    purpose: str  # one of CONSENT_PURPOSES
    status: str = CONSENT_GIVEN  # one of CONSENT_STATUSES
    given_on: date | None = None
    method: str | None = None  # consent_methods code (oral, written, message)
    note: str = ""
    withdrawn_on: date | None = None
    withdrawal_note: str = ""

    @property
    def active(self) -> bool:
        return self.status == CONSENT_GIVEN


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
    # consent per purpose (at most one record per purpose; see consent_of)
    consents: list[CaseConsent] = field(default_factory=list)
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

    def consent_of(self, purpose: str) -> CaseConsent | None:
        """The record of ``purpose``; for storing the identity without a record,
        the old tick (``Client.consent_to_store``) counts as given, date not
        recorded."""
        for consent in self.consents:
            if consent.purpose == purpose:
                return consent
        if purpose == CONSENT_STORE and self.client is not None and self.client.consent_to_store:
            return CaseConsent(CONSENT_STORE)
        return None

    def has_consent(self, purpose: str) -> bool:
        consent = self.consent_of(purpose)
        return consent is not None and consent.active


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


def identity_of(case: Case) -> tuple[str, str, str]:
    """The client's name, contact details and notes (what needs consent to store)."""
    c = case.client
    if c is None:
        return ("", "", "")
    return (c.name.strip(), c.contact.strip(), c.notes.strip())


def consent_problems(
    case: Case, *, stored: Case | None = None, importing: bool = False
) -> list[FieldProblem]:
    """A client's name, contact details or notes may be stored only with the
    client's consent to store them: one problem (``client_consent``,
    ``consent_missing``) when any of them is filled in without it.

    Kept as they are (``stored`` holds the same) they may stay while that
    consent is *withdrawn* (the follow-up asks to remove them) or *not
    recorded* (an earlier register); ``importing`` an earlier register may
    bring them with the consent not recorded. Also every consent record is
    checked (``consents``: ``unknown_value``, ``duplicate``, ``required``,
    ``withdrawn_before_given``)."""
    problems = consent_record_problems(case)
    if not any(identity_of(case)):
        return problems
    store = case.consent_of(CONSENT_STORE)
    if store is not None and store.active:
        return problems
    lenient = store is not None and store.status in (CONSENT_WITHDRAWN, CONSENT_NOT_RECORDED)
    if lenient and importing:
        return problems
    if lenient and stored is not None and _identity_kept(case, stored):
        return problems
    return [*problems, FieldProblem("client_consent", "consent_missing")]


def _identity_kept(case: Case, stored: Case) -> bool:
    """Nothing new in name, contact or notes (removing is always allowed)."""
    return all(
        not new or new == old
        for new, old in zip(identity_of(case), identity_of(stored), strict=True)
    )


def consent_record_problems(
    case: Case, methods: tuple[str, ...] | None = None
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    seen: set[str] = set()
    for c in case.consents:
        if c.purpose not in CONSENT_PURPOSES:
            problems.append(FieldProblem("consents", "unknown_value", c.purpose))
            continue
        key = f"consents.{c.purpose}"
        if c.purpose in seen:
            problems.append(FieldProblem(key, "duplicate", c.purpose))
        seen.add(c.purpose)
        if c.status not in CONSENT_STATUSES:
            problems.append(FieldProblem(key, "unknown_value", c.status))
        if methods is not None and c.method is not None and c.method not in methods:
            problems.append(FieldProblem(key, "unknown_value", c.method))
        if c.status == CONSENT_WITHDRAWN:
            if c.withdrawn_on is None:
                problems.append(FieldProblem(key, "required", "withdrawn_on"))
            elif c.given_on is not None and c.withdrawn_on < c.given_on:
                problems.append(FieldProblem(key, "withdrawn_before_given"))
        elif c.withdrawn_on is not None:
            problems.append(FieldProblem(key, "not_withdrawn"))
    return problems


def sync_store_flag(case: Case) -> None:
    """``Client.consent_to_store`` follows the record of storing the identity
    (the column the lists and the intake read)."""
    record = next((c for c in case.consents if c.purpose == CONSENT_STORE), None)
    if record is not None and case.client is not None:
        case.client.consent_to_store = record.active


# --- what changed (field names for the access log; never values) -------------------

_PLAIN_FIELDS = (
    "reference",
    "opened",
    "closed",
    "status",
    "channel",
    "area",
    "track",
    "counterpart_type",
    "counterpart_name",
    "summary",
    "grounds",
    "incident_types",
    "journal",
    "follow_ups",
    "timeline",
    "mediation",
)
_CLIENT_FIELDS = (
    ("name", "client_name"),
    ("contact", "client_contact"),
    ("preferred_language", "client_language"),
    ("interpreter_needed", "client_interpreter"),
    ("notes", "client_notes"),
)


def _comparable(value: object) -> object:
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        d = dict(vars(value))
        d.pop("id", None)  # a journal entry keeps its text whatever its id
        return {k: _comparable(v) for k, v in d.items()}
    return value


def changed_fields(old: Case | None, new: Case) -> list[str]:
    """The names of the fields that differ (for a new case: those filled in)."""
    base = old or Case(opened=new.opened, area="")
    out: list[str] = []
    for name in _PLAIN_FIELDS:
        if _comparable(getattr(base, name)) != _comparable(getattr(new, name)):
            out.append(name)
    if old is None:
        out = [f for f in out if f != "opened"] + ["opened"]
    if (base.client is None) != (new.client is None):
        out.append("client")
    empty = Client()
    for attr, name in _CLIENT_FIELDS:
        if getattr(base.client or empty, attr) != getattr(new.client or empty, attr):
            out.append(name)
    for purpose in CONSENT_PURPOSES:
        if _comparable(base.consent_of(purpose)) != _comparable(new.consent_of(purpose)):
            out.append(f"consents.{purpose}")
    return sorted(set(out))


def withdrawn_purposes(old: Case | None, new: Case) -> list[str]:
    """Purposes whose consent this save withdraws."""
    out = []
    for purpose in CONSENT_PURPOSES:
        before = old.consent_of(purpose) if old is not None else None
        after = new.consent_of(purpose)
        was = before is not None and before.status == CONSENT_WITHDRAWN
        if after is not None and after.status == CONSENT_WITHDRAWN and not was:
            out.append(purpose)
    return out
