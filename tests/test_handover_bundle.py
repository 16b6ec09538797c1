"""Handover between real vaults on disk: a marked case arrives whole, nothing
readable in the file, every refusal leaves the recipient byte for byte as it
was, a re-import changes nothing, merges join and ask."""

from __future__ import annotations

import io
import shutil
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import FollowUp, JournalEntry
from dime_desktop.errors import (
    BundleDamaged,
    BundleForAnotherVault,
    BundleNotABundle,
    BundleOutdated,
    BundleSenderUnknown,
    BundleSignatureInvalid,
    ConsentToShareMissing,
    FingerprintMismatch,
)
from dime_desktop.handover import service
from dime_desktop.handover.content import FULL, SUMMARY
from dime_desktop.handover.service import Decision, Trust
from dime_desktop.vault import Vault
from tests.handover_helpers import PASSPHRASE, M, add_marked_case, mark, snapshot
from tests.test_evidence_storage import png_bytes


class Office:
    def __init__(self, path: Path, name: str) -> None:
        self.name = name
        self.path = path
        self.vault: Vault | None = None

    @classmethod
    def create(cls, root: Path, name: str, kdf: Any) -> Office:
        Vault.create(root / name, PASSPHRASE, kdf=kdf).vault.close(backup=False)
        return cls(root / name, name)

    def open(self) -> Vault:
        if self.vault is None or not self.vault.is_open:
            # actor None: the unlock and lock themselves are not logged, so a
            # snapshot "byte for byte as it was" sees only what a handover did
            self.vault = Vault.unlock(self.path, PASSPHRASE, actor=None)
        return self.vault

    def close(self) -> None:
        if self.vault is not None and self.vault.is_open:
            self.vault.close(backup=False)  # backups are not what these tests are about
        self.vault = None


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three vaults made once for the module: the advice desk (a), the
    mediator (b), Bergen (c); a and b trust each other, a trusts c, c trusts
    nobody and nobody but a knows c. Each test works on its own copy."""
    from dime_desktop.vault.kdf import KdfParams

    kdf = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
    root = tmp_path_factory.mktemp("offices")
    made = {n: Office.create(root, n, kdf) for n in ("a", "b", "c")}
    keys = root / "keys"
    keys.mkdir()
    for n, office in made.items():
        service.export_identity(office.open(), keys / f"{n}.json")
        office.close()
    service.add_contact(made["a"].open(), keys / "b.json", "Mediator", office="Meglingsbenken")
    service.add_contact(made["a"].vault, keys / "c.json", "Bergen", office="Bergen")
    service.add_contact(made["b"].open(), keys / "a.json", "Adviser", office="Oslo")
    for office in made.values():
        office.close()
    return root


@pytest.fixture
def offices(office_template: Path, tmp_path: Path) -> Iterator[dict[str, Office]]:
    root = tmp_path / "offices"
    shutil.copytree(office_template, root)
    made: dict[str, Any] = {n: Office(root / n, n) for n in ("a", "b", "c")}
    made["keys"] = root / "keys"
    yield made
    for office in made.values():
        if isinstance(office, Office):
            office.close()


def export(office: Office, refs: list[str], to: str, out: Path, content: str = FULL) -> Path:
    vault = office.open()
    contact = vault.identity.find_contact(to)
    service.export_bundle(vault, refs, contact, content=content, out=out)
    office.close()
    return out


def import_all(office: Office, path: Path, **kw: Any) -> service.ImportResult:
    vault = office.open()
    preview = service.read_bundle(vault, path)
    return service.apply_import(vault, preview, **kw)


def test_a_marked_case_arrives_whole_and_the_file_hides_every_marker(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["a"], offices["b"]
    sent = add_marked_case(a.open())
    sent_evidence = a.vault.evidence.list_for_case(sent.id)  # type: ignore[union-attr]
    sent_bytes = a.vault.evidence.read_bytes(sent_evidence[0].id)  # type: ignore[union-attr]
    sent_versions = a.vault.document_drafts.versions(  # type: ignore[union-attr]
        a.vault.document_drafts.list_for_case(sent.id)[0].id  # type: ignore[union-attr]
    )
    a.close()
    path = export(a, [sent.reference or ""], "Mediator", tmp_path / "sak.dimebundle")

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert M.encode() not in raw
    assert M.encode("utf-16-le") not in raw
    assert b"evbytes" not in raw

    result = import_all(b, path)
    vault = b.open()
    assert result.imported == [sent.reference]
    got = vault.cases.get(sent.reference or "")
    assert replace(got, id=None) == replace(
        sent,
        id=None,
        journal=[replace(j, id=got.journal[i].id) for i, j in enumerate(sent.journal)],
        follow_ups=[replace(f, id=got.follow_ups[i].id) for i, f in enumerate(sent.follow_ups)],
        timeline=[replace(t, id=got.timeline[i].id) for i, t in enumerate(sent.timeline)],
    )
    assert vault.intake.load(got.id) == {"answers": {"q1": mark("intake")}, "step": 3}
    items = vault.evidence.list_for_case(got.id)
    assert [replace(i, id=None, case_id=0) for i in items] == [
        replace(i, id=None, case_id=0) for i in sent_evidence
    ]
    assert vault.evidence.read_bytes(items[0].id) == sent_bytes
    drafts = vault.document_drafts.list_for_case(got.id)
    assert len(drafts) == 1
    versions = vault.document_drafts.versions(drafts[0].id)
    assert [(v.number, v.content, v.saved_at, v.sealed_at, v.sent_to) for v in versions] == [
        (v.number, v.content, v.saved_at, v.sealed_at, v.sent_to) for v in sent_versions
    ]
    assert (
        versions[0].sealed and vault.document_drafts.exports(versions[0].id)[0].sha256 == "c" * 64
    )
    assert vault.verify() == []


def test_a_referral_summary_carries_what_the_mediator_needs_only(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["a"], offices["b"]
    sent = add_marked_case(a.open())
    a.close()
    path = export(a, [sent.reference or ""], "Mediator", tmp_path / "s.dimebundle", SUMMARY)
    import_all(b, path)
    got = b.open().cases.get(sent.reference or "")
    assert got.summary == mark("summary") and got.client is not None
    assert got.client.name == mark("clientname") and got.client.notes == ""
    assert got.journal == [] and got.follow_ups == []
    assert [t.description for t in got.timeline] == [mark("timeline")]
    assert b.vault.intake.load(got.id) is None  # type: ignore[union-attr]
    assert b.vault.evidence.list_for_case(got.id) == []  # type: ignore[union-attr]
    assert b.vault.document_drafts.list_for_case(got.id) == []  # type: ignore[union-attr]


def test_consent_to_store_stands_in_when_no_referral_consent_is_recorded(
    offices: dict[str, Office],
) -> None:
    # a case may hold a name only with consent to store (issue 12, the case
    # repository refuses it otherwise); never asked about a referral, that
    # consent is what the handover rests on, and the dialog says so
    vault = offices["a"].open()
    case = add_marked_case(vault)
    assert case.consent_of("mediation_referral") is None
    check = service.export_checks(vault, [case.reference or ""])[0].consent
    assert (check.given, check.source) == (True, "consent_to_store")


def test_importing_the_same_bundle_twice_changes_nothing(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["a"], offices["b"]
    sent = add_marked_case(a.open())
    a.close()
    path = export(a, [sent.reference or ""], "Mediator", tmp_path / "sak.dimebundle")
    import_all(b, path)
    b.close()
    before = snapshot(b.path)
    again = import_all(b, path)
    assert again.imported == [] and again.already == [sent.reference]
    assert not again.changed
    b.close()
    assert snapshot(b.path) == before


# --- refusals: one sentence each, the recipient unchanged byte for byte ------------


def refused(office: Office, path: Path, error: type[Exception], **kw: Any) -> str:
    office.close()
    before = snapshot(office.path)
    with pytest.raises(error) as info:
        import_all(office, path, **kw)
    office.close()
    assert snapshot(office.path) == before
    text = str(info.value)
    assert text.count(". ") <= 2 and "Nothing in the vault was changed." in text
    return text


def _rezip(path: Path, out: Path, change: Any) -> Path:
    with zipfile.ZipFile(path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    change(entries)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, data in entries.items():
            zf.writestr(n, data)
    out.write_bytes(buf.getvalue())
    return out


@pytest.fixture
def bundle_for_b(offices: dict[str, Office], tmp_path: Path) -> Path:
    a = offices["a"]
    sent = add_marked_case(a.open())
    a.close()
    return export(a, [sent.reference or ""], "Mediator", tmp_path / "sak.dimebundle")


def test_a_bundle_for_another_vault_is_refused(offices: dict[str, Office], tmp_path: Path) -> None:
    a, c = offices["a"], offices["c"]
    case = add_marked_case(a.open())
    a.close()
    path = export(a, [case.reference or ""], "Mediator", tmp_path / "b.dimebundle")
    text = refused(c, path, BundleForAnotherVault)
    assert "another vault" in text


def test_a_vault_without_a_key_yet_refuses_without_making_one(
    bundle_for_b: Path, tmp_path: Path, fast_kdf: Any
) -> None:
    fresh = Office.create(tmp_path, "fresh", fast_kdf)
    refused(fresh, bundle_for_b, BundleForAnotherVault)
    assert fresh.open().identity.get() is None


def test_a_changed_header_breaks_the_signature(
    offices: dict[str, Office], bundle_for_b: Path, tmp_path: Path
) -> None:
    def later(entries: dict[str, bytes]) -> None:
        entries["header.json"] = entries["header.json"].replace(b'"sequence": 1', b'"sequence": 9')

    path = _rezip(bundle_for_b, tmp_path / "changed.dimebundle", later)
    text = refused(offices["b"], path, BundleSignatureInvalid)
    assert "signature" in text


def test_a_bundle_re_signed_by_someone_else_is_refused(
    offices: dict[str, Office], bundle_for_b: Path, tmp_path: Path
) -> None:
    """c takes a's bundle for b and signs its header as c (b trusts c here):
    the content still names a as the sender."""
    import json
    from base64 import b64encode

    b, c = offices["b"], offices["c"]
    c_identity = c.open().identity.ensure()
    c.close()
    service.add_contact(b.open(), offices["keys"] / "c.json", "Bergen")  # type: ignore[operator]
    b.close()

    def resign(entries: dict[str, bytes]) -> None:
        header = json.loads(entries["header.json"])
        header["sender"] = c_identity.public().to_dict()
        data = json.dumps(header, indent=1, sort_keys=True).encode()
        entries["header.json"] = data
        entries["header.sig"] = b64encode(c_identity.sign(data))

    path = _rezip(bundle_for_b, tmp_path / "resigned.dimebundle", resign)
    refused(b, path, BundleDamaged)


def test_an_untrusted_sender_is_refused_unless_verified_then_and_there(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, c = offices["a"], offices["c"]
    case = add_marked_case(a.open())
    a.close()
    path = export(a, [case.reference or ""], "Bergen", tmp_path / "c.dimebundle")
    preview = service.read_bundle(c.open(), path)
    assert not preview.sender.trusted
    a_fp = a.open().identity.ensure().fingerprint
    a.close()
    assert preview.sender.describe() == f"unknown: compare fingerprint {a_fp}"
    text = refused(c, path, BundleSenderUnknown)
    assert a_fp in text
    wrong = a_fp[:-1] + ("0" if a_fp[-1] != "0" else "1")
    c.close()
    before = snapshot(c.path)
    with pytest.raises(FingerprintMismatch):
        import_all(c, path, trust=Trust("Oslo", "Oslo", wrong))
    c.close()
    assert snapshot(c.path) == before
    result = import_all(c, path, trust=Trust("Oslo", "Oslo", a_fp.lower().replace("-", " ")))
    assert result.imported == [case.reference]
    assert result.trusted is not None and result.trusted.name == "Oslo"
    assert c.open().identity.find_contact("Oslo").verified_on == date.today()


@pytest.mark.parametrize("cut", [1, 100, 1000, -1])
def test_a_truncated_bundle_is_refused(
    offices: dict[str, Office], bundle_for_b: Path, tmp_path: Path, cut: int
) -> None:
    data = bundle_for_b.read_bytes()
    short = tmp_path / "short.dimebundle"
    short.write_bytes(data[: cut if cut > 0 else len(data) + cut])
    refused(offices["b"], short, BundleNotABundle if 0 < cut <= 3 else BundleDamaged)


def test_an_altered_payload_is_refused(
    offices: dict[str, Office], bundle_for_b: Path, tmp_path: Path
) -> None:
    data = bytearray(bundle_for_b.read_bytes())
    start = data.index(b"age-encryption.org/v1")
    data[start + 400] ^= 0x01  # one bit inside the encrypted content
    altered = tmp_path / "altered.dimebundle"
    altered.write_bytes(bytes(data))
    refused(offices["b"], altered, BundleDamaged)

    def swap_payload(entries: dict[str, bytes]) -> None:
        body = bytearray(entries["payload.age"])
        body[-5] ^= 0x01
        entries["payload.age"] = bytes(body)

    refused(
        offices["b"], _rezip(bundle_for_b, tmp_path / "p.dimebundle", swap_payload), BundleDamaged
    )


def test_not_a_bundle(offices: dict[str, Office], tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hei")
    refused(offices["b"], other, BundleNotABundle)


def test_an_older_bundle_than_one_imported_is_refused(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["a"], offices["b"]
    case = add_marked_case(a.open())
    a.close()
    first = export(a, [case.reference or ""], "Mediator", tmp_path / "1.dimebundle")
    vault = a.open()
    got = vault.cases.get(case.reference or "")
    got.journal.append(JournalEntry(date(2024, 5, 20), "Ringte motparten"))
    vault.cases.update(got)
    a.close()
    second = export(a, [case.reference or ""], "Mediator", tmp_path / "2.dimebundle")
    import_all(b, second)
    text = refused(b, first, BundleOutdated)
    assert case.reference in text and "older" in text


# --- merging ------------------------------------------------------------------------


def test_a_case_coming_back_is_merged_and_conflicts_wait_for_a_choice(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["a"], offices["b"]
    case = add_marked_case(a.open())
    ref = case.reference or ""
    a.close()
    import_all(b, export(a, [ref], "Mediator", tmp_path / "out.dimebundle"))

    # The mediator adds a journal entry, a follow-up, evidence and changes the summary.
    vault_b = b.open()
    theirs = vault_b.cases.get(ref)
    theirs.journal.append(JournalEntry(date(2024, 6, 2), "Samtale med motparten"))
    theirs.follow_ups.append(FollowUp(date(2024, 7, 1), "Møte i megling"))
    theirs.follow_ups[0].done = True
    theirs.summary = "Oppdatert av megler"
    vault_b.cases.update(theirs)
    from dime_desktop.evidence.model import EvidenceItem

    vault_b.evidence.add_bytes(EvidenceItem(theirs.id, "Nytt bilde"), "ny.png", png_bytes(b"ny"))
    b.close()
    back = tmp_path / "back.dimebundle"
    b_vault = b.open()
    service.export_bundle(b_vault, [ref], b_vault.identity.find_contact("Adviser"), out=back)
    b.close()

    # Meanwhile the adviser added an entry of her own.
    vault_a = a.open()
    mine = vault_a.cases.get(ref)
    mine.journal.append(JournalEntry(date(2024, 6, 3), "Klienten ringte"))
    vault_a.cases.update(mine)

    preview = service.read_bundle(vault_a, back)
    (plan,) = preview.plans
    assert plan.status == "merge" and plan.local_reference == ref
    keys = {c.key for c in plan.conflicts}
    assert "summary" in keys and any(k.startswith("follow_up:") for k in keys)
    assert plan.added["journal"] == 1 and plan.added["follow_ups"] == 1
    assert plan.added["evidence"] == 1

    # Keep mine everywhere: the summary stays; the entries and evidence are joined.
    service.apply_import(vault_a, preview)
    got = vault_a.cases.get(ref)
    assert got.summary == mark("summary")
    texts = [j.text for j in got.journal]
    assert texts.count("Samtale med motparten") == 1 and "Klienten ringte" in texts
    assert len(got.journal) == 4
    assert [f.note for f in got.follow_ups].count("Møte i megling") == 1
    assert got.follow_ups[0].done is False  # the conflict kept mine
    assert len(vault_a.evidence.list_for_case(got.id)) == 3
    assert len(vault_a.cases.list_rows()) == 1  # the same case, not a second one
    a.close()


def test_taking_theirs_for_a_field(offices: dict[str, Office], tmp_path: Path) -> None:
    a, b = offices["a"], offices["b"]
    case = add_marked_case(a.open())
    ref = case.reference or ""
    a.close()
    import_all(b, export(a, [ref], "Mediator", tmp_path / "out.dimebundle"))
    vault_b = b.open()
    theirs = vault_b.cases.get(ref)
    theirs.summary = "Oppdatert av megler"
    theirs.status = "closed"
    theirs.closed = date(2024, 8, 1)
    vault_b.cases.update(theirs)
    back = tmp_path / "back.dimebundle"
    service.export_bundle(vault_b, [ref], vault_b.identity.find_contact("Adviser"), out=back)
    b.close()
    vault_a = a.open()
    preview = service.read_bundle(vault_a, back)
    (plan,) = preview.plans
    choices = {plan.incoming.origin: Decision(True, frozenset({"summary"}))}
    service.apply_import(vault_a, preview, choices)
    got = vault_a.cases.get(ref)
    assert got.summary == "Oppdatert av megler"
    assert got.status == "open"  # not chosen: kept


def test_rejecting_a_case_writes_nothing(offices: dict[str, Office], tmp_path: Path) -> None:
    a, b = offices["a"], offices["b"]
    case = add_marked_case(a.open())
    a.close()
    path = export(a, [case.reference or ""], "Mediator", tmp_path / "x.dimebundle")
    b.close()
    before = snapshot(b.path)
    vault = b.open()
    preview = service.read_bundle(vault, path)
    result = service.apply_import(
        vault, preview, {preview.plans[0].incoming.origin: Decision(accept=False)}
    )
    assert result.rejected == [case.reference] and not result.changed
    b.close()
    assert snapshot(b.path) == before
    # ... and it can still be accepted later
    assert import_all(b, path).imported == [case.reference]


def test_a_reference_taken_here_gets_a_number_of_this_vault(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    a, b = offices["a"], offices["b"]
    case = add_marked_case(a.open())
    a.close()
    add_marked_case(b.open())  # b's own DH-2024-001, another case
    b.close()
    path = export(a, [case.reference or ""], "Mediator", tmp_path / "x.dimebundle")
    result = import_all(b, path)
    assert result.imported == ["DH-2024-002"]
    b.close()
    # and a second bundle of the same case finds it again
    vault = a.open()
    got = vault.cases.get(case.reference or "")
    got.journal.append(JournalEntry(date(2024, 7, 1), "Nytt"))
    vault.cases.update(got)
    a.close()
    path2 = export(a, [case.reference or ""], "Mediator", tmp_path / "y.dimebundle")
    preview = service.read_bundle(b.open(), path2)
    assert preview.plans[0].local_reference == "DH-2024-002"


def test_three_vaults_a_case_travels_on_and_back(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    """a → b → c → a: each vault knows the case by its origin."""
    a, b, c = offices["a"], offices["b"], offices["c"]
    keys: Path = offices["keys"]  # type: ignore[assignment]
    service.add_contact(b.open(), keys / "c.json", "Bergen")
    b.close()
    service.add_contact(c.open(), keys / "b.json", "Mediator")
    service.add_contact(c.vault, keys / "a.json", "Adviser")
    c.close()
    case = add_marked_case(a.open())
    ref = case.reference or ""
    a.close()
    import_all(b, export(a, [ref], "Mediator", tmp_path / "ab.dimebundle"))
    b.close()
    import_all(c, export(b, [ref], "Bergen", tmp_path / "bc.dimebundle"))
    vault_c = c.open()
    got = vault_c.cases.get(ref)
    got.journal.append(JournalEntry(date(2024, 8, 1), "Fra Bergen"))
    vault_c.cases.update(got)
    c.close()
    result = import_all(a, export(c, [ref], "Adviser", tmp_path / "ca.dimebundle"))
    assert result.imported == [ref]
    texts = [j.text for j in a.open().cases.get(ref).journal]
    assert texts.count("Fra Bergen") == 1 and len(a.vault.cases.list_rows()) == 1  # type: ignore[union-attr]


def test_the_mediation_record_travels_with_the_summary(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    from dime_desktop.mediation import rules

    a, b = offices["a"], offices["b"]
    vault = a.open()
    case = add_marked_case(vault)
    from dime_desktop.mediation.model import Consent

    record = rules.new_record_for_case(case, date(2024, 5, 20), mediator="Åsa")
    record.referral_consent = Consent(date(2024, 5, 20), "oral")
    vault.mediation.add(record)
    a.close()
    import_all(b, export(a, [case.reference or ""], "Mediator", tmp_path / "m.dimebundle", SUMMARY))
    vault_b = b.open()
    got = vault_b.cases.get(case.reference or "")
    stored = vault_b.mediation.find(got.id)
    assert stored is not None and stored.mediator == "Åsa" and got.mediation.referred


def test_the_referral_consent_speaks_for_a_handover_and_the_log_says_so(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    from dime_desktop.cases.model import CONSENT_MEDIATION
    from dime_desktop.privacy import consent
    from dime_desktop.storage import access_log as audit

    a = offices["a"]
    vault = a.open()
    case = add_marked_case(vault)
    consent.give(case, CONSENT_MEDIATION, date(2026, 11, 3), "oral")
    case = vault.cases.update(case)
    ref = case.reference or ""
    check = service.export_checks(vault, [ref])[0].consent
    assert (check.given, check.source, check.recorded_on) == (True, "consent_record", "2026-11-03")
    result = service.export_bundle(
        vault, [ref], vault.identity.find_contact("Mediator"), out=tmp_path / "r.dimebundle"
    )
    logged = [e for e in vault.access_log.for_case(case.id or 0) if e.event == audit.HANDED_OVER]
    assert [e.detail for e in logged] == [f"full:{result.sequence}"]

    # the client withdraws the referral: the consent to store no longer carries it
    consent.withdraw(case, CONSENT_MEDIATION, date(2026, 11, 20), "changed mind", "en")
    case = vault.cases.update(case)
    assert case.consent_of("store_identity") is not None
    with pytest.raises(ConsentToShareMissing):
        service.export_bundle(
            vault, [ref], vault.identity.find_contact("Mediator"), out=tmp_path / "w.dimebundle"
        )
    assert not (tmp_path / "w.dimebundle").exists()
    assert (
        len([e for e in vault.access_log.for_case(case.id or 0) if e.event == audit.HANDED_OVER])
        == 1
    )


def test_the_consents_travel_and_a_withdrawal_is_a_difference_to_choose(
    offices: dict[str, Office], tmp_path: Path
) -> None:
    from dime_desktop.cases.model import CONSENT_CONTACT_CLIENT, CONSENT_MEDIATION
    from dime_desktop.handover.merge import format_value
    from dime_desktop.privacy import consent

    a, b = offices["a"], offices["b"]
    vault = a.open()
    case = add_marked_case(vault)
    consent.give(case, CONSENT_MEDIATION, date(2026, 11, 3), "oral")
    consent.give(case, CONSENT_CONTACT_CLIENT, date(2026, 11, 3), "written")
    case = vault.cases.update(case)
    ref = case.reference or ""
    a.close()
    import_all(b, export(a, [ref], "Mediator", tmp_path / "c1.dimebundle", SUMMARY))
    got = b.vault.cases.get(ref)  # type: ignore[union-attr]
    contact = got.consent_of(CONSENT_CONTACT_CLIENT)
    assert contact is not None and (contact.given_on, contact.method) == (
        date(2026, 11, 3),
        "written",
    )
    assert got.consent_of(CONSENT_MEDIATION) is not None
    b.close()

    # the client withdraws the consent to be contacted at the advice desk
    vault = a.open()
    case = vault.cases.get(ref)
    consent.withdraw(case, CONSENT_CONTACT_CLIENT, date(2026, 11, 25), "no calls", "en")
    vault.cases.update(case)
    a.close()
    path = export(a, [ref], "Mediator", tmp_path / "c2.dimebundle", SUMMARY)
    preview = service.read_bundle(b.open(), path)
    (plan,) = preview.plans
    conflict = next(c for c in plan.conflicts if c.key == f"consent:{CONSENT_CONTACT_CLIENT}")
    assert "withdrawn 2026-11-25" in format_value(conflict.key, conflict.theirs, "en")
    assert "trukket 25.11.2026" in format_value(conflict.key, conflict.theirs, "nb")
    # kept as it was unless the user takes the bundle's value
    service.apply_import(b.vault, preview, {plan.incoming.origin: Decision(True)})
    assert b.vault.cases.get(ref).consent_of(CONSENT_CONTACT_CLIENT).active  # type: ignore[union-attr]
    b.close()
    # a newer bundle, and this time the user takes the bundle's value
    path = export(a, [ref], "Mediator", tmp_path / "c3.dimebundle", SUMMARY)
    preview = service.read_bundle(b.open(), path)
    (plan,) = preview.plans
    key = f"consent:{CONSENT_CONTACT_CLIENT}"
    assert key in {c.key for c in plan.conflicts}
    service.apply_import(b.vault, preview, {plan.incoming.origin: Decision(True, frozenset({key}))})
    taken = b.vault.cases.get(ref).consent_of(CONSENT_CONTACT_CLIENT)  # type: ignore[union-attr]
    assert taken is not None and taken.status == "withdrawn"
    assert taken.withdrawn_on == date(2026, 11, 25)
    b.close()
