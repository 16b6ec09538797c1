"""The footer of every PDF the app makes writes its date as the document's
language does: ``02.12.2026`` in bokmål, ``2 December 2026`` in English, never
ISO (``2026-12-02``)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dime_desktop.documents.pdf import footer_date, render_pdf

MADE = date(2026, 12, 2)
EXPECTED = {"nb": "02.12.2026", "en": "2 December 2026"}


def _footer_lines(data: bytes) -> list[str]:
    lines: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        lines += [line for line in page.extract_text().splitlines() if " · " in line]
    return lines


def _checklist(lang: str, _tmp: Path) -> bytes:
    from dime_desktop.documents.checklist import checklist_pdf

    return checklist_pdf(made_on=MADE, lang=lang)


def _recovery(lang: str, tmp: Path) -> bytes:
    from dime_desktop.documents.recovery_sheet import recovery_sheet_pdf

    return recovery_sheet_pdf("ABCD-EFGH-IJKL-MNOP", tmp / "hvelv", made_on=MADE, lang=lang)


def _agreement(lang: str, _tmp: Path) -> bytes:
    from dime_desktop.mediation.agreement import mediation_agreement_document
    from tests.test_mediation_agreement import _case, _record

    return mediation_agreement_document(_record(), _case(), lang, MADE)[0]


KINDS: dict[str, Callable[[str, Path], bytes]] = {
    "checklist": _checklist,
    "recovery sheet": _recovery,
    "mediation agreement (a drafted document)": _agreement,
}


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_footer_date_is_written_as_the_language_writes_it(
    kind: str, lang: str, tmp_path: Path
) -> None:
    footers = _footer_lines(KINDS[kind](lang, tmp_path))
    assert footers, f"no footer in the {kind}"
    for line in footers:
        assert EXPECTED[lang] in line, line
        assert "2026-12-02" not in line, line


def test_footer_date() -> None:
    assert footer_date(date(2026, 1, 5), "nb") == "05.01.2026"
    assert footer_date(date(2026, 1, 5), "en") == "5 January 2026"


def test_without_a_language_the_page_label_tells() -> None:
    from reportlab.platypus import Paragraph

    from dime_desktop.documents.pdf import make_styles

    story = [Paragraph("x", make_styles().body)]
    en = render_pdf(story, title="t", footer_left="DiMe", made_on=MADE, page_label="Page {page}")
    nb = render_pdf(story, title="t", footer_left="DiMe", made_on=MADE)
    assert "DiMe · 2 December 2026" in _footer_lines(en)[0]
    assert "DiMe · 02.12.2026" in _footer_lines(nb)[0]
