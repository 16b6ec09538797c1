"""Vault care in the app (issue 8 §3, Tools menu): change the passphrase, verify
the vault, import an earlier register all or nothing with a progress bar."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tests.journeys.person import Person

PASSPHRASE = "den gamle passordfrasen til kontoret"
NEW_PASSPHRASE = "en ny passordfrase etter ferien 2024"
DATA = Path(__file__).resolve().parents[1] / "data"


def _start(launch: Any, person: Person, tmp_path: Path, fast_kdf: Any) -> Any:
    from dime_desktop.vault import Vault

    Vault.create(tmp_path / "hvelv", PASSPHRASE, kdf=fast_kdf).vault.close()
    running = launch("--vault", str(tmp_path / "hvelv"))
    _unlock(person, running, PASSPHRASE)
    return running


def _unlock(person: Person, running: Any, passphrase: str) -> None:
    person.unlock(running, passphrase)


def test_change_the_passphrase_in_the_app(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    running = _start(launch, person, tmp_path, fast_kdf)
    person.menu("Verktøy", "Bytt passordfrase")
    dialog = person.dialog("Bytt passordfrase")
    person.type("Nåværende passordfrase", "ikke den jeg bruker nå i det hele tatt")
    person.type("Ny passordfrase", NEW_PASSPHRASE)
    person.type("Gjenta passordfrasen", NEW_PASSPHRASE)
    person.click("Bytt passordfrase")
    person.wait_for_text("Passordfrasen er ikke riktig")
    person.type("Nåværende passordfrase", PASSPHRASE)
    person.click("Bytt passordfrase")
    person.wait_for_text("Passordfrasen er byttet")
    person.click("Lukk")
    person.wait_until(lambda: not dialog.isVisible())

    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_for_text("Passordfrasen er ikke riktig")
    person.type("Passordfrase", NEW_PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")


def test_verify_the_vault_in_the_background_and_say_what_was_found(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _start(launch, person, tmp_path, fast_kdf)
    person.menu("Verktøy", "Kontroller hvelvet")
    dialog = person.dialog("Kontroller hvelvet")
    person.wait_for_text("Hvelvet er i orden")
    person.click("Lukk")
    person.wait_until(lambda: not dialog.isVisible())

    os.chmod(tmp_path / "hvelv" / "vault-keys.json", 0o644)  # readable by others
    person.menu("Verktøy", "Kontroller hvelvet")
    person.wait_for_text("Kontrollen fant 1 problem")
    assert "vault-keys.json" in person.find("Problemer som ble funnet").toPlainText()


def test_import_an_earlier_register_all_or_nothing(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    running = _start(launch, person, tmp_path, fast_kdf)
    vault = running.controller.vault

    person.menu("Verktøy", "Importer et tidligere register")
    dialog = person.dialog("Importer et register")
    person.find("Importen så langt")  # the progress bar
    person.click("Velg registerfilen")
    person.choose_file(DATA / "register_bad.csv")
    person.click("Importer")
    person.wait_for_text("Ingenting ble importert")
    problems = person.find("Problemer i filen").toPlainText()
    assert "Månelanding" in problems
    assert "Rett opp disse 10 problemene i filen" in problems  # one/many, no "problem(er)"
    assert vault.cases.count() == 0

    person.click("Velg registerfilen")
    person.choose_file(DATA / "register_semicolon_bom.csv")
    person.click("Importer")
    person.wait_for_text("Importerte 2 saker fra register_semicolon_bom.csv")
    assert vault.cases.count() == 2

    # the same file again: refused as a whole, unless the known cases are skipped
    person.type("Registerfil", str(DATA / "register_semicolon_bom.csv"))
    person.click("Importer")
    person.wait_for_text("Ingenting ble importert")
    assert "DH-2018-010" in person.find("Problemer i filen").toPlainText()
    person.tick("Hopp over saker som allerede er i hvelvet")
    person.click("Importer")
    person.wait_for_text("2 saker var allerede i hvelvet og ble hoppet over")
    assert vault.cases.count() == 2
    person.click("Lukk")
    person.wait_until(lambda: not dialog.isVisible())
    person.wait_for_text("DH-2018-011")  # the list shows what came in
