"""A realistic case with evidence for the drafting and evidence tests (invented people)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from dime_desktop.cases.model import Case, CaseGround, Client, TimelineEvent
from dime_desktop.drafting import DraftContext
from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness

TODAY = date(2024, 6, 3)
CLIENT = "Samira Økland-Haddad"
CONTACT = "samira.okland@eksempel.no"
COUNTERPART = "Klubb Nordlys AS"
WITNESS = "Jonas Brekkestø"
WITNESS_CONTACT = "+47 912 34 567"
USER = "nattravn_88"
URL = "https://www.facebook.com/groups/natteliv/posts/1234567"


def sample_case(case_id: int | None = 1, **changes: Any) -> Case:
    case = Case(
        opened=date(2024, 5, 6),
        area="nightlife",
        reference="DH-2024-017",
        grounds=[CaseGround("ethnicity"), CaseGround("religion", assessed=True)],
        incident_types=["direct_discrimination", "hate_speech"],
        track="both",
        counterpart_type="business",
        counterpart_name=COUNTERPART,
        summary="Klienten ble nektet adgang i døren til utestedet, mens venner med lys hud "
        "ble sluppet inn. Dørvakten sa at «folk som deg» ikke kom inn.",
        timeline=[
            TimelineEvent(date(2024, 5, 3), "Nektet adgang i døren ved 23-tiden"),
            TimelineEvent(date(2024, 5, 4), "Hatefull kommentar om klienten i en Facebook-gruppe"),
        ],
        client=Client(name=CLIENT, contact=CONTACT, consent_to_store=True),
        id=case_id,
    )
    for key, value in changes.items():
        setattr(case, key, value)
    return case


def sample_evidence(case_id: int = 1) -> list[EvidenceItem]:
    return [
        EvidenceItem(
            case_id,
            "Skjermbilde av kommentaren i Facebook-gruppen",
            kind="screenshot",
            received=date(2024, 5, 6),
            given_by=CLIENT,
            online=OnlineDetails(
                platform="Facebook",
                url=URL,
                user_name=USER,
                posted_at="2024-05-04 01:12",
                context="Svar på et innlegg om køen utenfor utestedet",
            ),
            file_name="kommentar.png",
            media_type="image/png",
            size=1000,
            sha256="a" * 64,
            position=1,
        ),
        EvidenceItem(
            case_id,
            "Vitne i køen",
            kind="witness",
            witnesses=[Witness(WITNESS, WITNESS_CONTACT, consent=True)],
            position=2,
        ),
        EvidenceItem(
            case_id,
            "Kvittering fra garderoben samme kveld",
            kind="receipt",
            received=date(2024, 5, 6),
            file_name="kvittering.pdf",
            media_type="application/pdf",
            size=2000,
            sha256="b" * 64,
            position=3,
        ),
    ]


def sample_context(**changes: Any) -> DraftContext:
    return DraftContext(
        case=changes.pop("case", None) or sample_case(),
        answers=changes.pop("answers", {"kind.violence": False, "safety.threats": True}),
        evidence=changes.pop("evidence") if "evidence" in changes else sample_evidence(),
        today=changes.pop("today", TODAY),
    )


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def squash(text: str) -> str:
    """Whitespace-insensitive form for comparing extracted text."""
    return " ".join(text.split())
