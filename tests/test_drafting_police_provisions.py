"""The police report's suggested provisions § 77 (hate motive as an
aggravating circumstance) and § 266 (reckless behaviour), each triggered by a
case, and the adviser removing one (issue 10): the exported PDF then names the
one confirmed and not the one removed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import CaseGround
from dime_desktop.drafting import export_document, gaps_in, new_document, refresh, suggestions
from tests.evidence_samples import TODAY, pdf_text, sample_case, sample_context

QUIET = {"kind.violence": False, "safety.threats": False}


def _codes(answers: dict[str, Any] = QUIET, **case: Any) -> list[str]:
    ctx = sample_context(case=sample_case(**case), answers=answers)
    return [s.code for s in suggestions(new_document("police", ctx, "nb"), ctx)]


def test_a_hate_crime_suggests_section_77() -> None:
    assert _codes(incident_types=["hate_crime"]) == ["strl_77"]
    # violence told in the intake, with a ground: the same
    assert _codes({"kind.violence": True, "safety.threats": False}, incident_types=[]) == [
        "strl_77"
    ]
    # no ground recorded: no hate motive to point to
    assert _codes(incident_types=["hate_crime"], grounds=[]) == []


@pytest.mark.parametrize("kind", ["harassment", "sexual_harassment"])
def test_harassment_suggests_section_266(kind: str) -> None:
    assert _codes(incident_types=[kind], area="work") == ["strl_266"]


def test_the_adviser_removes_one_and_the_report_names_the_other(tmp_path: Path) -> None:
    case = sample_case(
        incident_types=["hate_crime", "harassment"],
        area="work",
        grounds=[CaseGround("ethnicity")],
    )
    ctx = sample_context(case=case, answers=QUIET)
    doc = new_document("police", ctx, "nb")
    found = suggestions(doc, ctx)
    assert [s.code for s in found] == ["strl_77", "strl_266"]
    assert all(s.decision == "suggested" and s.reason for s in found)
    provisions = doc.section("provisions")
    assert provisions is not None
    assert "§ 77" in provisions.text and "§ 266" in provisions.text
    assert gaps_in(provisions.text)  # waiting for the adviser's assessment

    decided = refresh(
        doc, ctx, options={"decisions": {"strl_77": "confirmed", "strl_266": "removed"}}
    )
    assert {s.code: s.decision for s in suggestions(decided, ctx)} == {
        "strl_77": "confirmed",
        "strl_266": "removed",
    }
    provisions = decided.section("provisions")
    assert provisions is not None
    assert "§ 77" in provisions.text and "§ 266" not in provisions.text
    assert not gaps_in(provisions.text)
    out = tmp_path / "anmeldelse.pdf"
    export_document(decided, out, made_on=TODAY)
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "§ 77" in text and "hatmotiv" in text and "§ 266" not in text
