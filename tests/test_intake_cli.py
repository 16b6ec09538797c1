"""``dime checklist`` and ``dime takeaway`` write real PDFs."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from dime_desktop.cases.model import Case, Client
from dime_desktop.cli.main import main
from dime_desktop.intake import apply_answers, default_intake, normalize_state, set_decision


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def stored_case(vault: Any, vault_dir: Path, passphrase: str, tmp_path: Path) -> list[str]:
    """A case with a conversation in the vault; returns the common CLI options."""
    intake = default_intake()
    state = normalize_state(
        {
            "answers": {
                "safety.threats": True,
                "what.timeline": [{"date": "2024-04-02", "text": "Threatening message"}],
            }
        },
        intake,
    )
    set_decision(state, "police_report", "accepted", deadline=date(2030, 1, 31))
    case = Case(
        opened=date(2024, 4, 3),
        area="online",
        client=Client(name="Zakariya", consent_to_store=True),
    )
    apply_answers(case, intake, state["answers"])
    saved = vault.cases.add(case)
    vault.intake.save(saved.id, state)
    assert saved.reference is not None
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    return [saved.reference, "--vault", str(vault_dir), "--passphrase-file", str(pass_file)]


def test_blank_checklist_needs_no_vault(tmp_path: Path, no_tty: None) -> None:
    out = tmp_path / "blank.pdf"
    missing = tmp_path / "no-vault-here"
    assert main(["checklist", "--lang", "en", "--out", str(out), "--vault", str(missing)]) == 0
    text = pdf_text(out)
    assert "Checklist for the sorting conversation" in text and "9. Next steps" in text


def test_filled_checklist_and_takeaway(
    stored_case: list[str], tmp_path: Path, no_tty: None, capsys: pytest.CaptureFixture[str]
) -> None:
    ref, *opts = stored_case
    checklist = tmp_path / "checklist.pdf"
    assert main(["checklist", "--case", ref, "--out", str(checklist), *opts]) == 0
    text = pdf_text(checklist)
    assert ref in text and "Sjekkliste" in text and "Threatening message" in text
    assert "Zakariya" not in text
    takeaway = tmp_path / "takeaway.pdf"
    assert main(["takeaway", "--case", ref, "--lang", "en", "--out", str(takeaway), *opts]) == 0
    text = pdf_text(takeaway)
    assert (
        "Hello, Zakariya!" in text and "Report to the police" in text and "31 January 2030" in text
    )
    assert f"Wrote {takeaway}" in capsys.readouterr().out


def test_unknown_case_is_one_clear_line(
    stored_case: list[str], tmp_path: Path, no_tty: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _ref, *opts = stored_case
    out = tmp_path / "x.pdf"
    assert main(["takeaway", "--case", "DH-1999-001", "--out", str(out), *opts]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "DH-1999-001" in err and "Traceback" not in err
    assert not out.exists()


def test_unwritable_output(
    tmp_path: Path, no_tty: None, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "x.pdf"
    assert main(["checklist", "--out", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_takeaway_needs_a_case(tmp_path: Path, no_tty: None) -> None:
    assert main(["takeaway", "--out", str(tmp_path / "x.pdf")]) == 2
