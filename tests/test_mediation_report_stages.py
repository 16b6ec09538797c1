"""The yearly PDF prints the mediation desk's stage table ("how far the
mediation cases got", issue 11), read back with pypdf, in nb and en."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from dime_desktop.documents.yearly_report import yearly_report_pdf
from dime_desktop.importing import import_register

DATA = Path(__file__).parent / "data"


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.mark.parametrize(
    ("lang", "title", "talk_row"),
    [
        ("nb", "Hvor langt meglingssakene kom", "forsamtale"),
        ("en", "How far the mediation cases got", "preparatory talk"),
    ],
)
def test_the_yearly_pdf_prints_the_stages_table(
    vault: Any, lang: str, title: str, talk_row: str
) -> None:
    # 2019 as in the annual report: eight referrals, all had preparatory talks,
    # two reached a meeting and an agreement (tests/test_mediation_stats.py)
    import_register(vault, DATA / "register_mediation_2019.csv")
    text = _text(yearly_report_pdf(vault, 2019, lang=lang, threshold=None))
    assert title in text
    after = text[text.index(title) :]
    # the row of the preparatory talks carries its count, 8
    assert re.search(re.escape(talk_row) + r"[^0-9]{0,60}\b8\b", after, re.IGNORECASE), after[:600]
