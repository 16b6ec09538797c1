"""A date on the case form is one field to a person: "Opprettet" (its label,
and its name) finds the line edit a person types in, never the frame around
it as well; the label's Alt+mnemonic puts the cursor there; the date typed is
saved and is there when the case is opened again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from dime_desktop.vault import Vault
from tests.evidence_samples import sample_case
from tests.journeys.person import Person


def _unlock(person: Person, running: Any, passphrase: str) -> None:
    person.unlock(running, passphrase)


def test_the_opened_date_is_found_by_its_label_typed_and_kept(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    vault = Vault.unlock(existing_vault, passphrase)
    vault.cases.add(sample_case(case_id=None, reference=None))
    vault.close()

    running = launch("--vault", str(existing_vault))
    _unlock(person, running, passphrase)
    person.open_only_case()
    for name in ("Opprettet", "Avsluttet"):
        named = person.find_all(name, QWidget)
        assert len(named) == 1 and isinstance(named[0], QLineEdit), (name, named)
    opened = person.find("Opprettet", QLineEdit)
    assert opened.text() == "06.05.2024"
    person.press("Alt+E")  # Opprett&et:
    assert person.focus_widget() is opened
    person.press("Ctrl+A")
    person.type_here("2.5.2024")
    person.press("Tab")  # the date is shown in the field's own format
    assert opened.text() == "02.05.2024"
    person.click("Lagre")
    # saved: the case list says so, and so does the case after a lock
    person.select_tab("Saksliste")
    person.wait_until(lambda: person.column("Saker", "Opprettet") == ["02.05.2024"])
    person.press("Ctrl+L")
    _unlock(person, running, passphrase)
    assert person.column("Saker", "Opprettet") == ["02.05.2024"]
    person.open_only_case()
    assert person.find("Opprettet", QLineEdit).text() == "02.05.2024"
