"""An adviser names herself on the unlock screen, opens a case, prints its
checklist and looks at "Hvem har sett saken": her name, the opening and the
print are there — and what she typed in the case is not."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit

from tests.journeys.person import Person

ADVISER = "Åsa Berg"


def _case_with_client(vault_path: Path, passphrase: str) -> str:
    from dime_desktop.cases.model import Case, Client
    from dime_desktop.vault import Vault

    vault = Vault.unlock(vault_path, passphrase)
    try:
        case = vault.cases.add(
            Case(
                opened=date(2024, 5, 2),
                area="work",
                summary="Sjefen sa noe stygt",
                client=Client(name="Leila Testesen", consent_to_store=True),
            )
        )
    finally:
        vault.close()
    return str(case.reference)


def unlock_as(person: Person, running: Any, passphrase: str, name: str = ADVISER) -> None:
    person.wait_for("Lås opp")
    person.type("Ditt navn", name)
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")


def test_who_saw_the_case_after_opening_and_printing(
    launch: Any, person: Person, existing_vault: Path, passphrase: str, tmp_path: Path
) -> None:
    reference = _case_with_client(existing_vault, passphrase)
    running = launch("--vault", str(existing_vault))
    unlock_as(person, running, passphrase)
    person.wait_for_text(reference)
    person.click_row("Saker", reference, double=True)
    person.wait_for_text(f"Sak {reference}")

    # print the checklist (to a PDF file, the printer of this test machine)
    person.select_tab("Kartlegging")
    person.click("Skriv ut sjekkliste")
    dialog = person.dialog("Skriv ut sjekkliste")
    printed = tmp_path / "utskrift.pdf"
    person.type("Utdatafil", str(printed), QLineEdit)
    person.click_widget(person.find("Skriv ut", within=dialog))
    person.wait_until(lambda: printed.exists() and printed.stat().st_size > 0)
    person.wait_until(lambda: not any(isinstance(w, QDialog) for w in person.windows()))

    person.select_tab("Hvem har sett saken")
    rows = person.rows("Hvem har sett saken")
    assert [r[1:3] for r in rows[:2]] == [[ADVISER, "Skrevet ut"], [ADVISER, "Sak åpnet"]]
    assert "1 oppføring" not in person.text_on_screen()
    shown = " ".join(" ".join(r) for r in rows)
    assert "Leila" not in shown and "stygt" not in shown

    # a change shows by the field's name, never its content
    person.select_tab("Sammendrag og journal")
    person.click("Vis denne saken")
    person.type("Sammendrag", "HEMMELIG-MERKE", clear=False)
    person.press("Ctrl+S")
    person.select_tab("Hvem har sett saken")
    person.wait_until(lambda: person.rows("Hvem har sett saken")[0][2] == "Endret")
    rows = person.rows("Hvem har sett saken")
    assert (rows[0][1], rows[0][4]) == (ADVISER, "sammendrag")
    assert "HEMMELIG" not in " ".join(" ".join(r) for r in rows)
