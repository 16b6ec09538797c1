"""A demo vault on disk (encrypted, fast KDF): what a new user and every
screenshot sees. Counts, the mediation desk's records made with its own
rules, consents, evidence and drafts, follow-ups due around today, the
access log, and the 2019 statistics equal to the annual report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest

from dime_desktop.cases.model import (
    CONSENT_MEDIATION,
    CONSENT_STORE,
    DESK_MEDIATION,
    STATUS_CLOSED,
    STATUS_OPEN,
    CaseFilter,
)
from dime_desktop.demo.generator import (
    DEMO_ADVISER,
    DEMO_PASSPHRASE,
    MAX_OVERDUE_DAYS,
    create_demo_vault,
    demo_kdf,
)
from dime_desktop.mediation import rules
from dime_desktop.mediation.agreement import mediation_agreement_document
from dime_desktop.storage.access_log import LogFilter
from dime_desktop.storage.follow_ups import FollowUpQueries
from dime_desktop.storage.mediation import MediationFilter
from dime_desktop.vault import Vault

TODAY = date(2026, 12, 2)
COUNT = 400  # what ``dime-desktop --demo`` makes (ui/shell/app.py DEMO_CASES)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dime_desktop.vault.kdf import KdfParams

    path = tmp_path_factory.mktemp("demo") / "vault"
    fast = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
    create_demo_vault(path, DEMO_PASSPHRASE, COUNT, kdf=fast, today=TODAY).vault.close()
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Vault]:
    vault = Vault.unlock(demo_path, DEMO_PASSPHRASE, actor=None)
    try:
        yield vault
    finally:
        vault.close(backup=False)


def test_counts_years_and_reopening(demo: Vault) -> None:
    assert demo.cases.count() == COUNT
    assert demo.cases.years() == list(range(2026, 2018, -1))
    assert demo.cases.count(CaseFilter(year=2019)) == 60
    assert demo.cases.get("DH-2019-001").journal
    assert demo.cases.count(CaseFilter(status=STATUS_OPEN, year=2019)) == 0
    assert 5 < demo.cases.count(CaseFilter(status=STATUS_OPEN)) < 60
    outreach = demo.outreach.list(2019)
    assert {a.kind for a in outreach} == {"course", "talk", "stand", "media"}
    assert all(a.activity_date <= TODAY for a in demo.outreach.list(None))


def test_follow_ups_fall_due_around_today_not_in_2019(demo: Vault) -> None:
    due = FollowUpQueries(demo.database).due_by(TODAY + timedelta(days=7))
    assert due, "What is due has something to show"
    assert min(f.due for f in due) >= TODAY - timedelta(days=MAX_OVERDUE_DAYS)
    assert {f.case_status for f in due} == {STATUS_OPEN}
    assert any(f.due < TODAY for f in due)  # a few are overdue, by days
    for case in demo.cases.iter_cases(CaseFilter(status=STATUS_CLOSED)):
        assert all(f.done for f in case.follow_ups), case.reference


def test_every_referral_has_a_record_made_by_the_rules(demo: Vault) -> None:
    referred = list(demo.cases.iter_cases(CaseFilter(desk=DESK_MEDIATION)))
    records = {r.case_id: r for r in demo.mediation.iter_records()}
    assert len(referred) > 20 and {c.id for c in referred} == set(records)
    assert demo.mediation.register_referrals() == []
    for case in referred:
        record = records[case.id]
        assert rules.validate_record(record) == []
        assert record.referral_consent.given_on is not None
        assert record.referred_on >= case.opened and record.talks
        consent = case.consent_of(CONSENT_MEDIATION)
        assert consent is not None and consent.given_on == record.referral_consent.given_on
        history = [h.changed_on for h in record.history]
        assert history == sorted(history) and history[-1] <= TODAY
        assert record.history[0].to_stage == "referred"
        if any(m.held for m in record.meetings):
            assert "ready" in [h.to_stage for h in record.history]  # passed the gate
        if case.status == STATUS_CLOSED:
            assert record.is_closed and record.closed_on <= case.closed
            assert record.outcome == case.mediation.outcome
    # the desk is at work around today: a meeting planned or a term to follow up
    upcoming = demo.mediation.upcoming_meetings(TODAY)
    terms = demo.mediation.due_terms(TODAY + timedelta(days=30))
    assert upcoming or terms
    assert all(m.meeting_date >= TODAY for m in upcoming)


def test_2019_statistics_are_the_annual_reports(demo: Vault) -> None:
    year = demo.statistics.year_counts(2019)
    assert year.cases == 60
    assert year.by_area["housing"] == 15 and year.by_area["hate_crime"] == 8
    med = year.mediation
    assert med.referred == 8
    assert med.by_area == {
        "work": 2,
        "goods_services": 3,
        "online": 1,
        "housing": 1,
        "education": 1,
    }
    assert med.outcomes == {"agreement": 2, "resolved_before_meeting": 6}
    assert med.stages["meeting_held"] == 2 and med.stages["talk_held"] == 8
    assert med.stages["agreement"] == 2 and med.stages.get("fulfilled") == 2
    assert year.by_ground["ethnicity"] > 30  # ethnicity by far the most common ground
    for y in range(2020, 2027):  # later years are sensible too
        counts = demo.statistics.year_counts(y)
        assert 30 <= counts.cases <= 90, y
        assert sum(counts.by_area.values()) == counts.cases
        assert counts.mediation.referred <= counts.cases // 4


def test_consents_evidence_and_drafts(demo: Vault, tmp_path: Path) -> None:
    named = [c for c in demo.cases.iter_cases() if c.client is not None and c.client.name]
    assert named
    for case in named:
        store = case.consent_of(CONSENT_STORE)
        assert store is not None and store.active
    assert any(len(c.consents) >= 3 for c in named)
    with_evidence = [c for c in demo.cases.iter_cases() if demo.evidence.list_for_case(c.id)]
    assert len(with_evidence) == 1
    online = with_evidence[0]  # the evidence fits the case it is on
    assert online.area == "online" and "Facebook" in online.summary
    assert online.status == STATUS_OPEN and online.year == TODAY.year
    items = demo.evidence.list_for_case(online.id)
    assert [i.kind for i in items] == ["screenshot", "message", "witness"]
    first_event = min(e.event_date for e in online.timeline)
    assert items[0].online.posted_at.startswith(first_event.isoformat())
    assert demo.evidence.read_bytes(items[0].id).startswith(b"\x89PNG")
    assert items[0].online.url.endswith(".invalid/groups/nabolaget/posts/1042")
    drafts = [d for c in demo.cases.iter_cases() for d in demo.document_drafts.list_for_case(c.id)]
    assert sorted(d.kind for d in drafts) == ["police", "tribunal"]
    # an agreement of the desk can be written out
    agreed = next(r for r in demo.mediation.iter_records(MediationFilter(year=2019)) if r.terms)
    pdf, _docx = mediation_agreement_document(agreed, demo.cases.get_by_id(agreed.case_id), "nb")
    out = tmp_path / "avtale.pdf"
    out.write_bytes(pdf)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert agreed.terms[0].what.split()[0] in text


def test_the_access_log_tells_what_was_done(demo: Vault) -> None:
    check = demo.access_log.verify()
    assert check.problems == []
    entries = list(demo.access_log.iter_entries(LogFilter()))
    assert {e.actor for e in entries} == {DEMO_ADVISER}
    events = Counter(e.event for e in entries)
    assert events["import"] == 1 and events["changed"] >= 20


def test_demo_vaults_skip_the_calibration_but_keep_the_floor() -> None:
    from dime_desktop.vault.kdf import FLOOR_MEMORY_KIB, FLOOR_TIME_COST

    params = demo_kdf()
    assert params.problems() == []
    assert params.time_cost >= FLOOR_TIME_COST and params.memory_cost_kib >= FLOOR_MEMORY_KIB


def test_the_default_day_is_today(tmp_path: Path, fast_kdf: Any) -> None:
    created = create_demo_vault(tmp_path / "v", DEMO_PASSPHRASE, 130, kdf=fast_kdf)
    try:
        vault = created.vault
        assert vault.cases.years()[0] == date.today().year
        due = FollowUpQueries(vault.database).due_by(date.today() + timedelta(days=30))
        assert all(f.due >= date.today() - timedelta(days=MAX_OVERDUE_DAYS) for f in due)
    finally:
        created.vault.close(backup=False)
