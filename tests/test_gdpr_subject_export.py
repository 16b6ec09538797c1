"""A person's own copy (GDPR art. 15): every marker of the client's case is in
it, no marker of the other party unless the adviser asks for them."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from dime_desktop.cases.model import (
    CONSENT_STORE,
    Case,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    TimelineEvent,
)
from dime_desktop.cli.main import main as dime
from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness
from dime_desktop.privacy import consent
from dime_desktop.privacy.subject_export import (
    ExportOptions,
    add_months,
    client_cases,
    make_subject_export,
)
from dime_desktop.storage import access_log as audit
from dime_desktop.vault import Vault

MINE = {
    "name": "Klientmerkenavn",
    "contact": "klientmerke@example.invalid",
    "notes": "KLMnotat",
    "summary": "KLMsammendrag",
    "journal": "KLMjournal",
    "timeline": "KLMtidslinje",
    "followup": "KLMoppfolging",
    "consent": "KLMsamtykke",
    "intake": "KLMintake",
    "evidence": "KLMbevis",
    "evidence_note": "KLMbevisnotat",
    "document": "KLMdokument",
}
THEIRS = {
    "counterpart": "Motpartmerke",
    "witness": "Vitnemerke",
    "witness_contact": "vitnemerke@example.invalid",
    "user": "brukermerke99",
    "giver": "Giverperson",
}


def marked_case(vault: Vault, *, contact: str = MINE["contact"]) -> Case:
    from dime_desktop.drafting import load_context, new_document

    case = Case(
        opened=date(2024, 3, 4),
        area="goods_services",
        grounds=[CaseGround("ethnicity")],
        incident_types=["harassment"],
        counterpart_type="private_person",
        counterpart_name=THEIRS["counterpart"],
        # the other party named in the client's own text is taken out too
        summary=f"{MINE['summary']}: {THEIRS['counterpart']} sa noe stygt.",
        journal=[JournalEntry(date(2024, 3, 5), MINE["journal"])],
        timeline=[TimelineEvent(date(2024, 3, 1), MINE["timeline"])],
        follow_ups=[FollowUp(date(2024, 4, 1), MINE["followup"])],
        client=Client(name=MINE["name"], contact=contact, notes=MINE["notes"]),
    )
    consent.give(case, CONSENT_STORE, date(2024, 3, 4), "written", MINE["consent"])
    stored = vault.cases.add(case)
    assert stored.id is not None
    vault.intake.save(stored.id, {"answers": {"what.summary": MINE["intake"]}})
    vault.evidence.add_bytes(
        EvidenceItem(
            stored.id,
            MINE["evidence"],
            kind="screenshot",
            note=MINE["evidence_note"],
            given_by=THEIRS["giver"],
            online=OnlineDetails(platform="Facebook", user_name=THEIRS["user"]),
            witnesses=[Witness(THEIRS["witness"], THEIRS["witness_contact"], consent=True)],
        ),
        "skjerm.txt",
        b"skjermbilde\n",
    )
    doc = new_document("letter", load_context(vault, stored), "nb")
    doc.sections[0].text = MINE["document"]
    draft = vault.document_drafts.create(stored.id, doc)
    export = vault.document_drafts.record_export(
        draft.latest.id, fmt="pdf", sha256="0" * 64, size=1
    )
    vault.document_drafts.seal(export.id, sent_on=date(2024, 3, 10), recipient="Butikken")
    return vault.cases.get_by_id(stored.id)


def read_package(folder: Path) -> tuple[str, str]:
    pdf = next(folder.glob("*.pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    data = next(folder.glob("*.json")).read_text(encoding="utf-8")
    return " ".join(text.split()), data


def test_the_copy_holds_everything_of_the_client_and_nothing_of_the_other_party(
    vault: Vault, tmp_path: Path
) -> None:
    case = marked_case(vault)
    package = make_subject_export(vault, [case], tmp_path, ExportOptions(lang="nb"))
    text, data = read_package(package.folder)
    for key, marker in MINE.items():
        assert marker in data, key
        assert marker in text, key
    for key, marker in THEIRS.items():
        assert marker not in data, key
        assert marker not in text, key
    assert "[motparten] sa noe stygt" in data
    # the cover letter answers art. 15(1)(a)-(h)
    for head in ("a) Hvorfor", "b) Hvilke", "c) Hvem", "d) Hvor lenge", "e) Dine", "f) Klage"):
        assert head in text
    assert "Datatilsynet" in text and "Butikken" in text and "etnisitet" in text.lower()
    assert json.loads(data)["others_redacted"] is True


def test_the_others_only_when_the_adviser_asks(vault: Vault, tmp_path: Path) -> None:
    case = marked_case(vault)
    package = make_subject_export(
        vault, [case], tmp_path, ExportOptions(lang="en", include_others=True, include_files=True)
    )
    text, data = read_package(package.folder)
    for marker in THEIRS.values():
        assert marker in data
    assert "Access request" in text and "Article 15" in text
    assert [p.read_bytes() for p in package.files] == [b"skjermbilde\n"]


def test_the_request_is_logged_and_followed_up_a_month_later(vault: Vault, tmp_path: Path) -> None:
    case = marked_case(vault)
    received = date(2024, 1, 31)
    package = make_subject_export(
        vault, [case], tmp_path, ExportOptions(received_on=received), today=date(2024, 2, 2)
    )
    assert package.follow_up_due == date(2024, 2, 29) == add_months(received, 1)
    stored = vault.cases.get_by_id(case.id or 0)
    follow = [f for f in stored.follow_ups if f.source == "subject_access"]
    assert len(follow) == 1 and follow[0].due == date(2024, 2, 29)
    entries = vault.access_log.for_case(case.id or 0)
    assert (audit.SUBJECT_ACCESS, "received:2024-01-31") in [(e.event, e.detail) for e in entries]
    # the staff's names never reach the copy
    vault.access_log.record(audit.OPENED, case_id=case.id, actor="Ansattnavn Hemmelig")
    again = make_subject_export(vault, [case], tmp_path, ExportOptions())
    assert "Ansattnavn" not in read_package(again.folder)[1]


def test_all_cases_of_one_client_by_name_or_contact(vault: Vault) -> None:
    first = marked_case(vault)
    second = marked_case(vault)  # the same name and contact
    other = Case(
        opened=date(2024, 5, 1),
        area="work",
        client=Client(contact="KLIENTMERKE@example.invalid ", consent_to_store=True),
    )
    third = vault.cases.add(other)
    vault.cases.add(Case(opened=date(2024, 5, 2), area="work"))
    found = client_cases(vault, first)
    assert [c.id for c in found] == [first.id, second.id, third.id]


def test_dime_subject_export(
    vault: Vault, vault_dir: Path, tmp_path: Path, passphrase: str
) -> None:
    case = marked_case(vault)
    marked_case(vault, contact="annen@example.invalid")  # same name: found too
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    out = tmp_path / "ut"
    out.mkdir()
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = dime(
            [
                "subject-export",
                "--case",
                str(case.reference),
                "--all-cases-of-client",
                "--lang",
                "en",
                "--out",
                str(out),
                "--vault",
                str(vault_dir),
                "--passphrase-file",
                str(pass_file),
                "--adviser",
                "Åsa",
            ]
        )
    assert code == 0
    folder = Path(buffer.getvalue().strip().splitlines()[-1])
    text, data = read_package(folder)
    assert len(json.loads(data)["cases"]) == 2
    assert THEIRS["counterpart"] not in data
    assert "DH-2024-002" in text


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("DIME_ADVISER", raising=False)
