"""The mediation desk's screen at 1366×768: the list of terms due (bottom
right) shows all its columns, "Innen" included, however long a term's text;
the status line and a record's follow-up line say their numbers in words
without "(er)"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTableView

from dime_desktop.vault import Vault
from tests.journeys.person import Person
from tests.journeys.test_followups_mediation_terms import PASSPHRASE, mediation_vault, unlock

LONG = (
    "Skriftlig unnskyldning til klienten, sendt per post og e-post, med kopi til "
    "styret og en bekreftelse på at de ansatte har fått opplæring i de nye rutinene"
)


def test_every_column_of_the_terms_due_shows(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    refs = mediation_vault(tmp_path / "hvelv", fast_kdf)
    vault = Vault.unlock(tmp_path / "hvelv", PASSPHRASE)
    record = vault.mediation.get_by_reference(refs["mediation"])
    record.terms[0].what = LONG
    vault.mediation.update(record)
    vault.close()

    unlock(launch, person, tmp_path / "hvelv")
    person.active_window().window().resize(1366, 768)  # maximised on a 1366×768 screen
    person.click_item("Skjermbilder", "Megling")
    person.press("Ctrl+D")  # discreet mode off: the terms show their text
    person.wait_for_text("Skriftlig unnskyldning til klienten")
    table = person.find("Punkter som forfaller eller har forfalt", QTableView)
    person.wait_until(lambda: table.model().rowCount() == 2)
    header = table.horizontalHeader()
    width = table.viewport().width()
    for col in range(table.model().columnCount()):
        title = table.model().headerData(col, header.orientation())
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert header.sectionSize(col) > 0 and right <= width, f"«{title}» is cut off"
    assert table.horizontalScrollBar().maximum() == 0
    row = next(
        r for r in person.rows("Punkter som forfaller eller har forfalt") if LONG in " ".join(r)
    )
    assert row[3], "the term has a date it is due by"
    text = person.text_on_screen()
    assert "(er)" not in text and "(r)" not in text
