"""Consent per purpose (issue 12), from the core."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dime_desktop.cases.model import (
    CONSENT_CONTACT_COUNTERPART,
    CONSENT_MEDIATION,
    CONSENT_NOT_RECORDED,
    CONSENT_STORE,
    CONSENT_WITHDRAWN,
    Case,
    Client,
)
from dime_desktop.errors import CaseInvalid
from dime_desktop.privacy import consent
from dime_desktop.storage import access_log as audit
from dime_desktop.vault import Vault

TODAY = date(2024, 5, 6)


def _case(**client: object) -> Case:
    return Case(opened=date(2024, 5, 2), area="work", client=Client(**client))  # type: ignore[arg-type]


def test_a_name_without_consent_to_store_is_refused_by_the_core(vault: Vault) -> None:
    for fields in ({"name": "Kari"}, {"contact": "900 00 000"}, {"notes": "ring etter kl. 16"}):
        with pytest.raises(CaseInvalid) as info:
            vault.cases.add(_case(**fields))
        assert [(p.field, p.code) for p in info.value.problems] == [
            ("client_consent", "consent_missing")
        ]
    assert vault.cases.count() == 0
    # an anonymous contact, or only a language, needs none
    vault.cases.add(_case(preferred_language="arabisk"))


def test_consents_are_stored_per_purpose_with_date_and_method(vault: Vault) -> None:
    case = _case(name="Kari")
    consent.give(case, CONSENT_STORE, TODAY, "written", "skjema signert")
    consent.give(case, CONSENT_CONTACT_COUNTERPART, TODAY, "oral")
    saved = vault.cases.add(case)
    again = vault.cases.get_by_id(saved.id or 0)
    assert [(c.purpose, c.status, c.given_on, c.method) for c in again.consents] == [
        (CONSENT_STORE, "given", TODAY, "written"),
        (CONSENT_CONTACT_COUNTERPART, "given", TODAY, "oral"),
    ]
    assert again.client is not None and again.client.consent_to_store
    assert again.has_consent(CONSENT_CONTACT_COUNTERPART)
    assert not again.has_consent(CONSENT_MEDIATION)


def test_a_withdrawal_makes_a_follow_up_and_a_log_entry(vault: Vault) -> None:
    case = _case(name="Kari", contact="kari@example.invalid")
    consent.give(case, CONSENT_STORE, TODAY, "oral")
    saved = vault.cases.add(case)
    follow = consent.withdraw(saved, CONSENT_STORE, date(2024, 6, 1), "ringte og trakk", "nb")
    assert "fjern klientens navn" in follow.note and follow.due == date(2024, 6, 1)
    stored = vault.cases.update(saved)  # the name may stay until the follow-up is done
    record = stored.consent_of(CONSENT_STORE)
    assert record is not None and record.status == CONSENT_WITHDRAWN
    assert record.withdrawn_on == date(2024, 6, 1) and record.withdrawal_note == "ringte og trakk"
    assert stored.client is not None and not stored.client.consent_to_store
    assert [f.source for f in stored.follow_ups] == ["consent:store_identity"]
    events = [(e.event, e.detail) for e in vault.access_log.for_case(stored.id or 0)]
    assert (audit.CONSENT_WITHDRAWN, CONSENT_STORE) in events
    # nothing new may be stored now; removing is fine
    assert stored.client is not None
    stored.client.contact = "ny@example.invalid"
    with pytest.raises(CaseInvalid):
        vault.cases.update(stored)
    stored.client.contact = ""
    stored.client.name = ""
    vault.cases.update(stored)


def test_an_import_marks_what_it_cannot_map_as_not_recorded(vault: Vault) -> None:
    old = Case(
        opened=date(2019, 3, 1), area="work", reference="DH-2019-014", client=Client(name="Ola")
    )
    consent.mark_not_recorded(old)
    vault.cases.add_many([old])
    stored = vault.cases.get("DH-2019-014")
    assert {c.status for c in stored.consents} == {CONSENT_NOT_RECORDED}
    # kept as it was, the imported name may stay; a new one needs consent
    stored.summary = "Ny oppfølging"
    vault.cases.update(stored)
    assert stored.client is not None
    stored.client.name = "Ola Nordmann"
    with pytest.raises(CaseInvalid):
        vault.cases.update(stored)


def test_the_access_log_names_changed_fields_never_values(vault: Vault) -> None:
    case = _case(name="MARKØR-navn")
    consent.give(case, CONSENT_STORE, TODAY, "oral")
    saved = vault.cases.add(case)
    saved.summary = "MARKØR-sammendrag"
    saved.counterpart_name = "MARKØR-motpart"
    vault.cases.update(saved)
    created, changed = vault.access_log.for_case(saved.id or 0)[::-1][:2]
    assert created.event == audit.CREATED and "client_name" in created.fields
    assert changed.event == audit.CHANGED
    assert changed.fields == ("counterpart_name", "summary")
    texts = [str(e.as_dict()) for e in vault.access_log.entries()]
    assert not any("MARKØR" in t for t in texts)


def test_the_mediation_desks_referral_consent_is_the_cases(vault: Vault) -> None:
    from dime_desktop.mediation import rules

    case = _case(name="Kari")
    consent.give(case, CONSENT_STORE, TODAY, "oral")
    saved = vault.cases.add(case)
    record = rules.new_record_for_case(saved, TODAY, mediator="Åsa")
    record.referral_consent.given_on = TODAY
    record.referral_consent.method = "written"
    vault.mediation.add(record)
    stored = vault.cases.get_by_id(saved.id or 0)
    referral = stored.consent_of(CONSENT_MEDIATION)
    assert referral is not None and referral.active and referral.method == "written"
    # withdrawn on the case, it stays withdrawn when the mediator saves again
    consent.withdraw(stored, CONSENT_MEDIATION, date(2024, 6, 2), "", "en")
    stored = vault.cases.update(stored)
    assert "stop the referral" in stored.follow_ups[-1].note
    vault.mediation.update(vault.mediation.get(stored.id or 0))
    again = vault.cases.get_by_id(stored.id or 0).consent_of(CONSENT_MEDIATION)
    assert again is not None and again.status == CONSENT_WITHDRAWN


def test_a_register_file_maps_its_consent_columns_and_marks_the_rest(
    vault: Vault, tmp_path: Path
) -> None:
    from dime_desktop.importing import import_register

    path = tmp_path / "register.csv"
    path.write_text(
        "reference;opened;area;mediation;consent_contact_counterpart\n"
        "DH-2018-001;2018-02-01;arbeidsliv;nei;ja\n"
        "DH-2018-002;2018-03-01;arbeidsliv;ja;\n",
        encoding="utf-8",
    )
    import_register(vault, path)
    first = vault.cases.get("DH-2018-001")
    assert consent.state_of(first, CONSENT_CONTACT_COUNTERPART) == "given"
    assert first.consent_of(CONSENT_CONTACT_COUNTERPART).given_on is None  # type: ignore[union-attr]
    assert consent.state_of(first, CONSENT_MEDIATION) == CONSENT_NOT_RECORDED
    second = vault.cases.get("DH-2018-002")
    assert {consent.state_of(second, p) for p in (CONSENT_STORE, CONSENT_MEDIATION)} == {
        CONSENT_NOT_RECORDED
    }
    assert (
        vault.access_log.entries(limit=1)[0].event,
        vault.access_log.entries(limit=1)[0].detail,
    ) == (
        audit.IMPORT,
        "added:2",
    )
