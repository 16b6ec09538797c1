"""A client asks for her data (GDPR art. 15). The adviser opens the case,
makes the person's own copy from "Hvem har sett saken" into a folder, and
finds the PDF with the client's data and without the other party's name,
and a follow-up a month later on the case."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.journeys.person import Person
from tests.journeys.test_gdpr_who_saw import unlock_as

CLIENT = "Leila Testesen"
OTHER = "Bjørn Motpartsen"


def _case(vault_path: Path, passphrase: str) -> str:
    from dime_desktop.cases.model import Case, Client
    from dime_desktop.vault import Vault

    vault = Vault.unlock(vault_path, passphrase)
    try:
        case = vault.cases.add(
            Case(
                opened=date(2024, 5, 2),
                area="work",
                counterpart_type="private_person",
                counterpart_name=OTHER,
                summary=f"Sjefen {OTHER} kalte meg et stygt navn.",
                client=Client(name=CLIENT, contact="leila@eksempel.no", consent_to_store=True),
            )
        )
    finally:
        vault.close()
    return str(case.reference)


def test_the_persons_own_copy_from_the_case(
    launch: Any, person: Person, existing_vault: Path, passphrase: str, tmp_path: Path
) -> None:
    reference = _case(existing_vault, passphrase)
    running = launch("--vault", str(existing_vault))
    unlock_as(person, running, passphrase)
    person.wait_for_text(reference)
    person.click_row("Saker", reference, double=True)
    person.wait_for_text(f"Sak {reference}")
    person.select_tab("Hvem har sett saken")
    person.click("Personens egen kopi (innsyn)")
    person.dialog("Personens egen kopi (innsyn)")
    assert not person.find("Ta med opplysninger om andre").isChecked()
    person.click("Lag kopien")
    out = tmp_path / "ut"
    out.mkdir()
    person.choose_folder(out)
    text = person.answer("OK")
    assert "Kopien ligger i" in text
    (folder,) = out.iterdir()
    pdf = " ".join(p.extract_text() for p in PdfReader(folder / "innsyn.pdf").pages)
    pdf = " ".join(pdf.split())
    assert CLIENT in pdf and "leila@eksempel.no" in pdf and "[motparten]" in pdf
    assert "Bjørn" not in pdf and "Motpartsen" not in pdf
    assert "Datatilsynet" in pdf
    data = json.loads((folder / "innsyn.json").read_text(encoding="utf-8"))
    assert data["cases"][0]["reference"] == reference and OTHER not in json.dumps(data)

    # the request is on the case: logged, and followed up a month later
    person.wait_until(
        lambda: "Innsyn (kopi til personen)" in [r[2] for r in person.rows("Hvem har sett saken")]
    )
    person.select_tab("Oppfølging og tidslinje")
    notes = [r[1] for r in person.rows("Oppfølgingsdatoer")]
    assert any("Innsyn ba om" in n for n in notes), notes
    # the open case follows what the copy added, so the adviser's next save goes in
    person.select_tab("Sammendrag og journal")
    if person.sees("Vis denne saken"):
        person.click("Vis denne saken")
    person.type("Sammendrag", " Ringte i dag.", clear=False)
    person.press("Ctrl+S")
    person.wait_for_text(f"Sak {reference}")
    assert "lagret i et annet vindu" not in person.text_on_screen()
    assert f"Sak {reference}*" not in person.text_on_screen()
