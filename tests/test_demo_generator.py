"""The demo case generator (no vault): deterministic for a seed and a day,
valid, dated sensibly relative to today, and shaped like the 2019 annual report."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from dime_desktop.cases.model import CONSENT_STORE, STATUS_CLOSED, validate_case
from dime_desktop.demo import generator as demo
from dime_desktop.demo.generator import (
    DEMO_PASSPHRASE,
    MAX_OVERDUE_DAYS,
    generate_demo_cases,
    generate_demo_outreach,
)
from dime_desktop.reference import default_reference
from dime_desktop.vault.passphrase_policy import check_passphrase

TODAY = date(2026, 12, 2)
# a spring day, a new year's day and a leap day: the current year in part
DAYS = (TODAY, date(2025, 3, 14), date(2027, 1, 1), date(2028, 2, 29))


def test_same_seed_and_day_same_cases_other_seed_or_day_other_cases() -> None:
    assert generate_demo_cases(200, today=TODAY) == generate_demo_cases(200, today=TODAY)
    assert generate_demo_cases(200, seed=1, today=TODAY) != generate_demo_cases(200, today=TODAY)
    later = TODAY + timedelta(days=30)
    assert generate_demo_cases(200, today=later) != generate_demo_cases(200, today=TODAY)
    assert generate_demo_cases(0) == []
    with pytest.raises(ValueError):
        generate_demo_cases(10, years=(2019, 2030), today=TODAY)


@pytest.mark.parametrize("today", DAYS)
def test_every_case_is_valid_and_dated_sensibly(today: date) -> None:
    ref = default_reference()
    cases = generate_demo_cases(1500, today=today, seed=today.toordinal())
    assert len(cases) == 1500
    assert {c.year for c in cases} == set(range(2019, today.year + 1))
    for case in cases:
        assert validate_case(case, ref) == [], case
        assert case.reference is None
        assert case.opened <= today
        assert case.closed is None or case.opened <= case.closed <= today
        for entry in case.journal:
            assert case.opened <= entry.entry_date <= (case.closed or today)
        assert all(t.event_date < case.opened for t in case.timeline)
        for f in case.follow_ups:
            assert f.due >= case.opened
            if case.status == STATUS_CLOSED:
                assert f.done, case  # a closed case leaves nothing to do
            elif not f.done:
                assert f.due >= today - timedelta(days=MAX_OVERDUE_DAYS), case
        if case.client is not None and case.client.name:  # consents per purpose
            store = case.consent_of(CONSENT_STORE)
            assert store is not None and store.active and store.given_on == case.opened
        if case.status != STATUS_CLOSED:
            assert (today - case.opened).days <= 240  # only recent cases are open
        for f in case.follow_ups:  # a follow-up fits its case
            if "tolk" in f.note:
                assert case.client is not None and case.client.interpreter_needed
            if "politiet" in f.note:
                assert case.track in ("criminal", "both")
        if case.mediation.referred:  # the mediator can tell the three-year limit
            assert case.timeline
    assert [c.opened for c in cases] == sorted(c.opened for c in cases)
    # an adviser's working week: a few open cases, a few follow-ups due around today
    open_cases = [c for c in cases if c.status != STATUS_CLOSED]
    assert 0.02 < len(open_cases) / len(cases) < 0.2
    pending = [f.due for c in open_cases for f in c.follow_ups if not f.done]
    assert any(d < today for d in pending) and any(d >= today for d in pending)


def test_the_report_year_is_the_annual_report() -> None:
    """2019, chapter 3.2: 60 cases with the table of areas, 8 referrals to the
    mediation desk (2 work, 3 goods/services, 1 online, 1 neighbours, 1 school;
    5 ethnicity, 1 political opinion, 2 sexual orientation/ethnicity), 2
    mediated with an agreement, 6 resolved before the meeting."""
    cases = [c for c in generate_demo_cases(400, today=TODAY) if c.year == 2019]
    assert len(cases) == 60
    assert Counter(c.area for c in cases) == demo._REPORT_AREAS
    assert all(c.status == STATUS_CLOSED for c in cases)
    referred = [c for c in cases if c.mediation.referred]
    assert Counter(c.mediation.area for c in referred) == {
        "work": 2,
        "goods_services": 3,
        "online": 1,
        "housing": 1,
        "education": 1,
    }
    assert Counter(c.mediation.outcome for c in referred) == {
        "agreement": 2,
        "resolved_before_meeting": 6,
    }
    combos = Counter("+".join(sorted(c.ground_codes())) for c in referred)
    assert combos == {"ethnicity": 5, "political_opinion": 1, "ethnicity+sexual_orientation": 2}
    assert all(c.client is not None and c.client.name for c in referred)
    # later years grow gently; the current year only up to today
    per_year = Counter(c.year for c in generate_demo_cases(400, today=TODAY))
    assert sum(per_year.values()) == 400 and per_year[2019] == 60
    assert per_year[2020] < per_year[2025]


def test_mix_resembles_the_2019_figures() -> None:
    cases = generate_demo_cases(3000, today=TODAY)
    areas = Counter(c.area for c in cases)
    assert areas.most_common(1)[0][0] == "housing"
    assert areas["hate_crime"] > areas["health"]
    grounds = Counter(g for c in cases for g in c.ground_codes())
    assert grounds.most_common(1)[0][0] == "ethnicity"
    combos = Counter("+".join(sorted(c.ground_codes())) for c in cases)
    for combo in ("ethnicity+religion", "ethnicity+gender", "ethnicity+sexual_orientation"):
        assert combos[combo] > 0, combo
    channels = Counter(c.channel for c in cases)
    assert channels.most_common(1)[0][0] == "phone"
    referred = [c for c in cases if c.mediation.referred]
    assert 0.08 < len(referred) / len(cases) < 0.2
    assert all(c.mediation.outcome for c in referred)
    outcomes = Counter(c.mediation.outcome for c in referred if c.status == STATUS_CLOSED)
    assert outcomes.most_common(1)[0][0] == "resolved_before_meeting"
    anonymous = sum(1 for c in cases if c.client is None)
    assert 0.05 < anonymous / len(cases) < 0.3
    assert any("æ" in c.summary or "ø" in c.summary or "å" in c.summary for c in cases)


def test_names_and_contacts_are_clearly_fictional() -> None:
    for case in generate_demo_cases(500, today=TODAY):
        if case.client is None or not case.client.name:  # no consent: no name (issue 12)
            assert case.client is None or not case.client.contact
            continue
        surname = case.client.name.split()[-1]
        assert surname in demo._FICTIONAL_SURNAMES
        contact = case.client.contact
        assert contact.endswith("@example.invalid") or contact.startswith("000 00 ")


def test_outreach_is_the_reports_and_never_after_today() -> None:
    spring = date(2026, 5, 1)
    activities = generate_demo_outreach(today=spring)
    assert {a.year for a in activities} == set(range(2019, 2027))
    assert all(a.activity_date <= spring for a in activities)
    assert len([a for a in activities if a.year == 2019]) == 10


def test_demo_passphrase_is_acceptable_only_for_demo_vaults() -> None:
    assert check_passphrase(DEMO_PASSPHRASE, allow_demo=True) == []
    assert check_passphrase(DEMO_PASSPHRASE) == ["demo_passphrase"]
