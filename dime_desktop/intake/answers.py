"""The stored state of one case's conversation and what it does to the case.

The state is the JSON dict kept by ``vault.intake.save(case_id, state)``::

    {"version": 1,
     "step": "evidence",                       # the step the adviser was on
     "answers": {"where.area": "work", ...},   # question id -> answer value
     "decisions": {"police_report": {"status": "edited", "text": "...",
                                     "deadline": "2024-05-01"}}}

Answers of questions with a ``field`` are written into the case by
:func:`apply_answers`; which field is data (steps.json), not code.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dime_desktop.cases.model import Case, CaseGround, FollowUp, TimelineEvent
from dime_desktop.intake.conditions import is_answered
from dime_desktop.intake.engine import suggest
from dime_desktop.intake.model import DECISION_STATUSES, IntakeData, NextStepSuggestion

STATE_VERSION = 1


def new_state(first_step: str = "") -> dict[str, Any]:
    return {"version": STATE_VERSION, "step": first_step, "answers": {}, "decisions": {}}


def normalize_state(data: Mapping[str, Any] | None, intake: IntakeData) -> dict[str, Any]:
    """A clean copy of a stored state: unknown questions and steps are dropped
    (the data may have changed since it was saved), missing parts added."""
    state = new_state(intake.steps[0].id)
    if not data:
        return state
    step = data.get("step")
    if isinstance(step, str) and step in intake.step_ids():
        state["step"] = step
    answers = data.get("answers")
    if isinstance(answers, dict):
        state["answers"] = {
            k: copy.deepcopy(v) for k, v in answers.items() if k in intake.questions
        }
    decisions = data.get("decisions")
    if isinstance(decisions, dict):
        for rid, d in decisions.items():
            if isinstance(d, dict) and d.get("status") in DECISION_STATUSES:
                state["decisions"][rid] = dict(d)
    return state


# --- case fields ---------------------------------------------------------------


def _timeline(value: Any, old: list[TimelineEvent]) -> list[TimelineEvent]:
    ids = {(e.event_date, e.description): e.id for e in old}
    events: list[TimelineEvent] = []
    for entry in value if isinstance(value, list) else []:
        if not isinstance(entry, dict):
            continue
        try:
            d = date.fromisoformat(str(entry.get("date", "")))
        except ValueError:
            continue
        text = str(entry.get("text", "")).strip()
        events.append(TimelineEvent(d, text, ids.get((d, text))))
    return sorted(events, key=lambda e: e.event_date)


def _grounds(value: Any) -> list[CaseGround]:
    out: list[CaseGround] = []
    seen: set[str] = set()
    for g in value if isinstance(value, list) else []:
        if not isinstance(g, dict) or not isinstance(g.get("code"), str) or g["code"] in seen:
            continue
        seen.add(g["code"])
        out.append(
            CaseGround(
                g["code"],
                perceived=bool(g.get("perceived", True)),
                assessed=bool(g.get("assessed", False)),
                by_association=bool(g.get("by_association", False)),
            )
        )
    return out


def _merged_grounds(old: list[CaseGround], value: Any) -> list[CaseGround]:
    """The grounds answered, in the case's own order (new ones at the end),
    with the flags as answered."""
    new = {g.code: g for g in _grounds(value)}
    kept = [new.pop(g.code) for g in old if g.code in new]
    return kept + list(new.values())


def _merged_codes(old: list[str], value: Iterable[Any]) -> list[str]:
    wanted = list(dict.fromkeys(str(v) for v in value))
    return [c for c in old if c in wanted] + [c for c in wanted if c not in old]


def _apply_one(case: Case, field: str, value: Any, *, typing: bool = False) -> None:
    """One answer into its case field; ``None`` (answer removed) empties the
    field. ``typing``: a name is taken as typed so far (spaces kept; the form
    strips them when it saves)."""
    if field == "area":
        case.area = "" if value is None else str(value)
    elif field == "counterpart_type":
        case.counterpart_type = None if value is None else str(value)
    elif field == "counterpart_name":
        text = "" if value is None else str(value)
        case.counterpart_name = text if typing else text.strip()
    elif field == "track":
        case.track = "unclear" if value is None else str(value)
    elif field == "incident_types":
        case.incident_types = _merged_codes(case.incident_types, value or [])
    elif field == "grounds":
        case.grounds = _merged_grounds(case.grounds, value)
    elif field == "timeline":
        case.timeline = _timeline(value, case.timeline)
    # an anonymous contact has no client who could consent
    elif field == "client.consent_to_store" and case.client is not None:
        from dime_desktop.privacy.consent import answer_store

        answer_store(case, bool(value), date.today())  # the consent record too (issue 12)


def apply_answers(
    case: Case,
    intake: IntakeData,
    answers: Mapping[str, Any],
    *,
    only: Iterable[str] | None = None,
) -> None:
    """Write answered questions that have a case field into ``case``, merging:
    lists keep the case's order and ids, nothing the answer still holds is
    dropped. Without ``only``, unanswered questions leave the case as it is;
    with ``only`` (question ids the person changed), exactly those are written,
    and an answer that was removed empties its field."""
    chosen = None if only is None else set(only)
    for q in intake.questions.values():
        if q.field is None:
            continue
        if chosen is None:
            if q.id not in answers or not is_answered(answers[q.id]):
                continue
            _apply_one(case, q.field, answers[q.id])
        elif q.id in chosen:
            value = answers.get(q.id)
            _apply_one(case, q.field, value if is_answered(value) else None, typing=True)


def answers_from_case(case: Case, intake: IntakeData) -> dict[str, Any]:
    """Answers taken from a case's own fields: the start of a conversation
    for a case that was registered before (or without) one."""
    values: dict[str, Any] = {
        "area": case.area or None,
        "counterpart_type": case.counterpart_type,
        "counterpart_name": case.counterpart_name or None,
        "track": case.track if case.track and case.track != "unclear" else None,
        "incident_types": list(case.incident_types) or None,
        "grounds": [g.as_dict() for g in case.grounds] or None,
        "timeline": [
            {"date": e.event_date.isoformat(), "text": e.description} for e in case.timeline
        ]
        or None,
        "client.consent_to_store": case.client.consent_to_store if case.client else None,
    }
    out: dict[str, Any] = {}
    for q in intake.questions.values():
        if q.field is not None and values.get(q.field) is not None:
            out[q.id] = values[q.field]
    return out


# --- decisions on suggestions -------------------------------------------------------


@dataclass(frozen=True)
class AgreedStep:
    """A suggestion the adviser accepted or edited, as it goes on the take-away."""

    suggestion: NextStepSuggestion
    status: str  # accepted / edited
    text: str | None  # the adviser's own wording when edited
    deadline: date | None

    def client_text(self, lang: str) -> str:
        return self.text if self.text else self.suggestion.plain.get(lang)

    def adviser_text(self, lang: str) -> str:
        return self.text if self.text else self.suggestion.text.get(lang)


def set_decision(
    state: dict[str, Any],
    rule_id: str,
    status: str,
    *,
    text: str | None = None,
    deadline: date | None = None,
) -> None:
    if status not in DECISION_STATUSES:
        raise ValueError(f"unknown decision {status!r}")
    state.setdefault("decisions", {})[rule_id] = {
        "status": status,
        "text": text if status == "edited" else None,
        "deadline": deadline.isoformat() if deadline else None,
    }


def clear_decision(state: dict[str, Any], rule_id: str) -> None:
    state.setdefault("decisions", {}).pop(rule_id, None)


def decision_of(state: Mapping[str, Any], rule_id: str) -> dict[str, Any] | None:
    d = state.get("decisions", {}).get(rule_id)
    return d if isinstance(d, dict) else None


def _date_or_none(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def agreed_steps(intake: IntakeData, state: Mapping[str, Any], today: date) -> list[AgreedStep]:
    """Suggestions that still apply and that the adviser accepted or edited."""
    out: list[AgreedStep] = []
    for s in suggest(intake, state.get("answers", {}), today):
        d = decision_of(state, s.id)
        if d is None or d.get("status") not in ("accepted", "edited"):
            continue
        deadline = _date_or_none(d.get("deadline")) or s.deadline
        text = d.get("text") if d.get("status") == "edited" else None
        out.append(
            AgreedStep(s, str(d["status"]), text if isinstance(text, str) else None, deadline)
        )
    return out


# --- agreed next steps as follow-ups ---------------------------------------------------

FOLLOW_UP_SOURCE = "intake:"
#: Due date of a follow-up from an agreed step whose rule gives no deadline.
DEFAULT_FOLLOW_UP_DAYS = 14


def follow_up_source(rule_id: str) -> str:
    return FOLLOW_UP_SOURCE + rule_id


def becomes_follow_up(step: AgreedStep) -> bool:
    """Agreed steps to act on become follow-ups; a plain piece of information
    (kind ``info``) only when its rule gives a deadline."""
    return step.suggestion.kind != "info" or step.deadline is not None


def follow_up_for_decision(
    case: Case,
    intake: IntakeData,
    state: Mapping[str, Any],
    rule_id: str,
    today: date,
    lang: str = "nb",
) -> None:
    """Bring the case's follow-up of next step ``rule_id`` in line with the
    adviser's decision on it: accepted or edited → one open follow-up (due on
    the step's deadline, else in :data:`DEFAULT_FOLLOW_UP_DAYS` days; its text
    the step's); dropped or undecided → the open follow-up goes (a done one
    stays, it is history). Called when the decision changes, never on other
    answers, so a date the adviser changed in the follow-up list stays."""
    source = follow_up_source(rule_id)
    step = next((a for a in agreed_steps(intake, state, today) if a.suggestion.id == rule_id), None)
    if step is None or not becomes_follow_up(step):
        case.follow_ups = [f for f in case.follow_ups if f.source != source or f.done]
        return
    due = step.deadline or today + timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
    note = step.adviser_text(lang)
    mine = [f for f in case.follow_ups if f.source == source]
    open_ones = [f for f in mine if not f.done]
    if open_ones:
        open_ones[0].due, open_ones[0].note = due, note
    elif not mine:
        case.follow_ups.append(FollowUp(due, note, False, None, source))


def deadlines_from_follow_ups(case: Case, state: dict[str, Any]) -> bool:
    """A follow-up of an agreed step whose due date the adviser changed gives
    that step its new deadline (the take-away sheet says the same date as the
    follow-up list). True when a deadline changed."""
    changed = False
    for f in case.follow_ups:
        if not f.source.startswith(FOLLOW_UP_SOURCE) or f.done:
            continue
        d = decision_of(state, f.source[len(FOLLOW_UP_SOURCE) :])
        agreed = d is not None and d.get("status") in ("accepted", "edited")
        if agreed and d is not None and d.get("deadline") != f.due.isoformat():
            d["deadline"] = f.due.isoformat()
            changed = True
    return changed
