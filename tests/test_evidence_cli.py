"""``dime draft`` and ``dime evidence add|list|export``, in-process on a real vault."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cli.main import main
from dime_desktop.drafting import load_context, new_document
from dime_desktop.vault import Vault
from tests.evidence_samples import CLIENT, WITNESS, docx_text, pdf_text, sample_case, squash
from tests.test_evidence_storage import png_bytes


@pytest.fixture
def pass_file(tmp_path: Path, passphrase: str) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


@pytest.fixture
def reference(vault: Any) -> str:
    """A case in the (closed, on disk) vault; returns its reference."""
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    return str(case.reference)


@pytest.fixture
def dime(
    vault: Any, reference: str, vault_dir: Path, pass_file: Path, fast_kdf: Any, monkeypatch: Any
) -> Any:
    vault.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def run(*args: str) -> int:
        return main(
            [*args, "--vault", str(vault_dir), "--passphrase-file", str(pass_file)], kdf=fast_kdf
        )

    return run


def test_evidence_add_list_and_export(
    dime: Any, reference: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "skjermbilde.png"
    picture.write_bytes(png_bytes(b"marker"))
    assert dime("evidence", "add", "--case", reference, str(picture), "--note", "fra klienten") == 0
    out = capsys.readouterr().out
    assert f"Added item 1 to {reference}: skjermbilde" in out
    assert dime("evidence", "add", "--case", reference, str(picture)) == 0
    assert "item 1 (skjermbilde) is the same file" in capsys.readouterr().err

    assert dime("evidence", "list", "--case", reference, "--json") == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["position"], i["attachment"], i["kind"]) for i in items] == [
        (1, 1, "screenshot"),
        (2, 2, "screenshot"),
    ]
    assert items[0]["note"] == "fra klienten"
    assert dime("evidence", "list", "--case", reference) == 0
    assert "2 items, 2 with a file." in capsys.readouterr().out

    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    assert dime("evidence", "export", "--case", reference, "--out", str(out_dir)) == 0
    captured = capsys.readouterr()
    assert "leaves the encrypted vault" in captured.err
    folder = out_dir / f"{reference} bevis"
    assert sorted(p.name for p in folder.iterdir()) == [
        "Vedlegg 01 - skjermbilde.png",
        "Vedlegg 02 - skjermbilde.png",
        "bevisliste.txt",
    ]
    assert (folder / "Vedlegg 01 - skjermbilde.png").read_bytes() == picture.read_bytes()
    assert stat.S_IMODE(os.stat(folder / "bevisliste.txt").st_mode) == 0o600


def test_evidence_add_refuses_a_program_before_the_passphrase(
    dime: Any, reference: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    program = tmp_path / "virus.exe"
    program.write_bytes(b"MZ\x90\x00" * 10)
    assert dime("evidence", "add", "--case", reference, str(program)) == 1
    err = capsys.readouterr().err
    assert "virus.exe: files of this type" in err and "Traceback" not in err


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_draft_prefilled_with_missing_facts_on_stderr(
    dime: Any, reference: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out = tmp_path / f"klage.{suffix}"
    assert dime("draft", "--case", reference, "--kind", "tribunal", "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "prefilled from the case" in captured.err
    assert "missing: vitner" in captured.err  # no witnesses in the vault
    assert "missing: vedlegg (bevis) (fill in: evidence)" in captured.err
    assert "warning:" not in captured.err
    assert "Wrote" in captured.out and "SHA-256" in captured.out
    text = squash(pdf_text(out.read_bytes()) if suffix == "pdf" else docx_text(out.read_bytes()))
    assert "8. Vedlegg" in text and CLIENT in text
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_draft_three_year_warning_goes_to_stderr(
    vault_dir: Path, passphrase: str, dime: Any, reference: str, tmp_path: Path, capsys: Any
) -> None:
    from datetime import date

    from dime_desktop.cases.model import TimelineEvent

    v = Vault.unlock(vault_dir, passphrase)
    case = v.cases.get(reference)
    case.timeline = [TimelineEvent(date(2019, 3, 1), "Oppsigelse")]
    v.cases.update(case)
    v.close()
    out = tmp_path / "klage.pdf"
    assert dime("draft", "--case", reference, "--kind", "tribunal", "--out", str(out)) == 0
    assert "warning: Hendelsene skjedde for mer enn tre år siden" in capsys.readouterr().err


def test_draft_uses_the_saved_version_and_records_the_export(
    vault_dir: Path, passphrase: str, dime: Any, reference: str, tmp_path: Path, capsys: Any
) -> None:
    v = Vault.unlock(vault_dir, passphrase)
    case = v.cases.get(reference)
    doc = new_document("police", load_context(v, case), "en")
    section = doc.section("said_done")
    assert section is not None
    section.text = "The doorman said: people like you do not come in."
    draft = v.document_drafts.create(case.id, doc)
    v.close()
    out = tmp_path / "report.docx"
    args = ("draft", "--case", reference, "--kind", "police", "--lang", "en", "--out", str(out))
    assert dime(*args) == 0
    err = capsys.readouterr().err
    assert "the saved draft, version 1" in err
    assert "people like you do not come in" in docx_text(out.read_bytes())
    v = Vault.unlock(vault_dir, passphrase)
    exports = v.document_drafts.exports(draft.latest.id)
    v.close()
    assert len(exports) == 1 and exports[0].format == "docx"
    # --fresh ignores it; a Norwegian one is another draft
    assert dime(*args, "--fresh") == 0
    assert "people like you" not in docx_text(out.read_bytes())


def test_draft_redacted_and_referral_target(
    dime: Any, reference: str, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "anonym.pdf"
    args = ["draft", "--case", reference, "--kind", "referral", "--to", "LDO", "--out", str(out)]
    assert dime(*args, "--redacted") == 0
    text = pdf_text(out.read_bytes())
    assert "Likestillings- og diskrimineringsombudet" in text
    assert CLIENT not in text and "[klienten]" in text and WITNESS not in text
    capsys.readouterr()
    assert dime("draft", "--case", reference, "--kind", "referral", "--to", "Nowhere",
                "--out", str(out)) == 1  # fmt: skip
    assert 'There is no service "Nowhere"' in capsys.readouterr().err
    assert dime("draft", "--case", reference, "--kind", "letter", "--to", "ldo",
                "--out", str(out)) == 1  # fmt: skip
    assert "--to is only for --kind referral" in capsys.readouterr().err


def test_draft_wrong_suffix_is_refused_first(
    dime: Any, reference: str, tmp_path: Path, capsys: Any
) -> None:
    assert dime("draft", "--case", reference, "--kind", "letter", "--out",
                str(tmp_path / "brev.txt")) == 1  # fmt: skip
    assert ".pdf or .docx" in capsys.readouterr().err
