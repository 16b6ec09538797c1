"""The yearly statistics' mediation tables: counted from the mediation records;
an imported earlier register (mediation columns only) still gives the tables
it gave before the mediation records existed; the stage counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import Case, CaseGround, Mediation
from dime_desktop.importing import import_register
from dime_desktop.mediation import rules
from dime_desktop.mediation.checklist import default_checklist
from dime_desktop.mediation.model import ANSWER_YES, Meeting, PreparatoryTalk, Term
from dime_desktop.stats.tables import build_tables, year_statistics

DATA = Path(__file__).parent / "data"

# What the register below gave before issue 11 (measured on main 83d4a5c, whose
# statistics knew only the three columns): the mediation desk of 2019 as in the
# annual report 3.2.2, eight referrals, two mediated with an agreement.
BEFORE_2019 = {
    "referred": 8,
    "by_area": {"work": 2, "housing": 1, "education": 1, "goods_services": 3, "online": 1},
    "by_ground": {"ethnicity": 6, "sexual_orientation": 2, "political_opinion": 1},
    "by_ground_combination": {
        "ethnicity": 5,
        "sexual_orientation": 1,
        "political_opinion": 1,
        "ethnicity+sexual_orientation": 1,
    },
    "outcomes": {"resolved_before_meeting": 6, "agreement": 2},
}


def test_an_earlier_register_gives_the_same_tables_as_before(vault: Any) -> None:
    import_register(vault, DATA / "register_mediation_2019.csv")
    assert vault.mediation.list_rows() == []  # no records were made up
    m = vault.statistics.year_counts(2019).to_json()["mediation"]
    assert {k: v for k, v in m.items() if k != "stages"} == BEFORE_2019
    tables = {t.key: t for t in build_tables(year_statistics(vault.statistics, 2019))}
    # rows in the order of the mediation areas, as the annual report's table
    assert [(r.code, r.count) for r in tables["mediation.by_area"].rows] == [
        ("work", 2),
        ("goods_services", 3),
        ("online", 1),
        ("housing", 1),
        ("education", 1),
    ]
    assert tables["mediation.by_area"].total == 8
    # how far they got, read off the outcomes: all had preparatory talks, two met
    assert m["stages"] == {"talk_held": 8, "ready": 2, "meeting_held": 2, "agreement": 2}


def _referred(vault: Any, **kw: Any) -> Any:
    case = vault.cases.add(Case(opened=date(2019, 5, 2), **kw))
    record = rules.new_record_for_case(case, date(2019, 5, 10), mediator="Åsa")
    record.referral_consent.given_on = date(2019, 5, 10)
    record.referral_consent.method = "oral"
    return case, record


def test_records_count_under_their_area_ground_and_outcome(vault: Any) -> None:
    # an agreement, fulfilled, in an area the mediator recorded
    case, record = _referred(vault, area="nightlife", grounds=[CaseGround("religion")])
    record.area = "online"
    client, other = record.parties
    for p in (client, other):
        p.consent.given_on, p.consent.method = date(2019, 5, 12), "written"
    for code in default_checklist().codes():
        rules.answer_item(record, code, ANSWER_YES, on=date(2019, 5, 20))
    rules.add_talk(
        record, PreparatoryTalk(date(2019, 5, 15), client.key), on=date(2019, 5, 15), by="Åsa"
    )
    rules.change_stage(record, "ready", on=date(2019, 5, 20), by="Åsa")
    record.meetings.append(Meeting(date(2019, 6, 1), place="library", held=True))
    rules.change_stage(record, "meeting_held", on=date(2019, 6, 1), by="Åsa")
    record.outcome, record.agreement_on = "agreement", date(2019, 6, 1)
    record.terms = [Term("apology", "Unnskyldning", date(2019, 6, 15), other.key)]
    rules.record_term_status(record.terms[0], "fulfilled", on=date(2019, 6, 10))
    vault.mediation.add(record)
    # the adviser later saves the case with the register's tick taken off:
    # the record still counts, under the record's codes
    stale = vault.cases.get_by_id(case.id)
    stale.mediation = Mediation(False)
    vault.cases.update(stale)

    # a referral still in its preparatory talks: pending
    _case2, record2 = _referred(vault, area="education", grounds=[CaseGround("ethnicity")])
    vault.mediation.add(record2)

    # and one that exists only in the register's columns
    vault.cases.add(
        Case(
            opened=date(2019, 9, 1),
            area="health",
            grounds=[CaseGround("disability")],
            mediation=Mediation(True, None, "withdrawn"),
        )
    )
    m = vault.statistics.year_counts(2019).to_json()["mediation"]
    assert m["referred"] == 3
    assert m["by_area"] == {"online": 1, "education": 1, "other": 1}  # health maps to none
    assert m["by_ground"] == {"religion": 1, "ethnicity": 1, "disability": 1}
    assert m["outcomes"] == {"agreement": 1, "withdrawn": 1, "pending": 1}
    assert m["stages"] == {
        "talk_held": 1,
        "ready": 1,
        "meeting_held": 1,
        "agreement": 1,
        "fulfilled": 1,
    }
    stats = vault.statistics.year_counts(2019)
    assert stats.cases == 3 and stats.by_area["nightlife"] == 1  # the advice tables as ever


def test_a_closed_record_without_outcome_is_not_recorded(vault: Any) -> None:
    _case, record = _referred(vault, area="work", grounds=[CaseGround("age")])
    record.stage, record.closed_on, record.closing_reason = "closed", date(2019, 7, 1), "other"
    vault.mediation.add(record)
    c = vault.statistics.year_counts(2019)
    assert c.mediation.outcomes == {} and c.mediation.unrecorded == {"outcomes": 1}
    tables = {t.key: t for t in build_tables(year_statistics(vault.statistics, 2019))}
    assert sum(r.count for r in tables["mediation.outcomes"].rows) == 1  # adds up
