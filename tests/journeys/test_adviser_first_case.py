"""An adviser's first day: a new vault, the first case typed in by keyboard and
mouse, the sorting conversation, the checklist and take-away sheet saved as
PDF, Ctrl+L while the case is in front, unlock, and every character typed is
still there – in the case brought back after the lock, and in the case opened
again from the list (found by its counterpart's name).

The person reads bokmål (a fresh computer) and finds everything by its name on
screen; nothing here calls a form's methods."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from tests.journeys.person import Person

PASSPHRASE = "en lang og trygg setning om våren"
COUNTERPART = "Utestedet Blå Måne AS"
SUMMARY = "Vakten sa «ikke din type» og nektet oss inn. Vi var fire venner – to fikk komme inn."
MORE = " Ringer tilbake fredag."
NAME = "Åse Markørsen-Ødegård"
CONTACT = "900 00 000 / åse@eksempel.no"
EVENT = "Nektet adgang i døra kl. 23.40"
JOURNAL = "Første samtale på kafeen; ønsker å anmelde."
POLICE = "Anmelde til politiet. Si tydelig fra om hatmotivet. Personen kan ta med seg noen."


def _pdf_text(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _first_run(launch: Any, person: Person, vault: Path) -> Any:
    running = launch("--vault", str(vault))
    person.wait_for("Lag hvelv")
    person.type("Ny passordfrase", PASSPHRASE)
    person.type("Gjenta passordfrasen", PASSPHRASE)
    person.click("Lag hvelv")
    person.wait_for("Gjenopprettingsnøkkel")
    person.tick("Jeg har skrevet ned eller skrevet ut gjenopprettingsnøkkelen")
    person.click("Fortsett til registeret")
    person.wait_until(lambda: running.controller.state == "unlocked")
    return running


def _add_dated(person: Person, list_name: str, when: str, text: str) -> None:
    person.click(f"Legg til i {list_name}")
    person.dialog("Datert notat")
    person.type("Dato", when)
    person.type("Tekst", text)
    person.click("OK")
    person.wait_until(lambda: not person.sees("Tekst", QPlainTextEdit))


def _type_the_case(person: Person) -> None:
    person.type("Opprettet", "14.05.2024")
    person.choose("Område", "Uteliv")
    person.choose("Motpart", "Virksomhet")
    person.type("Motpartens navn", COUNTERPART)

    person.select_tab("Grunnlag og hendelse")
    person.tick("Etnisitet")  # the client's own view comes ticked with it
    person.tick("Etnisitet: rådgivers vurdering")
    person.tick("Religion")
    person.tick("Religion: klientens syn", False)
    person.tick("Religion: ved tilknytning")
    person.tick("Trakassering")

    person.select_tab("Oppfølging og tidslinje")
    _add_dated(person, "Tidslinje", "02.05.2024", EVENT)

    person.select_tab("Sammendrag og journal")
    assert not person.sees("Sammendrag", QPlainTextEdit)  # discreet mode covers it
    person.click("Vis denne saken")
    person.type("Sammendrag", SUMMARY)
    _add_dated(person, "Journal", "14.05.2024", JOURNAL)

    person.select_tab("Klient")
    person.tick("Anonym henvendelse", False)
    person.type("Navn", NAME)
    person.type("Kontakt", CONTACT)
    person.tick("Samtykker til at vi lagrer dette")


def _the_conversation(person: Person) -> None:
    person.select_tab("Kartlegging")
    person.click_row("Stegene i samtalen", "2. Hvor og hvem")
    # it starts from the case: what was typed on the other tabs is here
    assert person.find("Samfunnsområde", QComboBox).currentText() == "Uteliv"
    assert person.find("Motpartens navn (virksomhet, skole, person)", QLineEdit).text() == (
        COUNTERPART
    )
    person.click_row("Stegene i samtalen", "7. Sikkerhet og risiko")
    person.choose("Har personen blitt truet?", "Ja")
    person.click_row("Stegene i samtalen", "9. Neste steg")
    person.click_row("Foreslåtte neste steg", POLICE)
    person.click("Godta")
    assert person.rows("Foreslåtte neste steg")[0][:2] == ["Godtatt", POLICE]


def _check_everything(person: Person, reference: str, summary: str) -> None:
    """What a person reads on the case tab, field by field, byte for byte."""
    due = (date.today() + timedelta(days=14)).strftime("%d.%m.%Y")
    person.select_tab("Sak")
    assert person.find("Saksnummer", QLineEdit).text() == reference
    assert person.find("Opprettet", QLineEdit).text() == "14.05.2024"
    assert person.find("Område", QComboBox).currentText() == "Uteliv"
    assert person.find("Motpart", QComboBox).currentText() == "Virksomhet"
    assert person.find("Motpartens navn", QLineEdit).text() == COUNTERPART
    person.select_tab("Grunnlag og hendelse")
    ticked = {
        name: person.find(name, QCheckBox).isChecked()
        for name in (
            "Etnisitet",
            "Etnisitet: klientens syn",
            "Etnisitet: rådgivers vurdering",
            "Etnisitet: ved tilknytning",
            "Religion",
            "Religion: klientens syn",
            "Religion: rådgivers vurdering",
            "Religion: ved tilknytning",
            "Trakassering",
            "Hatefulle ytringer",
        )
    }
    assert ticked == {
        "Etnisitet": True,
        "Etnisitet: klientens syn": True,
        "Etnisitet: rådgivers vurdering": True,
        "Etnisitet: ved tilknytning": False,
        "Religion": True,
        "Religion: klientens syn": False,
        "Religion: rådgivers vurdering": False,
        "Religion: ved tilknytning": True,
        "Trakassering": True,
        "Hatefulle ytringer": False,
    }
    person.select_tab("Oppfølging og tidslinje")
    assert person.rows("Tidslinje") == [["02.05.2024", EVENT]]
    assert person.rows("Oppfølgingsdatoer") == [[due, POLICE, ""]]  # the agreed step
    person.select_tab("Sammendrag og journal")
    if person.sees("Vis denne saken"):
        person.click("Vis denne saken")
    assert person.find("Sammendrag", QPlainTextEdit).toPlainText() == summary
    assert person.rows("Journal") == [["14.05.2024", JOURNAL]]
    person.select_tab("Klient")
    assert not person.find("Anonym henvendelse", QCheckBox).isChecked()
    assert person.find("Navn", QLineEdit).text() == NAME
    assert person.find("Kontakt", QLineEdit).text() == CONTACT
    assert person.find("Samtykker til at vi lagrer dette", QCheckBox).isChecked()
    person.select_tab("Kartlegging")
    person.click_row("Stegene i samtalen", "7. Sikkerhet og risiko")
    assert person.find("Har personen blitt truet?", QComboBox).currentText() == "Ja"
    person.click_row("Stegene i samtalen", "9. Neste steg")
    assert ["Godtatt", POLICE, due] == [
        person.rows("Foreslåtte neste steg")[0][i] for i in (0, 1, 3)
    ]


def test_first_case_survives_a_lock_byte_for_byte(
    launch: Any, person: Person, tmp_path: Path
) -> None:
    running = _first_run(launch, person, tmp_path / "kontor" / "hvelv")
    person.press("Ctrl+N")
    person.wait_for_text("Ny sak")
    _type_the_case(person)
    _the_conversation(person)

    person.press("Ctrl+S")
    person.wait_for_text("Sak DH-2024-001")
    reference = "DH-2024-001"

    # right after saving, the documents say what the form shows
    checklist = tmp_path / "ut" / "sjekkliste.pdf"
    checklist.parent.mkdir()
    person.click("Lagre sjekkliste som PDF…")
    person.save_file_as(checklist)
    person.wait_until(checklist.exists)
    text = _pdf_text(checklist)
    for wanted in (reference, "Uteliv", COUNTERPART, "2. mai 2024", EVENT):
        assert wanted in text, wanted
    assert NAME not in text  # a working paper never names the client
    takeaway = tmp_path / "ut" / "tiltaksark.pdf"
    person.click("Lagre tiltaksark som PDF…")
    person.save_file_as(takeaway)
    person.wait_until(takeaway.exists)
    text = _pdf_text(takeaway)
    for wanted in (reference, "Uteliv", COUNTERPART, "Anmelde til politiet"):
        assert wanted in text, wanted

    # one more sentence, not saved, then Ctrl+L with the case tab in front
    person.select_tab("Sammendrag og journal")
    person.type("Sammendrag", MORE, clear=False)
    person.wait_for_text(f"Sak {reference}*")
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    assert NAME not in person.text_on_screen() and COUNTERPART not in person.text_on_screen()
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")

    # the unsaved case is back, covered again by discreet mode
    person.wait_for_text(f"Sak {reference}*")
    assert NAME not in person.text_on_screen()
    _check_everything(person, reference, SUMMARY + MORE)
    person.press("Ctrl+S")
    person.wait_for_text(f"Sak {reference}")
    person.click("Lukk saken")
    person.wait_until(lambda: f"Sak {reference}" not in person.text_on_screen())

    # opened again from the list, found by the counterpart's name
    person.type("Søk i saker", "blå måne")
    person.wait_until(lambda: [r[0] for r in person.rows("Saker")] == [reference])
    person.click_row("Saker", reference, double=True)
    person.wait_for_text(f"Sak {reference}")
    _check_everything(person, reference, SUMMARY + MORE)
