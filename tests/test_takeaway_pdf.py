"""The client's take-away PDF: plain language, large type, only agreed steps."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from dime_desktop.cases.model import Case, Client
from dime_desktop.documents.checklist import load_texts
from dime_desktop.documents.takeaway import BASE_SIZE, takeaway_pdf
from dime_desktop.intake import apply_answers, default_intake, normalize_state, set_decision

MADE = date(2024, 5, 15)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def make(client: Client | None) -> tuple[Case, dict[str, object]]:
    intake = default_intake()
    state = normalize_state(
        {
            "answers": {
                "what.timeline": [{"date": "2024-04-02", "text": "Refused at the club door"}],
                "where.area": "nightlife",
                "kind.incident_types": ["direct_discrimination", "hate_speech"],
                "kind.public": True,
                "kind.online": True,
                "evidence.have": ["screenshots"],
                "problems.list": ["housing", "money"],
                "wants.wishes": ["complaint"],
            }
        },
        intake,
    )
    set_decision(state, "tribunal_complaint", "accepted")
    set_decision(state, "police_report", "accepted", deadline=date(2024, 5, 29))
    set_decision(state, "refer_housing", "edited", text="Ring Jussbuss om husleia")
    set_decision(state, "refer_money", "dropped")
    case = Case(opened=MADE, area="other", reference="DH-2024-011", client=client)
    apply_answers(case, intake, state["answers"])
    return case, state


def test_base_size_is_large() -> None:
    assert BASE_SIZE >= 13


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_takeaway_has_agreed_steps_evidence_contacts(lang: str) -> None:
    case, state = make(Client(name="Amina"))
    text = text_of(takeaway_pdf(case=case, state=state, made_on=MADE, lang=lang))
    t = load_texts("takeaway")[lang]
    for key in ("title", "talked_heading", "steps_heading", "evidence_heading",
                "services_heading", "dime_heading"):  # fmt: skip
        assert t[key] in text, key
    assert t["greeting"].format(name="Amina") in text
    assert "Refused at the club door" in text
    assert "DH-2024-011" in text
    # agreed steps with dates; jargon explained in the same sentence
    intake = default_intake()
    assert intake.rule("tribunal_complaint").plain.get(lang) in text
    assert ("en gratis klageinstans" if lang == "nb" else "a free complaints body") in text
    assert intake.rule("police_report").plain.get(lang)[:40] in text
    assert ("29. mai 2024" if lang == "nb" else "29 May 2024") in text
    assert "Ring Jussbuss om husleia" in text
    # dropped and undecided suggestions are not on the sheet
    assert intake.rule("refer_money").plain.get(lang) not in text
    assert intake.rule("secure_online_evidence").plain.get(lang) not in text
    # evidence still to collect (not what is secured already)
    assert ("Nettadressen (URL)" if lang == "nb" else "The address (URL)") in text
    assert ("Skjermbilder der dato" if lang == "nb" else "Screenshots showing") not in text
    # whom to contact, with how to reach them
    assert "politiet.no" in text and "diskrimineringsnemnda.no" in text and "jussbuss.no" in text


def test_anonymous_contact_gets_no_greeting() -> None:
    case, state = make(None)
    text = text_of(takeaway_pdf(case=case, state=state, made_on=MADE, lang="nb"))
    assert "Hei" not in text
    case, state = make(Client(name="  "))
    assert "Hei" not in text_of(takeaway_pdf(case=case, state=state, made_on=MADE, lang="nb"))


def test_nothing_agreed_yet() -> None:
    case = Case(opened=MADE, area="online", reference="DH-2024-012")
    text = text_of(takeaway_pdf(case=case, state=None, made_on=MADE, lang="en"))
    assert load_texts("takeaway")["en"]["no_steps"] in text
    assert "Evidence to collect" not in text
