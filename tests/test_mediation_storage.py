"""``vault.mediation``: records in the real encrypted vault, the advice case's
columns following them, the mediator's lists, drafts, and the migration of a
vault made before the mediation tables existed."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case, Client, Mediation, TimelineEvent
from dime_desktop.errors import CaseNotFound, MediationExists, MediationInvalid, MediationNotFound
from dime_desktop.mediation import rules
from dime_desktop.mediation.checklist import default_checklist
from dime_desktop.mediation.model import (
    ANSWER_YES,
    ROLE_SUPPORT,
    STAGE_READY,
    Meeting,
    Party,
    PreparatoryTalk,
    Term,
)
from dime_desktop.storage import schema
from dime_desktop.storage.mediation import MediationFilter

TODAY = date(2020, 3, 2)


def add_case(vault: Any, **kw: Any) -> Case:
    base: dict[str, Any] = {
        "opened": date(2020, 1, 15),
        "area": "work",
        "track": "civil",
        "counterpart_type": "employer",
        "counterpart_name": "Bydel Frogner",
        "client": Client(name="Amina Haddad", consent_to_store=True),
        "timeline": [TimelineEvent(date(2019, 11, 4), "Kommentar på jobb")],
    }
    base.update(kw)
    stored: Case = vault.cases.add(Case(**base))
    return stored


def full_record(case: Case) -> Any:
    record = rules.new_record_for_case(case, TODAY, mediator="Åsa")
    record.referral_consent.given_on = TODAY
    record.referral_consent.method = "written"
    client, other = record.parties
    record.parties.append(Party(role=ROLE_SUPPORT, name="Søster", accompanies=client.key))
    for p in (client, other):
        p.consent.given_on = TODAY
        p.consent.method = "oral"
    for code in default_checklist().codes():
        rules.answer_item(record, code, ANSWER_YES, on=TODAY)
    rules.add_talk(
        record, PreparatoryTalk(TODAY, client.key, "Amina, Åsa", "Første"), on=TODAY, by="Åsa"
    )
    rules.change_stage(record, STAGE_READY, on=TODAY, by="Åsa")
    record.meetings.append(
        Meeting(TODAY + timedelta(days=10), time(13, 30), "library", participants="Alle")
    )
    record.terms.append(
        Term("apology", "Skriftlig unnskyldning", TODAY + timedelta(days=20), other.key)
    )
    return record


def test_a_record_round_trips_and_the_case_follows(vault: Any) -> None:
    case = add_case(vault)
    record = full_record(case)
    stored = vault.mediation.add(record)
    assert stored.id is not None and stored.reference == case.reference
    record.id = stored.id
    assert stored == record
    assert vault.mediation.get(case.id) == stored
    assert vault.mediation.get_by_reference(case.reference) == stored
    again = vault.cases.get_by_id(case.id)
    assert again.mediation == Mediation(True, "work", None)
    assert again.desk == "mediation"
    stored.outcome = "agreement"
    stored.area = "online"
    vault.mediation.update(stored)
    assert vault.cases.get_by_id(case.id).mediation == Mediation(True, "online", "agreement")
    assert vault.verify() == []


def test_one_record_per_case_and_only_for_a_case(vault: Any) -> None:
    case = add_case(vault)
    vault.mediation.add(full_record(case))
    with pytest.raises(MediationExists):
        vault.mediation.add(full_record(case))
    orphan = full_record(case)
    orphan.case_id = 999
    with pytest.raises(CaseNotFound):
        vault.mediation.add(orphan)
    with pytest.raises(MediationNotFound):
        vault.mediation.get_by_reference(add_case(vault).reference)
    with pytest.raises(CaseNotFound):
        vault.mediation.get_by_reference("DH-1999-001")


def test_an_invalid_record_is_not_stored(vault: Any) -> None:
    case = add_case(vault, area="health")
    record = rules.new_record_for_case(case, TODAY)
    with pytest.raises(MediationInvalid) as info:
        vault.mediation.add(record)
    assert {p.field for p in info.value.problems} >= {"area", "referral_consent"}
    assert vault.mediation.find(case.id) is None
    assert not vault.cases.get_by_id(case.id).mediation.referred


def test_deleting_the_advice_case_deletes_its_record(vault: Any) -> None:
    case = add_case(vault)
    vault.mediation.add(full_record(case))
    vault.cases.delete(case.id)
    assert vault.mediation.list_rows() == []
    assert vault.verify() == []


def test_lists_for_the_mediator(vault: Any) -> None:
    first = add_case(vault)
    second = add_case(vault, opened=date(2019, 5, 1), area="online")
    r1 = vault.mediation.add(full_record(first))
    r2 = full_record(second)
    r2.area = "online"
    r2.terms[0].due = TODAY - timedelta(days=3)
    vault.mediation.add(r2)
    add_case(vault, mediation=Mediation(True, "housing", "resolved_before_meeting"))

    rows = vault.mediation.list_rows()
    assert [r.reference for r in rows] == [second.reference, first.reference]
    row = rows[1]
    assert (row.stage, row.area, row.mediator, row.client_name) == (
        "ready",
        "work",
        "Åsa",
        "Amina Haddad",
    )
    assert row.next_meeting == TODAY + timedelta(days=10) and row.open_terms == 1
    assert [r.reference for r in vault.mediation.list_rows(MediationFilter(year=2019))] == [
        second.reference
    ]
    assert (
        vault.mediation.list_rows(MediationFilter(area="online"))[0].reference == second.reference
    )
    assert vault.mediation.list_rows(MediationFilter(stage="closed")) == []

    meetings = vault.mediation.upcoming_meetings(TODAY)
    assert [(m.reference, m.start, m.place) for m in meetings] == [
        (first.reference, time(13, 30), "library"),
        (second.reference, time(13, 30), "library"),
    ]
    due = vault.mediation.due_terms(TODAY + timedelta(days=7))
    assert [(d.reference, d.due) for d in due] == [(second.reference, TODAY - timedelta(days=3))]

    register = vault.mediation.register_referrals()
    assert [(r.area, r.outcome) for r in register] == [("housing", "resolved_before_meeting")]
    assert r1.case_id not in {r.case_id for r in register}
    assert [r.reference for r in vault.mediation.iter_records(MediationFilter(year=2020))] == [
        first.reference
    ]


def test_drafts_of_unsaved_screens(vault: Any) -> None:
    vault.mediation.save_unsaved_form("mediation:1", {"tab": 2, "record": {"area": "work"}})
    vault.mediation.save_unsaved_form("mediation:1", {"tab": 3})
    assert vault.mediation.load_unsaved_forms() == {"mediation:1": {"tab": 3}}
    vault.mediation.delete_unsaved_form("mediation:1")
    assert vault.mediation.load_unsaved_forms() == {}
    assert vault.unsaved_forms.load_all() == {}  # never among the case forms' drafts


def test_a_vault_from_before_the_mediation_tables_migrates(
    vault_dir: Path, fast_kdf: Any, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dime_desktop.vault import Vault

    before = schema.MIGRATIONS[: schema.MIGRATIONS.index(schema.SCHEMA_MEDIATION)]
    monkeypatch.setattr(schema, "MIGRATIONS", before)
    old = Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault
    # The case as that version stored it (today's CaseRepository writes the
    # columns of later migrations too, e.g. issue 14's sort keys).
    with old.database.transaction() as conn:
        conn.execute(
            "INSERT INTO cases (id, reference, year, seq, opened, opened_year, area, track, "
            "counterpart_type, counterpart_name, has_client, client_name, mediation_referred, "
            "mediation_area, mediation_outcome, created_at, updated_at) VALUES (1, "
            "'DH-2020-001', 2020, 1, '2020-01-15', 2020, 'work', 'civil', 'employer', "
            "'Bydel Frogner', 1, 'Amina Haddad', 1, 'work', 'agreement', 'x', 'x')"
        )
        conn.execute(
            "INSERT INTO timeline_events (case_id, event_date, description) "
            "VALUES (1, '2019-11-04', 'Kommentar på jobb')"
        )
    old.close()
    monkeypatch.undo()

    vault = Vault.unlock(vault_dir, passphrase)
    try:
        assert vault.database.user_version() == schema.SCHEMA_VERSION
        case = vault.cases.get_by_id(1)
        assert case.mediation == Mediation(True, "work", "agreement")
        assert [r.reference for r in vault.mediation.register_referrals()] == [case.reference]
        record = full_record(vault.cases.get_by_id(case.id))
        assert record.outcome == "agreement"  # taken over from the register's columns
        vault.mediation.add(record)
        assert vault.mediation.register_referrals() == []
        assert vault.verify() == []
    finally:
        vault.close()
