"""The rules of the mediation desk: what a record must hold, when a case may
move on, and what follows from it.

* **The suitability gate**: a case can be marked *ready for a meeting* only
  when every checklist item is answered, every "no" has a reason to go on,
  items marked ``review_on_change`` were answered after the last change of
  the parties or their consents, both parties' consents to mediation are
  given and not withdrawn, and a party under 18 has a guardian.
  :func:`readiness_problems` lists what is missing; :func:`change_stage`
  refuses (:class:`~dime_desktop.errors.StageRefused`) with that list.
* **Stages** move forward referred → preparing → ready → meeting held →
  follow-up → closed; a case can go back to preparing from ready, close from
  any stage (with a coded reason and an outcome), and be reopened. Every
  change is kept in ``history`` with its date and who made it.
* **Follow-up on fulfilment**: each term of the agreement is followed up on
  its date; moving a term's date moves its follow-up (:func:`move_term_due`);
  :func:`fulfilment` counts terms fulfilled (on time), late (fulfilled after
  the date), broken and still open (and of those, overdue).
* Facts taken from the advice case: the **three-year limit** of the Tribunal
  (the first dated event of its timeline plus three years; shown as a warning,
  no section cited), the **hate-crime warning**, and whether it is a
  **criminal case** (two-week cooling-off period for the agreement).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dime_desktop.cases.model import Case
from dime_desktop.errors import FieldProblem, StageRefused
from dime_desktop.intake.conditions import add_years
from dime_desktop.mediation.areas import mediation_area_for
from dime_desktop.mediation.checklist import Checklist, default_checklist
from dime_desktop.mediation.model import (
    ACCOMPANYING_ROLES,
    ANSWER_NO,
    ANSWERS,
    MILESTONE_AGREEMENT,
    MILESTONE_FULFILLED,
    MILESTONE_MEETING,
    MILESTONE_READY,
    MILESTONE_TALK,
    OUTCOME_AGREEMENT,
    OUTCOME_PENDING,
    ROLE_CLIENT,
    ROLE_GUARDIAN,
    ROLE_OTHER_PARTY,
    STAGE_CLOSED,
    STAGE_FOLLOW_UP,
    STAGE_MEETING_HELD,
    STAGE_PREPARING,
    STAGE_READY,
    STAGE_REFERRED,
    STAGES,
    TERM_BROKEN,
    TERM_FULFILLED,
    TERM_OPEN,
    TERM_STATUSES,
    Consent,
    MediationRecord,
    Party,
    PreparatoryTalk,
    StatusChange,
    SuitabilityAnswer,
    Term,
)
from dime_desktop.reference import ReferenceData, default_reference

COOLING_OFF_DAYS = 14
THREE_YEARS = 3
CRIMINAL_TRACKS = ("criminal", "both")
# counterpart types that are a person, not an organisation
_PERSON_COUNTERPARTS = (None, "", "private_person", "online")

# The outcome a closing reason implies, when the case has none recorded yet.
OUTCOME_FOR_REASON = {
    "agreement_fulfilled": OUTCOME_AGREEMENT,
    "agreement_not_fulfilled": OUTCOME_AGREEMENT,
    "resolved_before_meeting": "resolved_before_meeting",
    "no_agreement": "no_agreement",
    "withdrawn": "withdrawn",
    "not_suitable": "not_suitable",
}

# Forward moves (closing and reopening are handled on their own).
_NEXT: dict[str, tuple[str, ...]] = {
    STAGE_REFERRED: (STAGE_PREPARING, STAGE_READY),
    STAGE_PREPARING: (STAGE_READY,),
    STAGE_READY: (STAGE_PREPARING, STAGE_MEETING_HELD),
    STAGE_MEETING_HELD: (STAGE_FOLLOW_UP,),
    STAGE_FOLLOW_UP: (),
    STAGE_CLOSED: (),
}


# --- the suitability gate ------------------------------------------------------------


def circumstances_key(record: MediationRecord) -> str:
    """A short fingerprint of what a ``review_on_change`` answer depends on: who
    takes part (roles, under 18, organisation, whom they accompany) and whether
    each party's consent stands. An answer given under another key must be
    given again."""
    people = sorted(
        (p.key, p.role, p.under_18, p.organisation, p.accompanies or "", p.consent.active)
        for p in record.parties
    )
    digest = hashlib.sha256(json.dumps(people).encode("utf-8")).hexdigest()
    return digest[:16]


def answer_item(
    record: MediationRecord,
    item: str,
    answer: str | None,
    reason: str = "",
    *,
    on: date,
) -> SuitabilityAnswer:
    """Record the answer to one checklist item (as things stand now)."""
    if answer is not None and answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}")
    given = SuitabilityAnswer(
        item=item,
        answer=answer,
        reason=reason.strip(),
        answered_on=on if answer is not None else None,
        circumstances=circumstances_key(record) if answer is not None else "",
    )
    record.suitability[item] = given
    return given


def needs_review(record: MediationRecord, item: str, checklist: Checklist | None = None) -> bool:
    """Whether an answered ``review_on_change`` item must be answered again."""
    cl = checklist or default_checklist()
    spec = cl.item(item)
    a = record.suitability.get(item)
    if spec is None or a is None or a.answer is None or not spec.review_on_change:
        return False
    return a.circumstances != circumstances_key(record)


def readiness_problems(
    record: MediationRecord, checklist: Checklist | None = None
) -> list[FieldProblem]:
    """Everything that keeps the case from being ready for a meeting (empty: ready)."""
    cl = checklist or default_checklist()
    problems: list[FieldProblem] = []
    for item in cl.items:
        a = record.suitability.get(item.code)
        field_name = f"suitability.{item.code}"
        if a is None or a.answer is None:
            problems.append(FieldProblem(field_name, "unanswered"))
        elif a.answer == ANSWER_NO and not a.reason.strip():
            problems.append(FieldProblem(field_name, "no_without_reason"))
        elif needs_review(record, item.code, cl):
            problems.append(FieldProblem(field_name, "review_again"))
    principal = record.principal_parties()
    if not any(p.role == ROLE_CLIENT for p in principal):
        problems.append(FieldProblem("parties", "client_missing"))
    if not any(p.role == ROLE_OTHER_PARTY for p in principal):
        problems.append(FieldProblem("parties", "other_party_missing"))
    for p in principal:
        label = p.display_name() or p.role
        if not p.consent.given:
            problems.append(FieldProblem(f"consent.{p.key}", "consent_missing", label))
        elif p.consent.withdrawn:
            problems.append(FieldProblem(f"consent.{p.key}", "consent_withdrawn", label))
        if p.under_18 and not any(a.role == ROLE_GUARDIAN for a in record.accompanying(p.key)):
            problems.append(FieldProblem(f"parties.{p.key}", "guardian_missing", label))
    return problems


# --- validation ------------------------------------------------------------------------


def _check_consent(
    problems: list[FieldProblem], field: str, c: Consent, ref: ReferenceData
) -> None:
    if c.method and c.method not in ref.consent_methods:
        problems.append(FieldProblem(field, "unknown_value", c.method))
    if c.withdrawn_on is not None:
        if c.given_on is None:
            problems.append(FieldProblem(field, "withdrawn_without_consent"))
        elif c.withdrawn_on < c.given_on:
            problems.append(FieldProblem(field, "withdrawn_before_given"))


def validate_record(
    record: MediationRecord,
    ref: ReferenceData | None = None,
    checklist: Checklist | None = None,
) -> list[FieldProblem]:
    """Every problem with the record, by field. Empty: it can be stored."""
    r = ref or default_reference()
    cl = checklist or default_checklist()
    problems: list[FieldProblem] = []

    def known(field_name: str, kind: str, code: str | None, required: bool = False) -> None:
        if not code:
            if required:
                problems.append(FieldProblem(field_name, "required"))
        elif code not in r.kind(kind):
            problems.append(FieldProblem(field_name, "unknown_value", code))

    known("area", "mediation_areas", record.area, required=True)
    if record.stage not in STAGES:
        problems.append(FieldProblem("stage", "unknown_value", record.stage))
    consent = record.referral_consent
    if consent.given_on is None:
        problems.append(FieldProblem("referral_consent", "required"))
    if not consent.method:
        problems.append(FieldProblem("referral_consent_method", "required"))
    _check_consent(problems, "referral_consent", consent, r)

    keys = {p.key for p in record.parties}
    principal_keys = {p.key for p in record.principal_parties()}
    if len(keys) != len(record.parties):
        problems.append(FieldProblem("parties", "duplicate"))
    if sum(1 for p in record.parties if p.role == ROLE_CLIENT) > 1:
        problems.append(FieldProblem("parties", "two_clients"))
    for p in record.parties:
        known("parties", "party_roles", p.role, required=True)
        if p.role in ACCOMPANYING_ROLES and p.accompanies not in principal_keys:
            problems.append(FieldProblem("parties", "accompanies_unknown", p.name or p.role))
        _check_consent(problems, "parties", p.consent, r)

    for code, a in record.suitability.items():
        if cl.item(code) is None:
            problems.append(FieldProblem("suitability", "unknown_value", code))
        if a.answer is not None and a.answer not in ANSWERS:
            problems.append(FieldProblem("suitability", "unknown_value", a.answer))

    for i, t in enumerate(record.talks, start=1):
        if t.party is not None and t.party not in keys:
            problems.append(FieldProblem("talks", "party_unknown", f"talk {i}"))
    for m in record.meetings:
        known("meetings", "meeting_places", m.place)

    known("outcome", "mediation_outcomes", record.outcome)
    for i, term in enumerate(record.terms, start=1):
        where = f"term {i}"
        known("terms", "term_kinds", term.kind, required=True)
        if not term.what.strip():
            problems.append(FieldProblem("terms", "what_missing", where))
        if term.party is not None and term.party not in principal_keys:
            problems.append(FieldProblem("terms", "party_unknown", where))
        if term.status not in TERM_STATUSES:
            problems.append(FieldProblem("terms", "unknown_value", term.status))
        elif term.status != TERM_OPEN and term.status_on is None:
            problems.append(FieldProblem("terms", "status_date_missing", where))

    known("closing_reason", "closing_reasons", record.closing_reason)
    if record.stage == STAGE_CLOSED:
        if record.closed_on is None:
            problems.append(FieldProblem("closed_on", "required"))
        if not record.closing_reason:
            problems.append(FieldProblem("closing_reason", "required"))
    if record.closed_on is not None and record.closed_on < record.referred_on:
        problems.append(FieldProblem("closed_on", "closed_before_referred"))
    for h in record.history:
        if h.to_stage not in STAGES:
            problems.append(FieldProblem("history", "unknown_value", h.to_stage))
    return problems


# --- stages ----------------------------------------------------------------------------


def transition_problems(
    record: MediationRecord, to_stage: str, checklist: Checklist | None = None
) -> list[FieldProblem]:
    """Why the case cannot move to ``to_stage`` now (empty: it can)."""
    cl = checklist or default_checklist()
    if to_stage not in STAGES:
        return [FieldProblem("stage", "unknown_value", to_stage)]
    if to_stage == record.stage:
        return []
    if record.stage == STAGE_CLOSED:
        return [FieldProblem("stage", "closed")]
    if to_stage == STAGE_CLOSED:
        return closing_problems(record)
    if to_stage not in _NEXT[record.stage]:
        return [FieldProblem("stage", "not_allowed", f"{record.stage} → {to_stage}")]
    if to_stage == STAGE_READY:
        return readiness_problems(record, cl)
    if to_stage == STAGE_MEETING_HELD:
        problems = readiness_problems(record, cl)
        if not any(m.held for m in record.meetings):
            problems.append(FieldProblem("meetings", "no_meeting_held"))
        return problems
    if to_stage == STAGE_FOLLOW_UP:
        return agreement_problems(record)
    return []


def agreement_problems(record: MediationRecord) -> list[FieldProblem]:
    """What an agreement needs before it is followed up (and written)."""
    problems: list[FieldProblem] = []
    if record.outcome != OUTCOME_AGREEMENT:
        problems.append(FieldProblem("outcome", "not_agreement"))
    if record.agreement_on is None:
        problems.append(FieldProblem("agreement_on", "required"))
    if not record.terms:
        problems.append(FieldProblem("terms", "required"))
    for i, t in enumerate(record.terms, start=1):
        if t.party is None:
            problems.append(FieldProblem("terms", "who_missing", f"term {i}"))
        if not t.what.strip():
            problems.append(FieldProblem("terms", "what_missing", f"term {i}"))
    return problems


def closing_problems(record: MediationRecord) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not record.closing_reason:
        problems.append(FieldProblem("closing_reason", "required"))
    outcome = record.outcome or OUTCOME_FOR_REASON.get(record.closing_reason or "")
    if not outcome or outcome == OUTCOME_PENDING:
        problems.append(FieldProblem("outcome", "required"))
    if record.closing_reason == "agreement_fulfilled" and not agreement_fulfilled(record):
        problems.append(FieldProblem("terms", "not_all_fulfilled"))
    return problems


def change_stage(
    record: MediationRecord,
    to_stage: str,
    *,
    on: date,
    by: str,
    note: str = "",
    checklist: Checklist | None = None,
) -> None:
    """Move the case to ``to_stage`` and note the change (StageRefused if the
    rules do not allow it yet). Closing sets ``closed_on`` and, when none is
    recorded, the outcome the closing reason implies."""
    if to_stage == record.stage:
        return
    problems = transition_problems(record, to_stage, checklist)
    if problems:
        raise StageRefused(record.reference or str(record.case_id), to_stage, problems)
    if to_stage == STAGE_CLOSED:
        record.closed_on = on
        if not record.outcome or record.outcome == OUTCOME_PENDING:
            record.outcome = OUTCOME_FOR_REASON[record.closing_reason or ""]
            record.outcome_on = record.outcome_on or on
    record.history.append(StatusChange(on, to_stage, record.stage, by.strip(), note.strip()))
    record.stage = to_stage


def close_case(record: MediationRecord, reason: str, *, on: date, by: str, note: str = "") -> None:
    """Close with a coded reason (StageRefused if something is missing)."""
    before = (record.closing_reason, record.closing_note)
    record.closing_reason = reason
    record.closing_note = note.strip()
    try:
        change_stage(record, STAGE_CLOSED, on=on, by=by, note=note)
    except StageRefused:
        record.closing_reason, record.closing_note = before
        raise


def reopen(record: MediationRecord, *, on: date, by: str, note: str = "") -> None:
    """Open a closed case again, in the stage it was closed from."""
    if record.stage != STAGE_CLOSED:
        return
    previous = next(
        (h.from_stage for h in reversed(record.history) if h.to_stage == STAGE_CLOSED), None
    )
    back = previous if previous in STAGES and previous != STAGE_CLOSED else STAGE_PREPARING
    record.history.append(StatusChange(on, back, STAGE_CLOSED, by.strip(), note.strip()))
    record.stage = back
    record.closed_on = None
    record.closing_reason = None
    record.closing_note = ""


def add_talk(record: MediationRecord, talk: PreparatoryTalk, *, on: date, by: str) -> None:
    """A preparatory talk; the first one moves a referred case to preparing."""
    record.talks.append(talk)
    record.talks.sort(key=lambda t: t.talk_date)
    if record.stage == STAGE_REFERRED:
        change_stage(record, STAGE_PREPARING, on=on, by=by)


def next_stages(record: MediationRecord) -> tuple[str, ...]:
    """The stages the case could move to next (closing not included)."""
    return _NEXT.get(record.stage, ())


# --- the agreement and its follow-up -------------------------------------------------


def move_term_due(term: Term, new_due: date) -> None:
    """Move the date of a term; its follow-up moves with it (a follow-up put
    off on its own keeps its distance from the date)."""
    offset = (term.follow_up - term.due).days
    term.due = new_due
    term.follow_up_on = None if offset <= 0 else new_due + timedelta(days=offset)


def record_term_status(term: Term, status: str, *, on: date | None, note: str = "") -> None:
    """A term was kept (fulfilled), found broken, or is open again."""
    if status not in TERM_STATUSES:
        raise ValueError(f"unknown term status {status!r}")
    term.status = status
    term.status_on = None if status == TERM_OPEN else on
    if note:
        term.note = note.strip()


@dataclass(frozen=True)
class Fulfilment:
    fulfilled: int = 0  # kept by the date
    late: int = 0  # kept, after the date
    broken: int = 0
    open: int = 0
    overdue: int = 0  # open and past the date

    @property
    def terms(self) -> int:
        return self.fulfilled + self.late + self.broken + self.open


def term_state(term: Term, today: date) -> str:
    """fulfilled, late, broken, open or overdue."""
    if term.status == TERM_FULFILLED:
        done = term.status_on or term.due
        return "late" if done > term.due else "fulfilled"
    if term.status == TERM_BROKEN:
        return "broken"
    return "overdue" if term.due < today else "open"


def fulfilment(record: MediationRecord, today: date) -> Fulfilment:
    counts = {"fulfilled": 0, "late": 0, "broken": 0, "open": 0, "overdue": 0}
    for t in record.terms:
        counts[term_state(t, today)] += 1
    return Fulfilment(
        fulfilled=counts["fulfilled"],
        late=counts["late"],
        broken=counts["broken"],
        open=counts["open"] + counts["overdue"],
        overdue=counts["overdue"],
    )


def agreement_fulfilled(record: MediationRecord) -> bool:
    """An agreement whose every term was kept (on time or late)."""
    return (
        record.outcome == OUTCOME_AGREEMENT
        and bool(record.terms)
        and all(t.status == TERM_FULFILLED for t in record.terms)
    )


def open_follow_ups(record: MediationRecord) -> list[Term]:
    """The terms still to follow up, soonest first."""
    return sorted(
        (t for t in record.terms if t.status == TERM_OPEN), key=lambda t: (t.follow_up, t.key)
    )


def cooling_off_until(record: MediationRecord) -> date | None:
    """The last day a party may withdraw from the agreement (criminal cases)."""
    if not record.criminal or record.agreement_on is None:
        return None
    return record.agreement_on + timedelta(days=COOLING_OFF_DAYS)


# --- statistics --------------------------------------------------------------------------


def milestones(record: MediationRecord) -> set[str]:
    """How far the case got (a case counts under each milestone it reached)."""
    out: set[str] = set()
    if record.talks:
        out.add(MILESTONE_TALK)
    held = any(m.held for m in record.meetings)
    if held or any(h.to_stage == STAGE_READY for h in record.history):
        out.add(MILESTONE_READY)
    if held:
        out.add(MILESTONE_MEETING)
    if record.outcome == OUTCOME_AGREEMENT:
        out.add(MILESTONE_AGREEMENT)
        if agreement_fulfilled(record):
            out.add(MILESTONE_FULFILLED)
    return out


def counted_outcome(record: MediationRecord) -> str | None:
    """The outcome the statistics count: recorded, else pending while open."""
    if record.outcome:
        return record.outcome
    return None if record.is_closed else OUTCOME_PENDING


# --- facts from the advice case ------------------------------------------------------------


@dataclass(frozen=True)
class ThreeYearLimit:
    first_event: date | None  # the first dated event of the advice case's timeline
    limit: date | None  # first_event + 3 years

    def passed(self, today: date) -> bool:
        return self.limit is not None and self.limit < today


def three_year_limit(case: Case) -> ThreeYearLimit:
    dates = [e.event_date for e in case.timeline]
    if not dates:
        return ThreeYearLimit(None, None)
    first = min(dates)
    return ThreeYearLimit(first, add_years(first, THREE_YEARS))


def three_year_notice(
    case: Case, today: date, lang: str, checklist: Checklist | None = None
) -> str:
    """The three-year limit in words, from the checklist's notices."""
    cl = checklist or default_checklist()
    limit = three_year_limit(case)
    if limit.first_event is None or limit.limit is None:
        return cl.notices["three_year_unknown"].get(lang)
    first = format_date(limit.first_event, lang)
    if limit.passed(today):
        return cl.notices["three_year_passed"].get(lang).format(first=first)
    return (
        cl.notices["three_year"].get(lang).format(first=first, limit=format_date(limit.limit, lang))
    )


def hate_crime_warning(case: Case, checklist: Checklist | None = None) -> bool:
    """Whether the advice case may concern a hate crime (the checklist's conditions)."""
    cl = checklist or default_checklist()
    incidents = set(case.incident_types)
    for cond in cl.hate_crime_when:
        if cond.areas and case.area not in cond.areas:
            continue
        if cond.incident_types and not incidents & set(cond.incident_types):
            continue
        if cond.tracks and case.track not in cond.tracks:
            continue
        return True
    return False


def hate_crime_notice(case: Case, lang: str, checklist: Checklist | None = None) -> str:
    """The warning text, or "" when the case gives no reason for it."""
    cl = checklist or default_checklist()
    return cl.notices["hate_crime"].get(lang) if hate_crime_warning(case, cl) else ""


def format_date(value: date, lang: str) -> str:
    return value.strftime("%Y-%m-%d" if lang == "en" else "%d.%m.%Y")


# --- a new referral -------------------------------------------------------------------------


def new_record_for_case(
    case: Case, today: date, *, mediator: str = "", by: str = ""
) -> MediationRecord:
    """A referral of the advice case, prefilled from it: the area where the advice
    area maps to a mediation area, the client and the other party, whether it
    is a criminal case, and an outcome already in the register's columns. The
    client's consent to the referral is left for the user to record. The
    referral is noted as made ``by`` (the person at the keyboard), else by the
    ``mediator``."""
    if case.id is None:
        raise ValueError("the advice case must be saved first")
    ref = default_reference()
    recorded = case.mediation.area
    if recorded and recorded in ref.mediation_areas:
        area: str | None = recorded
    else:
        area = mediation_area_for(recorded) or mediation_area_for(case.area)
    client = Party(role=ROLE_CLIENT)
    if case.client is not None:
        client.name = case.client.name.strip()
        client.contact = case.client.contact.strip()
    other = Party(
        role=ROLE_OTHER_PARTY,
        name=case.counterpart_name.strip(),
        organisation=case.counterpart_type not in _PERSON_COUNTERPARTS,
    )
    outcome = case.mediation.outcome if case.mediation.outcome != OUTCOME_PENDING else None
    record = MediationRecord(
        case_id=case.id,
        reference=case.reference or "",
        referred_on=today,
        area=area,
        mediator=mediator.strip(),
        criminal=case.track in CRIMINAL_TRACKS,
        parties=[client, other],
        outcome=outcome or None,
    )
    record.history.append(StatusChange(today, STAGE_REFERRED, None, by.strip() or mediator.strip()))
    return record


def stage_order(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else len(STAGES)


def latest(dates: Iterable[date | None]) -> date | None:
    known = [d for d in dates if d is not None]
    return max(known) if known else None
