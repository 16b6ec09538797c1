"""A lock while a case has unsaved changes: after unlocking, the case comes
back as it was left (unsaved), and its Evidence and Documents tabs are the
case's own: its evidence and its drafts are there, and the adviser can add
evidence and start a document at once (never "save the case first")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QTableView

from dime_desktop.evidence.model import EvidenceItem
from dime_desktop.vault import Vault
from tests.evidence_samples import sample_case
from tests.journeys.person import Person
from tests.test_evidence_storage import png_bytes


def _unlock(person: Person, running: Any, passphrase: str) -> None:
    person.unlock(running, passphrase)


def test_a_case_restored_after_a_lock_keeps_its_evidence_and_documents(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    from dime_desktop.drafting import load_context, new_document

    vault = Vault.unlock(existing_vault, passphrase)
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    vault.evidence.add_bytes(
        EvidenceItem(case.id, "Skjermbilde av kommentaren", kind="screenshot"),
        "s.png",
        png_bytes(),
    )
    vault.document_drafts.create(case.id, new_document("letter", load_context(vault, case), "nb"))
    vault.close()

    running = launch("--vault", str(existing_vault))
    _unlock(person, running, passphrase)
    table = person.wait_for("Saker", QTableView)
    person.wait_until(lambda: table.model().rowCount() == 1)
    person.click_widget(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    person.press("Return", table)
    person.type("Opprettet", "07.05.2024", QLineEdit)  # changed, not saved
    person.press("Ctrl+L")
    _unlock(person, running, passphrase)

    # the unsaved case is back in front, with the change
    person.wait_until(lambda: person.find("Opprettet", QLineEdit).text() == "07.05.2024")
    person.select_tab("Bevis")
    person.click("Vis denne saken")  # discreet mode is on
    assert not person.sees("Lagre saken først, så kan du legge til bevis")
    evidence = person.find("Bevis", QTableView)
    assert any("Skjermbilde av kommentaren" in " ".join(r) for r in person.rows("Bevis"))
    person.click("Legg til oppføring uten fil")
    person.wait_until(lambda: evidence.model().rowCount() == 2)

    person.select_tab("Dokumenter")
    assert person.find("Sakens dokumenter", QTableView).model().rowCount() == 1
    assert person.find("Ny: Anmeldelse til politiet").isEnabled()
