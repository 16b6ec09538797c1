"""The own-copy dialog speaks of other cases of the same person only when
there are some, and then says how many."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import Case, Client
from dime_desktop.vault import Vault
from tests.journeys.person import Person
from tests.journeys.test_gdpr_who_saw import unlock_as

SENTENCE = "samme navn eller kontaktopplysninger"


def _cases(path: Path, passphrase: str, names: list[str]) -> str:
    vault = Vault.unlock(path, passphrase)
    try:
        refs = [
            vault.cases.add(
                Case(
                    opened=date(2024, 5, 2 + n),
                    area="work",
                    client=Client(name=name, contact=f"{n}@eksempel.no", consent_to_store=True),
                )
            ).reference
            for n, name in enumerate(names)
        ]
    finally:
        vault.close()
    return str(refs[0])


def _open_dialog(launch: Any, person: Person, path: Path, passphrase: str, ref: str) -> str:
    running = launch("--vault", str(path))
    unlock_as(person, running, passphrase)
    person.wait_for_text(ref)
    person.click_row("Saker", ref, double=True)
    person.wait_for_text(f"Sak {ref}")
    person.select_tab("Hvem har sett saken")
    person.click("Personens egen kopi (innsyn)")
    return person.text_on_screen(person.dialog("Personens egen kopi (innsyn)"))


def test_no_other_cases_no_sentence_about_them(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    ref = _cases(existing_vault, passphrase, ["Leila Testesen", "Ola Annensen"])
    text = _open_dialog(launch, person, existing_vault, passphrase, ref)
    assert SENTENCE not in text


def test_two_other_cases_of_the_same_person_are_counted(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    ref = _cases(existing_vault, passphrase, ["Leila Testesen"] * 3)
    text = _open_dialog(launch, person, existing_vault, passphrase, ref)
    assert f"2 andre saker har {SENTENCE}" in " ".join(text.split())
    assert len(person.rows("Sakene til denne klienten")) == 3
