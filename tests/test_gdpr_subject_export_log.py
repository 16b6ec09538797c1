"""A person's own copy holds the access log of their case (issue 12, art.
15(1)): the JSON and the PDF list the entries (an "opened" entry among them,
the staff's name replaced by "adviser"), and the cover letter answers (g)
where the data comes from and (h) automated decisions, in nb and en."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dime_desktop.cases.model import CONSENT_STORE, Case, CaseGround, Client
from dime_desktop.privacy import consent
from dime_desktop.privacy.subject_export import ExportOptions, make_subject_export
from dime_desktop.storage import access_log as audit
from dime_desktop.vault import Vault

ADVISER = "Åsa Rådgiversen"

WORDS = {
    "nb": {
        "log_head": "Hvem har sett saken",
        "opened": "åpnet",
        "adviser": "rådgiver",
        "g": ("g) Hvor opplysningene kommer fra", "Opplysningene kommer fra deg selv"),
        "h": ("h) Automatiserte avgjørelser", "ingen automatiserte avgjørelser"),
    },
    "en": {
        "log_head": "Who saw the case",
        "opened": "opened",
        "adviser": "adviser",
        "g": ("g) Where the data comes from", "The data comes from you"),
        "h": ("h) Automated decisions", "no automated decisions"),
    },
}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_copy_holds_the_log_and_answers_g_and_h(
    vault: Vault, tmp_path: Path, lang: str
) -> None:
    case = Case(
        opened=date(2024, 3, 4),
        area="work",
        grounds=[CaseGround("ethnicity")],
        summary="Noe skjedde på jobben.",
        client=Client(name="Klient Klientsen", contact="klient@example.invalid"),
    )
    consent.give(case, CONSENT_STORE, date(2024, 3, 4), "written", "")
    stored = vault.cases.add(case)
    assert stored.id is not None
    vault.actor = ADVISER
    vault.access_log.record(audit.OPENED, case_id=stored.id, case_ref=stored.reference)
    vault.access_log.record(audit.PRINTED, case_id=stored.id, case_ref=stored.reference)
    logged = [e.event for e in vault.access_log.for_case(stored.id)]
    assert audit.OPENED in logged and audit.PRINTED in logged

    package = make_subject_export(vault, [stored], tmp_path, ExportOptions(lang=lang))
    data = json.loads(package.json.read_text(encoding="utf-8"))
    (only,) = data["cases"]
    events = [(e["event"], e["who"]) for e in only["access_log"]]
    w = WORDS[lang]
    assert (audit.OPENED, w["adviser"]) in events
    assert (audit.PRINTED, w["adviser"]) in events
    assert len(only["access_log"]) >= len(logged)  # every entry of the case
    raw = package.json.read_text(encoding="utf-8")
    assert ADVISER not in raw  # the staff's name is not given out

    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(package.pdf).pages
    )
    assert ADVISER not in text
    log_part = text[text.index(w["log_head"]) :]
    assert w["opened"] in log_part and w["adviser"] in log_part
    letter = text[: text.index(w["log_head"])]
    for head, answer in (w["g"], w["h"]):
        assert head in letter and answer in letter
    assert letter.index(w["g"][0]) < letter.index(w["h"][0])
