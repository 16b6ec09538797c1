"""A lock in the middle of the work: an evidence item being described and a
police report being written when the adviser presses Ctrl+L. After unlocking,
both are there, kept inside the vault; nothing was asked, nothing lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableView

from dime_desktop.evidence.model import EvidenceItem
from dime_desktop.vault import Vault
from tests.evidence_samples import sample_case
from tests.journeys.person import Person
from tests.test_evidence_storage import png_bytes

SAID = "«Dere kommer ikke inn her», sa dørvakten."


def _unlock(person: Person, running: Any, passphrase: str) -> None:
    person.unlock(running, passphrase)


def test_lock_keeps_evidence_fields_and_the_draft(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    vault = Vault.unlock(existing_vault, passphrase)
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    vault.evidence.add_bytes(
        EvidenceItem(case.id, "Skjermbilde", kind="screenshot"), "s.png", png_bytes()
    )
    vault.close()

    running = launch("--vault", str(existing_vault))
    _unlock(person, running, passphrase)
    person.open_only_case()
    person.click("Vis denne saken")  # discreet mode is on
    person.select_tab("Bevis")
    person.type("Brukernavn", "nattravn_88", QLineEdit)
    person.select_tab("Dokumenter")
    person.click("Ny: Anmeldelse til politiet")
    person.focus("Hva som ble sagt eller gjort", QPlainTextEdit)
    person.press("Ctrl+A")
    person.type_here(SAID)
    person.press("Ctrl+L")
    _unlock(person, running, passphrase)

    person.open_only_case()
    person.select_tab("Bevis")
    assert not person.sees("Brukernavn")  # covered again after the lock
    person.click("Vis denne saken")
    assert person.find("Brukernavn", QLineEdit).text() == "nattravn_88"
    person.select_tab("Dokumenter")
    documents = person.find("Sakens dokumenter", QTableView)
    assert documents.model().rowCount() == 1
    person.click("Åpne dokumentet")
    said = person.wait_for("Hva som ble sagt eller gjort", QPlainTextEdit)
    assert said.toPlainText() == SAID
    assert "Versjon 1" in person.text_on_screen()
