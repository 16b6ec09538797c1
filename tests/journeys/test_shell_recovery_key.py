"""The recovery key is never lost by a click (issue 8 defect 8): closing the
window while the key is on screen asks first, and the app can make a new key
(Tools → New recovery key, after the passphrase), shown once with Save as PDF;
the old key stops working, the new one opens the vault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf

from tests.journeys.person import Person

PASSPHRASE = "en lang og trygg setning om våren"


def _first_run_to_the_key(launch: Any, person: Person, vault: Path) -> tuple[Any, str]:
    running = launch("--vault", str(vault))
    person.wait_for("Lag hvelv")
    person.type("Ny passordfrase", PASSPHRASE)
    person.type("Gjenta passordfrasen", PASSPHRASE)
    person.click("Lag hvelv")
    key = person.wait_for("Gjenopprettingsnøkkel").text()
    return running, key


def test_closing_the_window_on_the_key_asks_first(
    launch: Any, person: Person, tmp_path: Path
) -> None:
    running, key = _first_run_to_the_key(launch, person, tmp_path / "hvelv")
    window = running.controller.first_run
    window.close()  # the window's close button
    box = person.message_box()
    assert "vises bare nå" in box.text()
    person.answer("Tilbake til nøkkelen")
    assert window.isVisible()
    assert person.find("Gjenopprettingsnøkkel").text() == key

    window.close()
    person.answer("Lukk uten den")
    person.wait_until(lambda: not window.isVisible())
    from dime_desktop.vault import Vault

    Vault.unlock(tmp_path / "hvelv", PASSPHRASE).close()  # the vault was made and is closed


def test_a_new_recovery_key_from_the_tools_menu_replaces_the_old_one(
    launch: Any, person: Person, tmp_path: Path
) -> None:
    running, old_key = _first_run_to_the_key(launch, person, tmp_path / "hvelv")
    person.tick("Jeg har skrevet ned eller skrevet ut gjenopprettingsnøkkelen")
    person.click("Fortsett til registeret")
    person.wait_until(lambda: running.controller.state == "unlocked")

    person.menu("Verktøy", "Ny gjenopprettingsnøkkel")
    dialog = person.dialog("Ny gjenopprettingsnøkkel")
    person.type("Passordfrase", "ikke den riktige passordfrasen")
    person.click("Lag en ny gjenopprettingsnøkkel")
    person.wait_for_text("Passordfrasen er ikke riktig")
    person.type("Passordfrase", PASSPHRASE)
    person.click("Lag en ny gjenopprettingsnøkkel")
    new_key = person.wait_for("Gjenopprettingsnøkkel").text()
    assert new_key != old_key and new_key.count("-") >= 5

    person.click("Lagre gjenopprettingsnøkkelen som PDF")
    sheet = tmp_path / "safe" / "ny-nøkkel.pdf"
    sheet.parent.mkdir()
    person.save_file_as(sheet)
    person.wait_until(sheet.exists)
    text = "".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(sheet)).pages).split())
    assert new_key in text

    # Esc before the box is ticked asks first; the key stays
    person.press("Escape")
    person.answer("Tilbake til nøkkelen")
    assert dialog.isVisible()
    person.tick("Jeg har skrevet ned eller skrevet ut gjenopprettingsnøkkelen")
    person.click("Ferdig")
    person.wait_until(lambda: not dialog.isVisible())

    # the old key opens nothing now; the new one does
    person.press("Ctrl+L")
    person.click("Bruk gjenopprettingsnøkkel")
    person.type("Gjenopprettingsnøkkel", old_key)
    person.press("Return")
    person.wait_for_text("Gjenopprettingsnøkkelen er ikke riktig")
    person.type("Gjenopprettingsnøkkel", new_key)
    person.press("Return")
    person.wait_for("Lagre den nye passordfrasen")
