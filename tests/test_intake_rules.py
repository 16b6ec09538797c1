"""The shipped intake rules: each suggestion with its reason, the three-year
warning at its boundary, no mediation of hate crime or threats, referrals
per problem; and the generic condition evaluator."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dime_desktop.intake import default_intake, evidence_items, suggest
from dime_desktop.intake.conditions import add_years, evaluate
from dime_desktop.intake.model import NextStepSuggestion

TODAY = date(2024, 5, 15)


def run(answers: dict[str, Any], today: date = TODAY) -> dict[str, NextStepSuggestion]:
    return {s.id: s for s in suggest(default_intake(), answers, today)}


def test_no_answers_no_suggestions() -> None:
    assert run({}) == {}


@pytest.mark.parametrize(
    ("answers", "reason_en"),
    [
        ({"safety.threats": True}, "threatened"),
        ({"kind.violence": True}, "violence"),
        (
            {"kind.incident_types": ["hate_speech"], "kind.public": True},
            "Hate speech made in public",
        ),
        ({"kind.incident_types": ["hate_crime"]}, "hate crime"),
        ({"wants.wishes": ["police_report"]}, "wants to report"),
    ],
)
def test_police_report_with_its_reason_and_deadline(
    answers: dict[str, Any], reason_en: str
) -> None:
    s = run(answers)["police_report"]
    assert s.kind == "police_report"
    assert reason_en in s.reason.en
    assert s.reason.nb
    assert s.deadline == date(2024, 5, 29)  # 14 days from today
    assert "politiet" in s.services


def test_hate_speech_in_private_is_not_a_police_matter_by_itself() -> None:
    assert "police_report" not in run(
        {"kind.incident_types": ["hate_speech"], "kind.public": False}
    )


def test_reasons_are_only_those_that_hold() -> None:
    s = run({"safety.threats": True, "kind.violence": True})["police_report"]
    assert "threatened" in s.reason.en and "violence" in s.reason.en
    assert "wants to report" not in s.reason.en


def test_tribunal_complaint_for_civil_discrimination() -> None:
    answers = {
        "kind.track": "civil",
        "wants.wishes": ["complaint"],
        "what.timeline": [{"date": "2023-01-10", "text": "Refused at the door"}],
    }
    s = run(answers)["tribunal_complaint"]
    assert s.kind == "complaint"
    assert "Equality and Anti-Discrimination Act" in s.reason.en
    assert "wants to complain" in s.reason.en
    assert not s.warning and s.warnings == ()
    assert s.deadline == date(2026, 1, 10)  # earliest event + 3 years
    assert "Diskrimineringsnemnda" in s.plain.nb and "gratis" in s.plain.nb


def test_no_tribunal_complaint_when_the_person_only_wants_advice() -> None:
    assert "tribunal_complaint" not in run({"kind.track": "civil", "wants.wishes": ["advice_only"]})
    assert "tribunal_complaint" not in run({"kind.track": "criminal"})


@pytest.mark.parametrize(
    ("earliest", "warned"),
    [
        ("2021-05-16", False),  # 3 years less a day
        ("2021-05-15", False),  # exactly 3 years: not MORE than three years
        ("2021-05-14", True),  # 3 years and a day
        ("2015-01-01", True),
    ],
)
def test_three_year_warning_at_the_boundary(earliest: str, warned: bool) -> None:
    answers = {
        "kind.incident_types": ["direct_discrimination"],
        "what.timeline": [
            {"date": "2024-01-01", "text": "later"},
            {"date": earliest, "text": "first"},
        ],
    }
    s = run(answers)["tribunal_complaint"]
    assert s.warning is warned
    assert bool(s.warnings) is warned
    if warned:
        assert "three years" in s.warnings[0].en
        assert "tre år" in s.warnings[0].nb
        assert "§" not in s.warnings[0].nb  # a warning, no section cited
        assert s.deadline is None
    else:
        assert s.deadline is not None and s.deadline >= TODAY


def test_leap_day_plus_three_years() -> None:
    assert add_years(date(2020, 2, 29), 3) == date(2023, 2, 28)


MEDIATION = {"wants.wishes": ["mediation"], "evidence.facts_clarified": True}


def test_mediation_when_wanted_and_facts_clarified() -> None:
    got = run({**MEDIATION, "kind.incident_types": ["harassment"]})
    assert got["mediation"].kind == "mediation"
    assert "facts are clarified" in got["mediation"].reason.en
    assert "mediation_not_suitable" not in got


def test_mediation_waits_for_the_facts() -> None:
    got = run({"wants.wishes": ["mediation"]})
    assert "mediation" not in got
    assert "mediate racism away" in got["mediation_facts_first"].reason.en


def test_mediation_not_without_the_persons_wish() -> None:
    assert "mediation" not in run({"evidence.facts_clarified": True, "kind.track": "civil"})


@pytest.mark.parametrize(
    "extra",
    [
        {"kind.incident_types": ["hate_crime"]},
        {"safety.threats": True},
        {"kind.violence": True},
    ],
)
def test_mediation_refused_for_hate_crime_and_threats(extra: dict[str, Any]) -> None:
    got = run({**MEDIATION, **extra})
    assert "mediation" not in got
    refusal = got["mediation_not_suitable"]
    assert refusal.warning
    assert "mediate racism away" in refusal.reason.en
    assert "megle vekk" in refusal.reason.nb
    assert "police_report" in got


@pytest.mark.parametrize(
    ("problem", "service"),
    [
        ("housing", "jussbuss"),
        ("money", "nav"),
        ("health", "legevakt"),
        ("residence_permit", "jussbuss"),
        ("nav", "nav"),
        ("work", "jurk"),
        ("family", "jurk"),
        ("safety", "politiet"),
    ],
)
def test_referral_for_each_other_problem(problem: str, service: str) -> None:
    got = run({"problems.list": [problem]})
    assert list(got) == [f"refer_{problem}"]
    s = got[f"refer_{problem}"]
    assert s.kind == "referral" and service in s.services
    assert s.reason.nb and s.reason.en
    # the option in the step lists the same kind of help
    option = default_intake().question("problems.list").option(problem)
    assert option is not None and service in option.services


def test_every_problem_option_has_a_referral_rule() -> None:
    data = default_intake()
    rule_ids = {r.id for r in data.rules}
    for option in data.question("problems.list").options:
        assert f"refer_{option.code}" in rule_ids


def test_referral_by_ground() -> None:
    got = run({"why.grounds": [{"code": "sexual_orientation"}, {"code": "disability"}]})
    assert "skeiv_verden" in got["refer_lgbt"].services
    assert "nhf" in got["refer_disability"].services


def test_not_safe_now_is_a_warning_for_today() -> None:
    s = run({"safety.safe_now": False})["safety_first"]
    assert s.warning and s.deadline == TODAY
    assert "safety_first" not in run({"safety.safe_now": True})


def test_online_evidence_items_and_suggestion() -> None:
    data = default_intake()
    online = [i.code for i in evidence_items(data, {"kind.online": True}, TODAY)]
    offline = [i.code for i in evidence_items(data, {"kind.online": False}, TODAY)]
    for code in ("username", "url", "platform", "screenshots", "posting_time", "full_context"):
        assert code in online and code not in offline
    assert "witnesses" in offline and "receipts" in offline and "messages" in offline
    assert "medical_notes" in [i.code for i in evidence_items(data, {"kind.violence": True}, TODAY)]
    assert "guest_lists" in [
        i.code for i in evidence_items(data, {"where.area": "nightlife"}, TODAY)
    ]
    urgent_first = evidence_items(data, {"kind.online": True}, TODAY)
    flags = [i.urgent for i in urgent_first]
    assert flags == sorted(flags, reverse=True)
    assert "secure_online_evidence" in run({"where.area": "online"})


@pytest.mark.parametrize(
    ("cond", "answers", "expected"),
    [
        ({"answer": "q.multi", "count_at_least": 2}, {"q.multi": ["a", "b"]}, True),
        ({"answer": "q.multi", "count_at_least": 3}, {"q.multi": ["a", "b"]}, False),
        ({"answer": "q.multi", "is_only": ["a"]}, {"q.multi": ["a"]}, True),
        ({"answer": "q.multi", "is_only": ["a"]}, {"q.multi": ["a", "b"]}, False),
        ({"answer": "q.multi", "is_only": ["a"]}, {"q.multi": []}, False),
        ({"answer": "q.bool", "answered": False}, {}, True),
        ({"answer": "q.bool", "answered": True}, {"q.bool": False}, True),
        ({"not": {"answer": "q.bool", "is": True}}, {}, True),
        ({"answer": "q.bool", "is": False}, {}, False),
        ({"answer": "q.choice", "in": ["x", "y"]}, {"q.choice": "y"}, True),
        ({"all": [{"ref": "named"}, {"answer": "q.bool", "is": True}]}, {"q.bool": True}, True),
        ({"answer": "q.date", "older_than_years": 1}, {"q.date": "2023-05-14"}, True),
        ({"answer": "q.date", "older_than_years": 1}, {"q.date": "2023-05-15"}, False),
    ],
)
def test_evaluator(cond: dict[str, Any], answers: dict[str, Any], expected: bool) -> None:
    names = {"named": {"answer": "q.bool", "answered": True}}
    assert evaluate(cond, answers, names, TODAY) is expected
