"""The mediation agreement on the drafting machinery: PDF and DOCX read back
in both languages; signature lines for each party, a guardian for a party
under 18 and the mediator; the cooling-off note only in criminal cases; an
agreement that is not there yet is refused with what is missing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from dime_desktop.cases.model import Case, Client
from dime_desktop.drafting import check_all_templates, missing_facts, template_for
from dime_desktop.errors import AgreementIncomplete
from dime_desktop.mediation.agreement import (
    KIND,
    agreement_document,
    mediation_agreement_document,
)
from dime_desktop.mediation.model import (
    ROLE_CLIENT,
    ROLE_GUARDIAN,
    ROLE_OTHER_PARTY,
    ROLE_SUPPORT,
    MediationRecord,
    Meeting,
    Party,
    Term,
)

MADE = date(2020, 3, 10)


def _case() -> Case:
    return Case(
        id=4,
        reference="DH-2020-004",
        opened=date(2020, 1, 3),
        area="education",
        client=Client(name="Jonas Berg"),
    )


def _record(*, criminal: bool = False, under_18: bool = True) -> MediationRecord:
    client = Party(role=ROLE_CLIENT, name="Jonas Berg", under_18=under_18)
    school = Party(
        role=ROLE_OTHER_PARTY, name="Fjellvang skole", organisation=True, contact_person="Rektor Li"
    )
    parties = [client, school, Party(role=ROLE_SUPPORT, name="Sara Berg", accompanies=client.key)]
    if under_18:
        parties.append(Party(role=ROLE_GUARDIAN, name="Mona Berg", accompanies=client.key))
    return MediationRecord(
        case_id=4,
        reference="DH-2020-004",
        referred_on=date(2020, 2, 1),
        area="education",
        mediator="Åsa Megler",
        criminal=criminal,
        parties=parties,
        meetings=[Meeting(MADE, place="library", held=True)],
        outcome="agreement",
        agreement_on=MADE,
        terms=[
            Term(
                "explanation", "Forklarer skriftlig hva som skjedde", date(2020, 3, 24), school.key
            ),
            Term("future_conduct", "Hilser på hverandre i gangen", date(2020, 6, 19), client.key),
        ],
    )


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def _docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return " ".join(" ".join(parts).split())


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nb",
            [
                "Meglingsavtale",
                "DH-2020-004",
                "Jonas Berg (klient, under 18 år), sammen med støtteperson Sara Berg og "
                "verge/foresatt Mona Berg",
                "Fjellvang skole ved Rektor Li (motpart)",
                "Saksområde: Skole/utdanning",
                "Meglingsmøte: 10. mars 2020, Møterom på biblioteket (Deichman)",
                "1. Forklaring Hvem: Fjellvang skole Hva: Forklarer skriftlig hva som skjedde. "
                "Innen: 24. mars 2020",
                "2. Framtidig oppførsel Hvem: Jonas Berg",
                "Avtalen skal være oppfylt innen 19. juni 2020",
                "Jonas Berg, klient",
                "Mona Berg, verge for Jonas Berg",
                "Rektor Li for Fjellvang skole, motpart",
                "Åsa Megler, megler, Meglingsbenken",
            ],
        ),
        (
            "en",
            [
                "Mediation agreement",
                "Fjellvang skole, represented by Rektor Li (other party)",
                "Area: School/education",
                "1. Explanation Who: Fjellvang skole",
                "By: 24 March 2020",
                "The agreement is to be fulfilled by 19 June 2020",
                "Mona Berg, guardian of Jonas Berg",
                "Åsa Megler, mediator, Meglingsbenken",
            ],
        ),
    ],
)
def test_agreement_pdf_and_docx_say_who_does_what_by_when(lang: str, words: list[str]) -> None:
    pdf, docx_bytes = mediation_agreement_document(_record(), _case(), lang, MADE)
    for text in (_pdf_text(pdf), _docx_text(docx_bytes)):
        for w in words:
            assert w in text, (w, text)
        assert "Angrefrist" not in text and "Cooling-off" not in text
        assert "MANGLER" not in text and "MISSING" not in text


def test_a_criminal_case_has_the_two_week_cooling_off_note() -> None:
    doc = agreement_document(_record(criminal=True), _case(), lang="nb", made_on=MADE)
    text = _pdf_text(doc.pdf())
    assert "Angrefrist" in text
    assert "innen to uker etter at den er underskrevet, det vil si til og med 24. mars 2020" in text
    assert "24. mars 2020" in _docx_text(doc.docx())


def test_a_guardian_line_even_before_the_guardian_is_named() -> None:
    record = _record()
    record.parties = [p for p in record.parties if p.role != ROLE_GUARDIAN]
    record.parties[0].under_18 = True
    doc = agreement_document(record, _case(), lang="nb", made_on=MADE)
    assert "[MANGLER: navn på verge], verge for Jonas Berg" in _pdf_text(doc.pdf())
    assert [f.fact for f in missing_facts(doc.text)] == ["guardian_name"]


def test_no_agreement_no_document() -> None:
    record = _record()
    record.outcome = "no_agreement"
    record.terms = []
    with pytest.raises(AgreementIncomplete) as info:
        agreement_document(record, _case(), lang="nb", made_on=MADE)
    assert {(p.field, p.code) for p in info.value.problems} == {
        ("outcome", "not_agreement"),
        ("terms", "required"),
    }
    assert "DH-2020-004" in str(info.value)


def test_written_0600_by_suffix(tmp_path: Path) -> None:
    doc = agreement_document(_record(), _case(), lang="en", made_on=MADE)
    for name in ("a.pdf", "a.docx"):
        exported = doc.write(tmp_path / name)
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
        assert exported.size == (tmp_path / name).stat().st_size


def test_the_template_is_checked_with_the_others() -> None:
    assert KIND in {t.kind for t in check_all_templates()}
    assert template_for(KIND).title.nb == "Meglingsavtale"


def test_the_document_never_names_anyone_in_its_properties(tmp_path: Path) -> Any:
    pdf, docx_bytes = mediation_agreement_document(_record(), _case(), "nb", MADE)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert "Jonas" not in str(meta) and "Meglingsavtale" in str(meta)
    core = docx.Document(io.BytesIO(docx_bytes)).core_properties
    assert "Jonas" not in f"{core.title} {core.author} {core.subject} {core.keywords}"
