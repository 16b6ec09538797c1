"""``dime draft`` says that the file leaves the vault before it writes it
(issue 10): the note is on stderr when the writing starts, and is there even
when the write fails; and the letter's "correction" ask reaches the document."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cli import evidence_commands
from dime_desktop.cli.main import main
from dime_desktop.drafting import export_document, new_document
from dime_desktop.errors import OutputFileError
from tests.evidence_samples import docx_text, sample_case, sample_context, squash

NOTE = "leaves the encrypted vault"


@pytest.fixture
def dime(
    vault: Any, vault_dir: Path, passphrase: str, tmp_path: Path, fast_kdf: Any, monkeypatch: Any
) -> Any:
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    vault.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")

    def run(*args: str) -> int:
        return main(
            ["draft", "--case", str(case.reference), *args, "--vault", str(vault_dir),
             "--passphrase-file", str(pass_file)],
            kdf=fast_kdf,
        )  # fmt: skip

    return run


def test_the_note_comes_before_the_file_is_written(
    dime: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    said_before: list[str] = []
    real = evidence_commands.export_text

    def watching(*args: Any, **kwargs: Any) -> Any:
        err = capsys.readouterr().err
        said_before.append(err)
        sys.stderr.write(err)  # keep it for the end
        return real(*args, **kwargs)

    monkeypatch.setattr(evidence_commands, "export_text", watching)
    out = tmp_path / "brev.pdf"
    assert dime("--kind", "letter", "--out", str(out)) == 0
    assert out.exists()
    (before,) = said_before
    assert NOTE in before and str(out) in before  # said when the writing started
    assert capsys.readouterr().err.count(NOTE) == 1  # and only once


def test_the_note_is_said_even_when_the_write_fails(
    dime: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    out = tmp_path / "brev.pdf"

    def failing(*_args: Any, **_kwargs: Any) -> Any:
        raise OutputFileError(out, "the folder is read-only")

    monkeypatch.setattr(evidence_commands, "export_text", failing)
    assert dime("--kind", "letter", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert NOTE in err and "read-only" in err
    assert err.index(NOTE) < err.index("read-only")
    assert not out.exists()


def test_the_letter_asks_for_a_correction(tmp_path: Path) -> None:
    ctx = sample_context()
    for lang, words in (
        ("nb", "at forholdet rettes opp, og hva dere vil gjøre for at det ikke skjer igjen"),
        ("en", "that the matter is put right, and what you will do so that it does not happen"),
    ):
        doc = new_document("letter", ctx, lang, {"asks": ["correction"]})
        asks = doc.section("asks")
        assert asks is not None and words in asks.text
        without = new_document("letter", ctx, lang, {"asks": ["apology"]}).section("asks")
        assert without is not None and words not in without.text
    # and in the exported file
    out = tmp_path / "brev.docx"
    export_document(new_document("letter", ctx, "nb", {"asks": ["correction"]}), out)
    assert "at forholdet rettes opp" in squash(docx_text(out.read_bytes()))
