"""The mediation desk's core: the suitability gate, stages, the follow-up of
terms, facts from the advice case, and the checklist file's checks."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case, Client, Mediation, TimelineEvent
from dime_desktop.errors import ReferenceDataError, StageRefused
from dime_desktop.mediation import rules
from dime_desktop.mediation.areas import counted_area, load_area_map, mediation_area_for
from dime_desktop.mediation.checklist import default_checklist, load_checklist
from dime_desktop.mediation.model import (
    ANSWER_NO,
    ANSWER_YES,
    ROLE_GUARDIAN,
    STAGE_CLOSED,
    STAGE_FOLLOW_UP,
    STAGE_MEETING_HELD,
    STAGE_PREPARING,
    STAGE_READY,
    STAGE_REFERRED,
    TERM_BROKEN,
    TERM_FULFILLED,
    Meeting,
    Party,
    PreparatoryTalk,
    Term,
    record_from_dict,
    record_to_dict,
)
from dime_desktop.paths import resource_path
from dime_desktop.reference import default_reference

TODAY = date(2020, 3, 2)


def advice_case(**kw: Any) -> Case:
    base: dict[str, Any] = {
        "id": 7,
        "reference": "DH-2020-007",
        "opened": date(2020, 1, 15),
        "area": "work",
        "track": "civil",
        "counterpart_type": "employer",
        "counterpart_name": "Bydel Frogner",
        "client": Client(name="Amina Haddad", contact="900 00 000"),
        "timeline": [TimelineEvent(date(2019, 11, 4), "Sagt opp etter kommentar")],
    }
    base.update(kw)
    return Case(**base)


def ready_record() -> Any:
    """A referral with both consents and every item answered yes."""
    record = rules.new_record_for_case(advice_case(), TODAY, mediator="Åsa")
    record.referral_consent.given_on = TODAY
    record.referral_consent.method = "oral"
    for p in record.principal_parties():
        p.consent.given_on = TODAY
        p.consent.method = "written"
    for code in default_checklist().codes():
        rules.answer_item(record, code, ANSWER_YES, on=TODAY)
    return record


def test_a_referral_is_prefilled_from_the_advice_case() -> None:
    record = rules.new_record_for_case(advice_case(), TODAY, mediator="Åsa")
    assert record.area == "work" and record.stage == STAGE_REFERRED
    client, other = record.parties
    assert (client.role, client.name, client.contact) == ("client", "Amina Haddad", "900 00 000")
    assert (other.role, other.name, other.organisation) == ("other_party", "Bydel Frogner", True)
    assert not record.criminal
    assert record.history[0].to_stage == STAGE_REFERRED and record.history[0].by == "Åsa"
    # where the advice area maps to no mediation area, the mediator chooses
    assert rules.new_record_for_case(advice_case(area="health"), TODAY).area is None
    assert rules.new_record_for_case(advice_case(area="nightlife"), TODAY).area == "goods_services"
    # the register's recorded mediation area wins over the case's own
    case = advice_case(mediation=Mediation(True, "online", None))
    assert rules.new_record_for_case(case, TODAY).area == "online"
    assert rules.new_record_for_case(advice_case(track="criminal"), TODAY).criminal


def test_the_gate_refuses_ready_with_an_unanswered_item() -> None:
    record = ready_record()
    assert rules.readiness_problems(record) == []
    del record.suitability["power_and_safety"]
    with pytest.raises(StageRefused) as info:
        rules.change_stage(record, STAGE_READY, on=TODAY, by="Åsa")
    assert [(p.field, p.code) for p in info.value.problems] == [
        ("suitability.power_and_safety", "unanswered")
    ]
    assert record.stage == STAGE_REFERRED and len(record.history) == 1


def test_a_no_needs_a_reason_to_go_on() -> None:
    record = ready_record()
    rules.answer_item(record, "facts_agreed", ANSWER_NO, on=TODAY)
    assert [(p.field, p.code) for p in rules.readiness_problems(record)] == [
        ("suitability.facts_agreed", "no_without_reason")
    ]
    rules.answer_item(
        record, "facts_agreed", ANSWER_NO, "Uenige om ordlyden, enige om hendelsen", on=TODAY
    )
    rules.change_stage(record, STAGE_READY, on=TODAY, by="Åsa")
    assert record.stage == STAGE_READY
    assert record.history[-1].from_stage == STAGE_REFERRED


def test_consents_and_guardian_are_part_of_the_gate() -> None:
    record = ready_record()
    client = record.principal_parties()[0]
    client.consent.withdrawn_on = TODAY
    codes = {p.code for p in rules.readiness_problems(record)}
    # the withdrawal changed the circumstances: safety is to be reviewed again too
    assert codes == {"consent_withdrawn", "review_again"}
    client.consent.withdrawn_on = None
    assert rules.readiness_problems(record) == []
    client.under_18 = True
    codes = {p.code for p in rules.readiness_problems(record)}
    assert codes == {"guardian_missing", "review_again"}
    record.parties.append(Party(role=ROLE_GUARDIAN, name="Far", accompanies=client.key))
    rules.answer_item(record, "power_and_safety", ANSWER_YES, on=TODAY)
    assert rules.readiness_problems(record) == []


def test_stages_move_forward_with_date_and_who() -> None:
    record = ready_record()
    rules.add_talk(record, PreparatoryTalk(TODAY, record.parties[0].key), on=TODAY, by="Åsa")
    assert record.stage == STAGE_PREPARING
    with pytest.raises(StageRefused):
        rules.change_stage(record, STAGE_MEETING_HELD, on=TODAY, by="Åsa")
    rules.change_stage(record, STAGE_READY, on=TODAY, by="Åsa")
    record.meetings.append(Meeting(TODAY, place="library", held=True))
    rules.change_stage(record, STAGE_MEETING_HELD, on=TODAY, by="Åsa")
    with pytest.raises(StageRefused) as info:
        rules.change_stage(record, STAGE_FOLLOW_UP, on=TODAY, by="Åsa")
    assert {p.field for p in info.value.problems} == {"outcome", "agreement_on", "terms"}
    record.outcome, record.agreement_on = "agreement", TODAY
    record.terms.append(Term("apology", "Skriftlig unnskyldning", TODAY, record.parties[1].key))
    rules.change_stage(record, STAGE_FOLLOW_UP, on=TODAY, by="Åsa")
    stages = [(h.from_stage, h.to_stage, h.by) for h in record.history]
    assert stages == [
        (None, "referred", "Åsa"),
        ("referred", "preparing", "Åsa"),
        ("preparing", "ready", "Åsa"),
        ("ready", "meeting_held", "Åsa"),
        ("meeting_held", "follow_up", "Åsa"),
    ]


def test_closing_needs_a_reason_and_an_outcome() -> None:
    record = ready_record()
    with pytest.raises(StageRefused):
        rules.change_stage(record, STAGE_CLOSED, on=TODAY, by="Åsa")
    rules.close_case(record, "resolved_before_meeting", on=TODAY, by="Åsa")
    assert record.stage == STAGE_CLOSED and record.closed_on == TODAY
    assert record.outcome == "resolved_before_meeting"
    rules.reopen(record, on=TODAY, by="Åsa")
    assert record.stage == STAGE_REFERRED and record.closed_on is None
    assert record.outcome == "resolved_before_meeting"  # a recorded outcome stays
    record.outcome = None
    with pytest.raises(StageRefused) as info:
        rules.close_case(record, "other", on=TODAY, by="Åsa")
    assert record.closing_reason is None  # a refused close changes nothing
    assert [p.field for p in info.value.problems] == ["outcome"]


def test_moving_a_terms_date_moves_its_follow_up() -> None:
    term = Term("compensation", "Betaler 2000 kr", date(2020, 4, 1))
    assert term.follow_up == date(2020, 4, 1)
    rules.move_term_due(term, date(2020, 4, 15))
    assert (term.due, term.follow_up) == (date(2020, 4, 15), date(2020, 4, 15))
    term.follow_up_on = date(2020, 4, 20)  # put off by five days
    rules.move_term_due(term, date(2020, 5, 1))
    assert term.follow_up == date(2020, 5, 6)


def test_fulfilment_counts_fulfilled_late_broken_open() -> None:
    record = ready_record()
    due = date(2020, 4, 1)
    terms = [Term("apology", f"t{i}", due) for i in range(5)]
    rules.record_term_status(terms[0], TERM_FULFILLED, on=due)
    rules.record_term_status(terms[1], TERM_FULFILLED, on=due + timedelta(days=3))
    rules.record_term_status(terms[2], TERM_BROKEN, on=due)
    terms[4].due = date(2020, 6, 1)
    record.terms = terms
    counts = rules.fulfilment(record, date(2020, 5, 1))
    assert (counts.fulfilled, counts.late, counts.broken, counts.open, counts.overdue) == (
        1,
        1,
        1,
        2,
        1,
    )
    assert [t.what for t in rules.open_follow_ups(record)] == ["t3", "t4"]
    record.outcome = "agreement"
    assert not rules.agreement_fulfilled(record)
    for t in terms[2:]:
        rules.record_term_status(t, TERM_FULFILLED, on=due)
    assert rules.agreement_fulfilled(record)
    assert "fulfilled" in rules.milestones(record)


def test_three_year_limit_and_hate_crime_warning() -> None:
    case = advice_case()
    assert rules.three_year_limit(case).limit == date(2022, 11, 4)
    assert "04.11.2022" in rules.three_year_notice(case, TODAY, "nb")
    assert "2022-11-04" in rules.three_year_notice(case, TODAY, "en")
    assert "more than three years" in rules.three_year_notice(case, date(2023, 1, 1), "en")
    assert "no dated event" in rules.three_year_notice(advice_case(timeline=[]), TODAY, "en")
    assert not rules.hate_crime_warning(case)
    assert rules.hate_crime_warning(advice_case(area="hate_crime"))
    assert rules.hate_crime_warning(advice_case(incident_types=["hate_crime"]))
    assert not rules.hate_crime_warning(advice_case(incident_types=["hate_speech"]))
    assert rules.hate_crime_warning(advice_case(incident_types=["hate_speech"], track="criminal"))
    assert "hate crime" in rules.hate_crime_notice(advice_case(area="hate_crime"), "en")


def test_cooling_off_only_for_criminal_cases() -> None:
    record = ready_record()
    record.agreement_on = TODAY
    assert rules.cooling_off_until(record) is None
    record.criminal = True
    assert rules.cooling_off_until(record) == TODAY + timedelta(days=14)


def test_record_round_trips_through_json() -> None:
    record = ready_record()
    record.meetings.append(Meeting(TODAY, place_text="Bydelshuset", participants="A, B"))
    record.terms.append(Term("apology", "Unnskyld", TODAY, record.parties[1].key))
    data = json.loads(json.dumps(record_to_dict(record)))
    assert record_from_dict(data) == record


def test_validation_names_fields() -> None:
    record = rules.new_record_for_case(advice_case(area="health"), TODAY)
    codes = {(p.field, p.code) for p in rules.validate_record(record)}
    assert codes == {
        ("area", "required"),
        ("referral_consent", "required"),
        ("referral_consent_method", "required"),
    }
    record.area = "nightlife"  # an advice area, not a mediation area
    assert ("area", "unknown_value") in {(p.field, p.code) for p in rules.validate_record(record)}


def test_area_mapping_and_counting() -> None:
    mapping = load_area_map()
    assert mapping["nightlife"] == "goods_services" and mapping["work"] == "work"
    assert mediation_area_for("health") is None
    assert counted_area(None, "housing") == "housing"
    assert counted_area("online", "work") == "online"
    assert counted_area(None, "health") == "other"
    assert counted_area("nightlife", "work") == "goods_services"
    ref = default_reference()
    # every mediation area is also an advice area, so the case's columns can hold it
    assert set(ref.mediation_areas.codes()) <= set(ref.areas.codes())


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "suitability.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _shipped() -> Any:
    return json.loads(resource_path("mediation", "suitability.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        (lambda d: d["items"][3].pop("en"), 'items[3] ("voluntary")', 'needs a text "en"'),
        (lambda d: d["items"][1].update(code="facts_clarified"), "items[1]", "appears twice"),
        (lambda d: d["items"][0].update(reveiw_on_change=True), "items[0]", "unknown key"),
        (
            lambda d: d["notices"]["three_year"].update(nb="Etter {grense}"),
            "notices.three_year",
            "unknown placeholder",
        ),
        (
            lambda d: d["notices"]["hate_crime"]["when"].append({"areas": ["hatecrime"]}),
            "notices.hate_crime.when[3]",
            '"hatecrime" is not a code of areas',
        ),
        (lambda d: d.pop("items"), "items", "non-empty list"),
    ],
)
def test_a_broken_checklist_names_file_and_place(
    tmp_path: Path, change: Any, where: str, problem: str
) -> None:
    data = _shipped()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(ReferenceDataError) as info:
        load_checklist(path)
    assert str(path) in str(info.value)
    assert where in info.value.entry
    assert problem in info.value.problem


def test_the_shipped_checklist_loads() -> None:
    cl = load_checklist()
    assert cl.codes() == [
        "facts_clarified",
        "facts_agreed",
        "power_and_safety",
        "voluntary",
        "routes_told",
    ]
    assert cl.item("power_and_safety") is not None
    assert cl.item("power_and_safety").review_on_change  # type: ignore[union-attr]
