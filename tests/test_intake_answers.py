"""Answers fill in the case's own fields; decisions on suggestions."""

from __future__ import annotations

from datetime import date

from dime_desktop.cases.model import Case, CaseGround, Client, TimelineEvent, validate_case
from dime_desktop.intake import (
    agreed_steps,
    answers_from_case,
    apply_answers,
    default_intake,
    normalize_state,
    set_decision,
)
from dime_desktop.reference import default_reference

ANSWERS = {
    "what.timeline": [
        {"date": "2024-03-02", "text": "Second refusal"},
        {"date": "2024-02-01", "text": "Refused at the door"},
    ],
    "where.area": "nightlife",
    "who.counterpart_type": "business",
    "who.counterpart_name": "  Club Example  ",
    "why.grounds": [
        {"code": "ethnicity", "perceived": True, "assessed": True, "by_association": False},
        {"code": "religion", "perceived": True, "assessed": False, "by_association": True},
    ],
    "kind.incident_types": ["direct_discrimination", "harassment"],
    "kind.track": "both",
    "wants.consent_to_store": True,
}


def test_answers_land_in_case_fields() -> None:
    case = Case(opened=date(2024, 3, 5), area="other", client=Client(name="A"))
    apply_answers(case, default_intake(), ANSWERS)
    assert case.area == "nightlife"
    assert case.counterpart_type == "business"
    assert case.counterpart_name == "Club Example"
    assert case.track == "both"
    assert case.incident_types == ["direct_discrimination", "harassment"]
    assert case.grounds == [
        CaseGround("ethnicity", True, True, False),
        CaseGround("religion", True, False, True),
    ]
    assert [(e.event_date, e.description) for e in case.timeline] == [
        (date(2024, 2, 1), "Refused at the door"),
        (date(2024, 3, 2), "Second refusal"),
    ]
    assert case.client is not None and case.client.consent_to_store
    assert validate_case(case, default_reference()) == []


def test_unanswered_questions_leave_the_case_alone() -> None:
    case = Case(opened=date(2024, 3, 5), area="work", counterpart_name="Employer AS", track="civil")
    apply_answers(
        case, default_intake(), {"who.counterpart_name": "", "wants.consent_to_store": True}
    )
    assert (case.area, case.counterpart_name, case.track) == ("work", "Employer AS", "civil")
    assert case.client is None  # consent needs a client; an anonymous contact gets none


def test_timeline_keeps_ids_of_unchanged_events() -> None:
    case = Case(
        opened=date(2024, 3, 5),
        area="work",
        timeline=[TimelineEvent(date(2024, 2, 1), "Refused at the door", id=7)],
    )
    apply_answers(case, default_intake(), ANSWERS)
    assert case.timeline[0].id == 7 and case.timeline[1].id is None


def test_answers_from_case_round_trip() -> None:
    case = Case(opened=date(2024, 3, 5), area="other", client=Client(name="A"))
    apply_answers(case, default_intake(), ANSWERS)
    again = Case(opened=date(2024, 3, 5), area="other", client=Client(name="A"))
    apply_answers(again, default_intake(), answers_from_case(case, default_intake()))
    assert again == case


def test_normalize_drops_unknown_questions_and_steps() -> None:
    state = normalize_state(
        {
            "step": "gone",
            "answers": {"where.area": "work", "old.question": 1},
            "decisions": {"x": {"status": "maybe"}, "police_report": {"status": "dropped"}},
        },
        default_intake(),
    )
    assert state["step"] == "what"
    assert state["answers"] == {"where.area": "work"}
    assert state["decisions"] == {"police_report": {"status": "dropped"}}


def test_only_accepted_and_edited_suggestions_are_agreed() -> None:
    intake = default_intake()
    state = normalize_state(
        {
            "answers": {
                "safety.threats": True,
                "problems.list": ["housing", "money"],
                "wants.wishes": ["to_be_heard"],
            }
        },
        intake,
    )
    set_decision(
        state,
        "police_report",
        "edited",
        text="Report on Monday with Ali",
        deadline=date(2024, 6, 3),
    )
    set_decision(state, "refer_housing", "accepted")
    set_decision(state, "refer_money", "dropped")
    agreed = agreed_steps(intake, state, date(2024, 5, 15))
    assert [a.suggestion.id for a in agreed] == ["police_report", "refer_housing"]
    assert agreed[0].client_text("en") == "Report on Monday with Ali"
    assert agreed[0].deadline == date(2024, 6, 3)
    assert agreed[1].client_text("nb").startswith("Få hjelp med boligen")
    assert agreed[1].deadline is None
    # a decision on a suggestion that no longer applies is not shown
    state["answers"]["safety.threats"] = False
    assert [a.suggestion.id for a in agreed_steps(intake, state, date(2024, 5, 15))] == [
        "refer_housing"
    ]
