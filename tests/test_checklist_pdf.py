"""The adviser's checklist PDF, blank and filled, read back with pypdf."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from dime_desktop.cases.model import Case, Client
from dime_desktop.documents.checklist import checklist_pdf, load_texts
from dime_desktop.intake import apply_answers, default_intake, normalize_state, set_decision

MADE = date(2024, 5, 15)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def filled_state() -> dict[str, Any]:
    state = normalize_state(
        {
            "step": "next",
            "answers": {
                "what.timeline": [{"date": "2020-02-01", "text": "Nektet adgang ved døren"}],
                "where.area": "nightlife",
                "who.counterpart_name": "Klubb Eksempel AS",
                "kind.incident_types": ["direct_discrimination"],
                "kind.track": "civil",
                "safety.threats": True,
                "wants.wishes": ["complaint", "mediation"],
                "evidence.facts_clarified": True,
                "problems.list": ["housing"],
            },
        },
        default_intake(),
    )
    set_decision(
        state, "police_report", "edited", text="Anmelde mandag", deadline=date(2024, 5, 20)
    )
    set_decision(state, "refer_housing", "dropped")
    return state


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_blank_checklist_has_every_step_and_boxes(lang: str) -> None:
    pdf = checklist_pdf(made_on=MADE, lang=lang)
    text = flat(text_of(pdf))
    assert load_texts("checklist")[lang]["title"] in text
    for n, step in enumerate(default_intake().steps, start=1):
        assert f"{n}. {step.title.get(lang)}" in text
    assert "☐" in text
    for svc in ("Jussbuss", "Konfliktrådet", "Diskrimineringsnemnda", "Skeiv Verden"):
        assert svc in text
    assert "DH-" not in text  # a blank sheet belongs to no case
    assert PdfReader(io.BytesIO(pdf)).metadata.title == load_texts("checklist")[lang]["title"]


def test_filled_checklist_nb() -> None:
    case = Case(opened=MADE, area="other", reference="DH-2024-007", client=Client(name="Amina Q"))
    state = filled_state()
    apply_answers(case, default_intake(), state["answers"])
    text = flat(text_of(checklist_pdf(made_on=MADE, lang="nb", case=case, state=state)))
    assert "DH-2024-007" in text
    assert "Amina" not in text  # the checklist never carries the client's name
    assert "Klubb Eksempel AS" in text and "Nektet adgang ved døren" in text
    assert "☒ Uteliv" in text
    assert "Anmelde mandag — Endret" in text and "20. mai 2024" in text
    assert "Henvise om bolig. — Forkastet" in text
    assert "Megling foreslås ikke" in text  # threats: no mediation
    assert "mer enn tre år siden" in text  # the Tribunal warning


def test_filled_checklist_en() -> None:
    case = Case(opened=MADE, area="other", reference="DH-2024-007")
    state = filled_state()
    text = flat(text_of(checklist_pdf(made_on=MADE, lang="en", case=case, state=state)))
    assert "Checklist for the sorting conversation" in text
    assert "Anmelde mandag — Edited" in text and "20 May 2024" in text
    assert "Mediation is not suggested" in text
    assert "more than three years ago" in text
    assert "Not decided" in text


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        checklist_pdf(made_on=MADE, lang="se")
