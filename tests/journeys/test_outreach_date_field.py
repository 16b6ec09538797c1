"""The date of an outreach activity is one field called "Dato" (to a screen
reader and to a person), not a frame and a field both called so: a person
types the date into "Dato" and it is saved."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from dime_desktop.vault import Vault
from tests.journeys.person import Person

PASSPHRASE = "ett datofelt, ett navn"
TITLE = "Stand på Grønland torg"


def test_the_date_is_one_field_named_dato(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    Vault.create(tmp_path / "hvelv", PASSPHRASE, kdf=fast_kdf).vault.close()
    running = launch("--vault", str(tmp_path / "hvelv"))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.click_item("Skjermbilder", "Utadrettet arbeid")
    person.click("Ny utadrettet aktivitet")
    form = person.dialog("Ny utadrettet aktivitet")
    named = person.find_all("Dato", QWidget, within=form)
    assert len(named) == 1 and isinstance(named[0], QLineEdit), named
    assert len(person.find_all("Dato med kalender", QWidget, within=form)) == 1
    held = date.today() - timedelta(days=3)
    person.press("Alt+D")
    assert person.focus_widget() is named[0]
    person.press("Ctrl+A")
    person.type_here(held.strftime("%d.%m.%Y"))
    person.choose("Type aktivitet", "Foredrag/innlegg")
    person.type("Tittel", TITLE)
    person.type("Arrangør eller publikum", "Bydel Gamle Oslo")
    person.type("Antall deltakere", "12")
    person.click("Lagre aktiviteten")
    person.wait_until(lambda: not form.isVisible())
    person.wait_for_text(TITLE)
    row = next(r for r in person.rows("Utadrettede aktiviteter") if TITLE in r)
    assert held.strftime("%d.%m.%Y") in row
