"""The recovery-key sheet: a real PDF, read back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest

from dime_desktop.documents.recovery_sheet import (
    key_lines,
    recovery_sheet_pdf,
    write_recovery_sheet,
)

KEY = "K7QX-9M2D-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_sheet_holds_key_place_and_date_on_one_page(lang: str, tmp_path: Path) -> None:
    vault = tmp_path / "Mitt hvelv æøå"
    data = recovery_sheet_pdf(KEY, vault, made_on=date(2026, 3, 9), lang=lang)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = _text(data)
    assert KEY in "".join(text.split())
    assert "Mitt hvelv æøå" in text
    assert "2026" in text
    # both languages' instructions are on the sheet
    assert "Slik tar du vare på nøkkelen" in text
    assert "How to keep the key safe" in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[k].get_object()["/BaseFont"]) for k in fonts}
    assert any("DejaVuSansMono" in n for n in names), names


def test_write_recovery_sheet_writes_file(tmp_path: Path, passphrase: str) -> None:
    out = tmp_path / "nøkkel.pdf"
    write_recovery_sheet(out, KEY, tmp_path, made_on=date(2026, 1, 2), lang="en")
    text = _text(out.read_bytes())
    assert text.splitlines()
    assert passphrase not in text
    assert KEY in "".join(text.split())


def test_key_lines_groups() -> None:
    assert key_lines("AAAA-BBBB-CCCC-DDDD-EEEE") == ["AAAA-BBBB-CCCC-DDDD-", "EEEE"]
