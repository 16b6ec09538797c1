"""Journey of issue 13: the adviser in Oslo hands a case over to the mediator,
who works on her own laptop with her own vault. Two launches in sequence,
each with its own settings file (two computers): the adviser adds the
mediator's public key after comparing its fingerprint on screen, saves the
bundle; the mediator opens it, sees "unknown: compare fingerprint…", compares
it with the one the adviser's screen showed, trusts her and takes the case."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import Case, CaseGround, Client, JournalEntry
from dime_desktop.handover import service
from dime_desktop.ui.shell.settings import AppSettings
from dime_desktop.vault import Vault
from tests.journeys.person import Person

SUMMARY = "Klienten ble omplassert etter å ha klaget på kommentarer om hijab."
JOURNAL = "Første samtale med klienten på kafeen."


def unlock(person: Person, running: Any, passphrase: str) -> None:
    person.wait_for("Lås opp")
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")


def settings_for(tmp_path: Path, computer: str) -> AppSettings:
    path = tmp_path / computer / "DiMe Desktop.ini"
    path.parent.mkdir(parents=True)
    return AppSettings.from_file(path)


def test_the_adviser_hands_a_case_to_the_mediator(
    launch: Any, person: Person, tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    oslo, megling = tmp_path / "oslo-hvelv", tmp_path / "megling-hvelv"
    vault = Vault.create(oslo, passphrase, kdf=fast_kdf).vault
    ref = vault.cases.add(
        Case(
            opened=date(2024, 5, 6),
            area="work",
            grounds=[CaseGround("religion")],
            summary=SUMMARY,
            journal=[JournalEntry(date(2024, 5, 7), JOURNAL)],
            client=Client(name="Samira Haddad", consent_to_store=True),
        )
    ).reference
    vault.close(backup=False)
    vault = Vault.create(megling, passphrase, kdf=fast_kdf).vault
    key_file = tmp_path / "minnepinne" / "megling.json"
    key_file.parent.mkdir()
    mediator_fp = service.export_identity(vault, key_file).fingerprint  # mailed earlier
    vault.close(backup=False)
    bundle = tmp_path / "minnepinne" / "sak.dimebundle"

    # --- the adviser's laptop --------------------------------------------------------
    running = launch("--vault", str(oslo), settings=settings_for(tmp_path, "radgiver"))
    unlock(person, running, passphrase)
    person.click_item("Skjermbilder", "Overføring")
    adviser_fp = person.wait_for("Dette hvelvets fingeravtrykk").text()
    assert len(adviser_fp) == 24 and adviser_fp.count("-") == 4
    person.click("Legg til en kollega…")
    person.choose_file(key_file)
    person.dialog("Legg til en kollega")
    # read out on the phone: the mediator's fingerprint is what her screen shows
    assert person.find("Deres fingeravtrykk").text() == mediator_fp
    person.type("Navn", "Åsa Berg")
    person.type("Kontor", "Meglingsbenken")
    person.tick("Jeg har sammenlignet fingeravtrykket med kollegaen")
    person.click("Godkjenn")
    person.wait_until(
        lambda: (
            ["Åsa Berg", "Meglingsbenken", mediator_fp]
            in [row[:3] for row in person.rows("Godkjente kolleger")]
        )
    )

    person.click("Overfør saker…")
    person.dialog("Overfør saker")
    person.type("Saker (saksnumre)", ref or "")
    person.press("Tab")
    person.wait_until(
        lambda: [ref, "samtykke gitt (til lagring)"] in person.rows("Samtykke til deling")
    )
    person.click("Lagre overføringen…")
    person.save_file_as(bundle)
    text = person.answer("OK")
    assert "personopplysninger, kryptert" in text and "Åsa Berg" in text
    assert ": 1 sak. Filen" in text  # one/many, not "sak(er)"
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    assert SUMMARY.encode() not in bundle.read_bytes()
    person.press("Ctrl+Q")
    person.wait_until(lambda: running.controller.state == "quit")

    # --- the mediator's laptop ------------------------------------------------------
    running = launch("--vault", str(megling), settings=settings_for(tmp_path, "megler"))
    unlock(person, running, passphrase)
    person.click_item("Skjermbilder", "Overføring")
    person.wait_for("Dette hvelvets fingeravtrykk")
    person.click("Importer en overføring…")
    person.choose_file(bundle)
    person.dialog("Importer en overføring")
    person.wait_for_text(f"Fra: ukjent: sammenlign fingeravtrykk {adviser_fp}")
    assert person.find("Avsenderens fingeravtrykk").text() == adviser_fp
    rows = person.rows("Saker i overføringen")
    assert rows[0][:4] == [ref, "hele saken", "ny i dette hvelvet", "samtykke gitt (til lagring)"]
    assert rows[0][4] == "•••"  # discreet mode: no name
    assert not person.find("Importer de avkryssede sakene").isEnabled()
    person.type("Avsenderens navn", "Ingrid Dahl")
    person.tick("Fingeravtrykket er det samme som avsenderens")
    person.click("Importer de avkryssede sakene")
    text = person.answer("OK")
    assert f"Importert: {ref}" in text and "Ingrid Dahl er nå en godkjent kollega." in text
    person.wait_until(lambda: any(r[0] == "Ingrid Dahl" for r in person.rows("Godkjente kolleger")))
    person.click_item("Skjermbilder", "Saker")
    person.wait_for_text(ref or "")
    person.press("Ctrl+Q")
    person.wait_until(lambda: running.controller.state == "quit")

    vault = Vault.unlock(megling, passphrase)
    got = vault.cases.get(ref or "")
    assert got.summary == SUMMARY and [j.text for j in got.journal] == [JOURNAL]
    assert vault.identity.find_contact("Ingrid Dahl").fingerprint == adviser_fp
    vault.close(backup=False)
