"""``dime mediation list``, ``show`` and ``agreement``, run in-process against a
real vault on disk."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from dime_desktop.cases.model import Case, CaseGround, Client, Mediation
from dime_desktop.cli.main import main
from dime_desktop.mediation import rules
from dime_desktop.mediation.checklist import default_checklist
from dime_desktop.mediation.model import ANSWER_YES, STAGE_READY, Meeting, PreparatoryTalk, Term
from dime_desktop.vault import Vault

TODAY = date.today()


@pytest.fixture
def filled(vault_dir: Path, passphrase: str, fast_kdf: Any) -> dict[str, str]:
    """A vault with an agreement in follow-up, a fresh referral, and a referral
    that exists only in the register's columns."""
    vault = Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault
    try:
        refs: dict[str, str] = {}
        case = vault.cases.add(
            Case(
                opened=date(2020, 1, 6),
                area="work",
                grounds=[CaseGround("ethnicity")],
                counterpart_type="business",
                counterpart_name="Kafé Solsiden AS",
                client=Client(name="Amina Haddad", consent_to_store=True),
            )
        )
        record = rules.new_record_for_case(case, date(2020, 1, 20), mediator="Åsa")
        record.referral_consent.given_on = date(2020, 1, 20)
        record.referral_consent.method = "oral"
        client, other = record.parties
        for p in (client, other):
            p.consent.given_on, p.consent.method = date(2020, 1, 22), "written"
        for code in default_checklist().codes():
            rules.answer_item(record, code, ANSWER_YES, on=date(2020, 1, 25))
        rules.add_talk(record, PreparatoryTalk(date(2020, 1, 22), client.key), on=TODAY, by="Åsa")
        rules.change_stage(record, STAGE_READY, on=date(2020, 1, 25), by="Åsa")
        record.meetings.append(Meeting(date(2020, 2, 3), place="library", held=True))
        rules.change_stage(record, "meeting_held", on=date(2020, 2, 3), by="Åsa")
        record.outcome, record.agreement_on = "agreement", date(2020, 2, 3)
        record.terms = [
            Term("apology", "Ber om unnskyldning", date(2020, 2, 17), other.key),
            Term("changed_practice", "Ny rutine", TODAY + timedelta(days=3), other.key),
        ]
        rules.record_term_status(record.terms[0], "fulfilled", on=date(2020, 2, 20))
        rules.change_stage(record, "follow_up", on=date(2020, 2, 3), by="Åsa")
        vault.mediation.add(record)
        refs["agreement"] = str(case.reference)

        fresh = vault.cases.add(Case(opened=date(2021, 3, 1), area="online"))
        r2 = rules.new_record_for_case(fresh, date(2021, 3, 2))
        r2.referral_consent.given_on, r2.referral_consent.method = date(2021, 3, 2), "message"
        vault.mediation.add(r2)
        refs["fresh"] = str(fresh.reference)

        old = vault.cases.add(
            Case(
                opened=date(2020, 5, 5),
                area="nightlife",
                mediation=Mediation(True, None, "resolved_before_meeting"),
            )
        )
        refs["register"] = str(old.reference)
        refs["advice"] = str(vault.cases.add(Case(opened=date(2020, 6, 1), area="work")).reference)
    finally:
        vault.close()
    return refs


@pytest.fixture
def dime(vault_dir: Path, passphrase: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def run(*args: str) -> int:
        return main([*args, "--vault", str(vault_dir), "--passphrase-file", str(pass_file)])

    return run


def test_list_json_counts_records_and_register_referrals(
    filled: dict[str, str], dime: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dime("mediation", "list", "--year", "2020", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["reference"], r["source"], r["stage"], r["area"]) for r in rows] == [
        (filled["agreement"], "record", "follow_up", "work"),
        (filled["register"], "register", None, "goods_services"),  # nightlife → goods/services
    ]
    terms = rows[0]["terms"]
    assert terms == {"fulfilled": 0, "late": 1, "broken": 0, "open": 1, "overdue": 0}
    assert rows[0]["next_follow_up"] == (TODAY + timedelta(days=3)).isoformat()
    assert "Amina" not in json.dumps(rows)  # no names in a list


def test_list_table(filled: dict[str, str], dime: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert dime("mediation", "list") == 0
    out = capsys.readouterr().out
    assert "Following up the agreement" in out and "Referred" in out
    assert filled["fresh"] in out and "2 mediation cases." in out
    assert (
        "1 referral recorded only in the register's columns (no mediation record): "
        + filled["register"]
        in out
    )
    assert dime("mediation", "list", "--year", "1999") == 0
    assert "No mediation cases from 1999." in capsys.readouterr().out


def test_show_text_and_json(
    filled: dict[str, str], dime: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dime("mediation", "show", filled["agreement"]) == 0
    out = capsys.readouterr().out
    for text in (
        f"Mediation case {filled['agreement']}",
        "Stage:      Following up the agreement",
        "Client: Amina Haddad (consent to mediation: given 2020-01-22 (Written))",
        "[yes] The facts are clarified",
        "Ready for a meeting: yes",
        "1. Apology: Kafé Solsiden AS – Ber om unnskyldning by 2020-02-17 [late 2020-02-20]",
        "Terms: 0 fulfilled, 1 late, 0 broken, 1 open (0 overdue)",
        "2020-01-25  Preparatory talks → Ready for a meeting  by Åsa",
        "Three-year limit: the advice case has no dated event",
    ):
        assert text in out, (text, out)
    assert dime("mediation", "show", filled["agreement"], "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stage"] == "follow_up" and data["ready_problems"] == []
    assert data["fulfilment"]["late"] == 1 and len(data["terms"]) == 2
    assert [h["to"] for h in data["history"]] == [
        "referred",
        "preparing",
        "ready",
        "meeting_held",
        "follow_up",
    ]

    assert dime("mediation", "show", filled["fresh"], "--json") == 0
    fresh = json.loads(capsys.readouterr().out)
    problems = {(p["field"], p["problem"]) for p in fresh["ready_problems"]}
    assert ("suitability.facts_clarified", "unanswered") in problems

    assert dime("mediation", "show", filled["register"]) == 0
    assert "has no mediation record yet" in capsys.readouterr().out


def test_show_errors_are_one_line(
    filled: dict[str, str], dime: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dime("mediation", "show", filled["advice"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f'dime: Case "{filled["advice"]}" has no mediation record.'
    assert dime("mediation", "show", "DH-1999-001") == 1
    assert "There is no case" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_agreement_pdf_and_docx(
    filled: dict[str, str],
    dime: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    pdf, word = tmp_path / "a.pdf", tmp_path / "a.docx"
    assert (
        dime(
            "mediation",
            "agreement",
            "--case",
            filled["agreement"],
            "--lang",
            lang,
            "--out",
            str(pdf),
        )
        == 0
    )
    assert (
        dime(
            "mediation",
            "agreement",
            "--case",
            filled["agreement"],
            "--lang",
            lang,
            "--out",
            str(word),
        )
        == 0
    )
    assert f"Wrote {pdf}" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    title = "Meglingsavtale" if lang == "nb" else "Mediation agreement"
    assert title in text and "Ber om unnskyldning" in text and "Kafé Solsiden AS" in text
    d = docx.Document(str(word))
    assert d.paragraphs[0].text == title
    assert any("Ny rutine" in p.text for p in d.paragraphs)


def test_agreement_refuses_what_cannot_be_written(
    filled: dict[str, str], dime: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.pdf"
    assert dime("mediation", "agreement", "--case", filled["fresh"], "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "cannot be written yet" in err and "outcome: not agreement" in err
    assert not out.exists()
    assert (
        dime(
            "mediation",
            "agreement",
            "--case",
            filled["agreement"],
            "--out",
            str(tmp_path / "a.txt"),
        )
        == 1
    )
    assert "ending in .pdf or .docx" in capsys.readouterr().err
    assert dime("mediation") == 2  # no action: the usage
