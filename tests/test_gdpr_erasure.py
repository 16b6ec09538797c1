"""Retention and deletion (issue 12): after a case is anonymised no byte of
its removed text is left anywhere in the vault folder — database, WAL, every
backup, raw and decrypted — the statistics of its year are the same, and a
restored older backup does not bring it back."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import (
    CONSENT_STORE,
    Case,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
)
from dime_desktop.cli.main import main as dime
from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness
from dime_desktop.privacy import consent
from dime_desktop.storage import access_log as audit
from dime_desktop.storage.erasure import DELETE_ALL, KEEP_STATISTICS, REASON_REQUEST
from dime_desktop.vault import Vault, backups
from dime_desktop.vault.erasure import erase_cases
from tests.vault_scan import files_holding

MARK = "QVZX"  # in every text of the marked case: QVZXsummary, QVZXjournal ...
YEAR = 2024


def _m(what: str) -> str:
    return f"{MARK}{what}"


def add_plain_cases(vault: Vault) -> None:
    for n, (area, ground, channel) in enumerate(
        [("work", "ethnicity", "phone"), ("housing", "religion", "email"), ("online", "age", None)]
    ):
        vault.cases.add(
            Case(
                opened=date(YEAR, 2 + n, 3),
                area=area,
                channel=channel,
                grounds=[CaseGround(ground)],
                incident_types=["harassment"],
                summary="Vanlig sak uten merke",
            )
        )


def add_marked_case(vault: Vault) -> Case:
    """A closed case with the marker in every text the vault can hold for it."""
    from dime_desktop.drafting import load_context, new_document
    from dime_desktop.mediation import rules
    from dime_desktop.mediation.model import Meeting, PreparatoryTalk, Term

    case = Case(
        opened=date(YEAR, 3, 4),
        area="work",
        status="closed",
        closed=date(YEAR, 9, 1),
        channel="drop_in",
        track="civil",
        grounds=[CaseGround("ethnicity", perceived=True), CaseGround("religion", assessed=True)],
        incident_types=["harassment", "direct_discrimination"],
        counterpart_type="employer",
        counterpart_name=_m("motpart"),
        summary=f"Klienten ble trakassert {_m('summary')} på jobben.",
        journal=[JournalEntry(date(YEAR, 3, 5), f"Samtale {_m('journal')}")],
        follow_ups=[FollowUp(date(YEAR, 4, 1), f"Ring {_m('followup')}")],
        timeline=[TimelineEvent(date(YEAR, 2, 20), f"Hendelse {_m('timeline')}")],
        mediation=Mediation(referred=True, area="work", outcome="agreement"),
        client=Client(
            name=_m("navn"),
            contact=f"{_m('kontakt')}@example.invalid",
            preferred_language="arabisk",
            notes=_m("notat"),
        ),
    )
    consent.give(case, CONSENT_STORE, date(YEAR, 3, 4), "written", _m("samtykke"))
    stored = vault.cases.add(case)
    assert stored.id is not None
    vault.intake.save(stored.id, {"answers": {"what.summary": _m("intake")}, "step": 3})
    item = EvidenceItem(
        stored.id,
        _m("bevis"),
        kind="screenshot",
        given_by=_m("giver"),
        note=_m("bevisnotat"),
        online=OnlineDetails(platform="Facebook", url=f"https://{_m('url')}.example/x"),
        witnesses=[Witness(_m("vitne"), _m("vitnekontakt"), consent=True)],
    )
    vault.evidence.add_bytes(item, "brev.txt", f"Brev fra {_m('fil')}\n".encode())
    doc = new_document("letter", load_context(vault, stored), "nb")
    vault.document_drafts.create(stored.id, doc)
    record = rules.new_record_for_case(stored, date(YEAR, 4, 2), mediator=_m("megler"))
    record.referral_consent.given_on = date(YEAR, 4, 2)
    record.referral_consent.method = "written"
    record.referral_consent.note = _m("henvisning")
    client, other = record.parties
    other.name = _m("annenpart")
    for p in (client, other):
        p.consent.given_on, p.consent.method = date(YEAR, 4, 3), "oral"
    rules.add_talk(
        record,
        PreparatoryTalk(date(YEAR, 4, 5), client.key, _m("deltakere"), _m("samtale")),
        on=date(YEAR, 4, 5),
        by="Åsa",
    )
    record.meetings.append(
        Meeting(date(YEAR, 5, 1), None, None, place_text=_m("sted"), notes=_m("møte"), held=True)
    )
    record.terms.append(Term("apology", _m("vilkår"), date(YEAR, 6, 1), other.key))
    record.outcome = "agreement"
    record.agreement_on = date(YEAR, 5, 1)
    vault.mediation.add(record)
    vault.unsaved_forms.save(
        f"case:{stored.id}", {"case_id": stored.id, "fields": {"summary": _m("ulagret")}}
    )
    vault.mediation.save_unsaved_form(
        f"mediation:{stored.id}", {"case_id": stored.id, "record": {"x": _m("ulagretmegling")}}
    )
    return vault.cases.get_by_id(stored.id)


def stats_json(vault_dir: Path, pass_file: Path) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = dime(
            [
                "stats",
                "--year",
                str(YEAR),
                "--json",
                "--vault",
                str(vault_dir),
                "--passphrase-file",
                str(pass_file),
            ]
        )
    assert code == 0
    return json.loads(out.getvalue())


def everything_in_tables(vault: Vault) -> str:
    """Every value of every table (FTS shadow tables too), read through the storage layer."""
    with vault.database.read() as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            repr(row) for name in names for row in conn.execute(f'SELECT * FROM "{name}"')
        )


def holding(folder: Path, key: bytes) -> list[str]:
    return files_holding(folder, MARK, key) + files_holding(folder, MARK.lower(), key)


@pytest.fixture
def pass_file(tmp_path: Path, passphrase: str) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


@pytest.fixture
def marked(vault_dir: Path, fast_kdf: Any, passphrase: str, tmp_path: Path) -> dict[str, Any]:
    """A vault with a marked case and plain ones, backed up into its own
    folder and a second one, closed."""
    vault = Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault
    add_plain_cases(vault)
    case = add_marked_case(vault)
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_second_folder(vault, stick)
    run = backups.back_up(vault, label="manual")
    assert len(run.made) == 2 and not run.failures
    key = vault._key_bytes()
    vault.close()
    return {"case": case, "stick": stick, "key": key}


def test_the_scan_sees_the_marker_before(marked: dict[str, Any], vault_dir: Path) -> None:
    """(So the test below can fail.) Raw bytes never show it: they are encrypted."""
    found = holding(vault_dir, marked["key"])
    assert any(f.endswith("vault.db (decrypted)") for f in found)
    assert any("dime-backup-" in f for f in found)
    assert not any("(raw)" in f for f in found)
    assert holding(marked["stick"], marked["key"])


def test_anonymised_case_leaves_no_byte_and_the_statistics_stay(
    marked: dict[str, Any], vault_dir: Path, passphrase: str, pass_file: Path
) -> None:
    before = stats_json(vault_dir, pass_file)
    vault = Vault.unlock(vault_dir, passphrase)
    try:
        report = erase_cases(vault, [marked["case"].id], KEEP_STATISTICS, REASON_REQUEST)
        assert [e.reference for e in report.erased] == [marked["case"].reference]
        assert len(report.backups_cleaned) == 2  # in the vault folder and on the stick
        assert report.notes == []
        assert MARK not in everything_in_tables(vault) and MARK.lower() not in everything_in_tables(
            vault
        )
        kept = vault.cases.get_by_id(marked["case"].id)
        assert kept.client is None and kept.summary == "" and kept.journal == []
        assert kept.grounds == marked["case"].grounds
        assert kept.incident_types == marked["case"].incident_types
        assert vault.evidence.list_for_case(kept.id or 0) == []
        assert vault.document_drafts.list_for_case(kept.id or 0) == []
        record = vault.mediation.get(kept.id or 0)
        assert record.outcome == "agreement" and len(record.talks) == 1
        assert vault.unsaved_forms.load_all() == {}
        assert vault.mediation.load_unsaved_forms() == {}
        entries = vault.access_log.for_case(kept.id or 0)
        assert (entries[0].event, entries[0].detail) == (audit.DELETED, KEEP_STATISTICS)
        assert vault.verify() == []
        # while the vault is still open: the WAL holds nothing of it either
        assert holding(vault_dir, marked["key"]) == []
    finally:
        vault.close()
    assert holding(vault_dir, marked["key"]) == []
    assert holding(marked["stick"], marked["key"]) == []
    assert stats_json(vault_dir, pass_file) == before


def test_full_deletion_removes_the_case_and_changes_the_statistics(
    marked: dict[str, Any], vault_dir: Path, passphrase: str, pass_file: Path
) -> None:
    before = stats_json(vault_dir, pass_file)
    vault = Vault.unlock(vault_dir, passphrase)
    try:
        erase_cases(vault, [marked["case"].id], DELETE_ALL, REASON_REQUEST)
        assert vault.cases.count() == 3
        assert MARK not in everything_in_tables(vault)
        assert vault.erasures.log()[0].reference == marked["case"].reference
    finally:
        vault.close()
    assert holding(vault_dir, marked["key"]) == []
    after = stats_json(vault_dir, pass_file)
    assert after != before
    assert after["cases"] == before["cases"] - 1


def test_restoring_an_older_backup_does_not_bring_the_case_back(
    marked: dict[str, Any], vault_dir: Path, passphrase: str, tmp_path: Path
) -> None:
    stick: Path = marked["stick"]
    away = tmp_path / "stick-in-a-drawer"
    stick.rename(away)  # not plugged in while the case is deleted
    vault = Vault.unlock(vault_dir, passphrase)
    try:
        report = erase_cases(vault, [marked["case"].id], KEEP_STATISTICS, REASON_REQUEST)
        assert any("could not be reached" in n for n in report.notes)
        away.rename(stick)
        old = backups.list_backups([stick])[0]
        assert holding(old.path, marked["key"])  # the old backup still has it
        plan = backups.prepare_restore_over(vault, old.path)
        assert plan.replayed == 1
        plan.commit()
        restored = vault.cases.get_by_id(marked["case"].id)
        assert restored.client is None and restored.summary == ""
        assert MARK not in everything_in_tables(vault)
        # a newer backup on the stick knows the deletion: a restore without the vault
        backups.back_up(vault, label="manual", to=stick)
    finally:
        vault.close()
    new_vault = tmp_path / "restored"
    plan = backups.prepare_restore(old.path, new_vault, passphrase=passphrase)
    assert plan.replayed == 1
    plan.commit()
    again = Vault.unlock(new_vault, passphrase)
    try:
        assert again.cases.get_by_id(marked["case"].id).client is None
        assert MARK not in everything_in_tables(again)
    finally:
        again.close()
    assert holding(new_vault, marked["key"]) == []


def test_backups_older_than_the_retention_are_removed(vault: Vault) -> None:
    from dime_desktop.vault.erasure import prune_expired_backups

    backups.back_up(vault, label="manual")
    old = backups.back_up(
        vault, label="manual", now=backups.datetime.now(backups.UTC) - timedelta(days=4 * 365)
    )
    removed = prune_expired_backups(vault, 3 * 365)
    assert removed == [old.made[0].path]
    assert len(backups.vault_backups(vault)) == 1
