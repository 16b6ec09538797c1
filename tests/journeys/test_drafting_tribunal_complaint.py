"""An adviser's errand: from unlock, open a case, add a screenshot as evidence
through the file dialog, make a complaint to the Tribunal, see what is
missing, fill one fact through its link, export PDF and DOCX, mark the
complaint as sent, edit it once more, and find the sent version unchanged.

The app speaks bokmål; the person reads Norwegian names."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QListWidget,
    QPlainTextEdit,
    QTableView,
)

from dime_desktop.vault import Vault
from tests.evidence_samples import docx_text, pdf_text, sample_case, squash
from tests.journeys.person import Person
from tests.test_evidence_storage import png_bytes

WHAT = "Dørvakten sa at folk som meg ikke slipper inn."
LATER = "Tilføyd etter at klagen ble sendt."


# In a file dialog Qt pops up its own completion list, which the offscreen platform
# cannot raise or give the keyboard to, and says so as a warning; on a desktop it
# can. The log is not checked while the person is inside a file dialog.


def _open_first_case(person: Person) -> None:
    table = person.wait_for("Saker", QTableView)
    person.wait_until(lambda: table.model().rowCount() == 1)
    rect = table.visualRect(table.model().index(0, 0))
    person.click_widget(table.viewport(), rect.center())
    person.press("Return", table)


def test_tribunal_complaint_from_unlock_to_sent(
    launch: Any,
    person: Person,
    existing_vault: Path,
    passphrase: str,
    tmp_path: Path,
    qtlog: Any,
) -> None:
    vault = Vault.unlock(existing_vault, passphrase)
    case = vault.cases.add(sample_case(case_id=None, reference=None, summary=""))
    reference = str(case.reference)
    vault.close()
    screenshot = tmp_path / "kommentar-fra-gruppen.png"
    screenshot.write_bytes(png_bytes(b"skjermbilde"))

    running = launch("--vault", str(existing_vault))
    person.wait_for("Lås opp")
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")

    _open_first_case(person)
    person.wait_for_text(f"Sak {reference}")
    # discreet mode is on: the evidence and documents are covered like the names
    person.select_tab("Bevis")
    assert not person.sees("Legg til bevisfil")
    person.click("Vis denne saken")

    # evidence through the file dialog (added in the background)
    person.select_tab("Bevis")
    person.click("Legg til bevisfil")
    with qtlog.disabled():  # see the note above
        person.choose_file(screenshot)
    person.wait_for_text("kommentar-fra-gruppen.png er lagt til som nr. 1.")

    # a complaint to the Tribunal, prefilled, with what is missing listed
    person.select_tab("Dokumenter")
    person.click("Ny: Klage til Diskrimineringsnemnda")
    person.wait_for("beskrivelse av hva som skjedde")
    for missing in ("begrunnelse med egne ord", "klagers tilknytning til motparten"):
        assert person.sees(missing)
    assert f"Klage til Diskrimineringsnemnda – {reference}" in person.text_on_screen()

    # its link leads to the case's summary; fill it in and save the case
    person.click("beskrivelse av hva som skjedde")
    person.wait_until(
        lambda: (
            isinstance(QApplication.focusWidget(), QPlainTextEdit)
            and person.focus_widget().accessibleName() == "Sammendrag"
        )
    )
    assert person.focus_widget().window().objectName() == "MainWindow"
    person.type_here(WHAT)
    person.press("Ctrl+S")
    person.wait_until(lambda: not person.sees("beskrivelse av hva som skjedde"))
    section = person.find("1. Hva skjedde", QPlainTextEdit)
    assert section.toPlainText() == WHAT  # the unedited section followed the case

    # export PDF and DOCX: each says first that the file leaves the vault
    pdf = tmp_path / "klage.pdf"
    docx = tmp_path / "klage.docx"
    for button, path in (("Eksporter PDF", pdf), ("Eksporter DOCX", docx)):
        person.click(button)
        warning = person.answer("Fortsett")
        assert "forlater det krypterte hvelvet" in warning
        with qtlog.disabled():
            person.save_file_as(path)
        person.wait_until(path.exists)
    for text in (squash(pdf_text(pdf.read_bytes())), squash(docx_text(docx.read_bytes()))):
        assert "1. Hva skjedde" in text and WHAT in text and "8. Vedlegg" in text
        assert "Vedlegg 1: kommentar-fra-gruppen" in text
        assert "[MANGLER: begrunnelse med egne ord]" in text  # a gap, marked

    # mark as sent: the seal keeps the fingerprint of the file that was sent (the newest)
    person.click("Merk som sendt")
    dialog = person.dialog("Merk som sendt")
    assert person.find("Sendt til", within=dialog).text() == "Diskrimineringsnemnda"
    person.click_widget(person.find("Merk som sendt", QAbstractButton, within=dialog))
    versions = person.find("Versjoner", QListWidget)
    sha = hashlib.sha256(docx.read_bytes()).hexdigest()
    person.wait_until(lambda: sha[:16] in person.text_on_screen())
    assert "til Diskrimineringsnemnda" in person.text_on_screen()

    # a later edit is a new version; the sent one stays as it was
    person.focus("1. Hva skjedde", QPlainTextEdit)
    person.press("Ctrl+End")
    person.type_here(" " + LATER)
    person.press("Ctrl+S")
    person.wait_for_text("Lagret som versjon 2.")
    assert versions.count() == 2 and versions.item(0).text().startswith("Versjon 2")
    running.stop()

    vault = Vault.unlock(existing_vault, passphrase)
    try:
        draft = vault.document_drafts.list_for_case(case.id)[0]
        first, second = vault.document_drafts.versions(draft.id)
    finally:
        vault.close()
    assert first.sealed and first.sent_sha256 == sha and first.sent_to == "Diskrimineringsnemnda"
    what_first, what_second = first.content.section("what"), second.content.section("what")
    assert what_first is not None and what_second is not None
    assert what_first.text == WHAT and what_second.text == f"{WHAT} {LATER}"
    assert not second.sealed
