"""Journeys for the defects an adviser met on the case tab (issue 8, part 2),
each one the errand in which the defect showed, driven by keys and clicks.

The vault was made earlier on this computer (``saved_cases``); the person
unlocks it, opens a case from the list and works in the case's tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
)

from dime_desktop.cases.model import (
    Case,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    TimelineEvent,
)
from tests.journeys.person import Person

NAME = "Mariam Påfunnsen"
CONTACT = "411 22 333"
SUMMARY = "Ble kalt stygge ting på trikken; sjåføren grep ikke inn."
JOURNAL = "Ringte klienten, avtalte møte."
COUNTERPART = "Utestedet Blå Måne AS"
POLICE = "Anmelde til politiet. Si tydelig fra om hatmotivet. Personen kan ta med seg noen."


@pytest.fixture
def saved_cases(tmp_path: Path, passphrase: str, fast_kdf: Any) -> Path:
    """A vault with three cases: one with a client, grounds, timeline and
    journal; one with an overdue follow-up; one with a later follow-up."""
    from dime_desktop.vault import Vault

    path = tmp_path / "vault"
    vault = Vault.create(path, passphrase, kdf=fast_kdf).vault
    vault.cases.add(
        Case(
            opened=date(2024, 3, 1),
            area="nightlife",
            counterpart_type="business",
            counterpart_name=COUNTERPART,
            grounds=[
                CaseGround("ethnicity", perceived=True, assessed=True),
                CaseGround("religion", perceived=False, by_association=True),
            ],
            timeline=[TimelineEvent(date(2024, 2, 20), "Nektet adgang")],
            journal=[JournalEntry(date(2024, 3, 1), JOURNAL)],
            summary=SUMMARY,
            client=Client(name=NAME, contact=CONTACT, consent_to_store=True),
        )
    )
    vault.cases.add(
        Case(
            opened=date(2024, 3, 2),
            area="work",
            counterpart_name="Bakeri Øst",
            follow_ups=[FollowUp(date(2024, 4, 1), "Ringe arbeidsgiver")],
        )
    )
    vault.cases.add(
        Case(
            opened=date(2024, 3, 3),
            area="housing",
            follow_ups=[FollowUp(date.today() + timedelta(days=30), "Svar fra utleier")],
        )
    )
    vault.close()
    return path


@pytest.fixture
def unlocked(launch: Any, person: Person, saved_cases: Path, passphrase: str) -> Callable[[], Any]:
    def start() -> Any:
        running = launch("--vault", str(saved_cases))
        person.wait_for("Lås opp")
        person.type("Passordfrase", passphrase)
        person.press("Return")
        person.wait_until(lambda: running.controller.state == "unlocked")
        # an overdue follow-up puts "what is due" first; the person goes to the list
        person.wait_for("Oppfølginger som forfaller")
        person.click_row("Skjermbilder", "Saker")
        person.wait_until(lambda: len(person.rows("Saker")) == 3)
        return running

    return start


def _open(person: Person, reference: str) -> None:
    person.click_row("Saker", reference, double=True)
    person.wait_for_text(f"Sak {reference}")


def _tab_texts(person: Person) -> list[str]:
    return [line for line in person.text_on_screen().splitlines() if line.startswith("Sak ")]


def test_the_intake_starts_from_the_case_and_drops_nothing(
    unlocked: Callable[[], Any], person: Person
) -> None:
    """Defect 1: the conversation shows the case's own fields; an answer is
    merged in, a ground, its flags and a timeline event stay."""
    unlocked()
    _open(person, "DH-2024-001")
    person.select_tab("Kartlegging")
    assert person.rows("Hva skjedde") == [["20.02.2024", "Nektet adgang"]]  # dd.mm.yyyy
    person.type("Ny hendelse: dato", "01.03.2024")
    person.type("Ny hendelse: hva skjedde", "Fikk en truende melding")
    person.click("Legg til hendelse")
    person.click_row("Stegene i samtalen", "2. Hvor og hvem")
    assert person.find("Samfunnsområde", QComboBox).currentText() == "Uteliv"
    assert person.find("Hva slags motpart", QComboBox).currentText() == "Virksomhet"
    person.type("Motpartens navn (virksomhet, skole, person)", "Klubb Sør")
    person.click_row("Stegene i samtalen", "4. Hva slags sak")
    person.toggle_item("Hva slags hendelse", "Hatefulle ytringer")

    person.select_tab("Sak")
    assert person.find("Område", QComboBox).currentText() == "Uteliv"
    assert person.find("Motpartens navn", QLineEdit).text() == "Klubb Sør"
    person.select_tab("Grunnlag og hendelse")
    for name, on in (
        ("Etnisitet", True),
        ("Etnisitet: rådgivers vurdering", True),
        ("Religion", True),
        ("Religion: klientens syn", False),
        ("Religion: ved tilknytning", True),
        ("Hatefulle ytringer", True),
    ):
        assert person.find(name, QCheckBox).isChecked() == on, name
    person.select_tab("Oppfølging og tidslinje")
    assert person.rows("Tidslinje") == [
        ["20.02.2024", "Nektet adgang"],
        ["01.03.2024", "Fikk en truende melding"],
    ]


def test_going_through_the_intake_steps_changes_nothing(
    unlocked: Callable[[], Any], person: Person
) -> None:
    """Defect 12: clicking from step to step does not make the case unsaved."""
    unlocked()
    _open(person, "DH-2024-002")
    person.select_tab("Kartlegging")
    for _ in range(8):
        person.click("Neste >")
    person.click("< Forrige")
    assert _tab_texts(person) == ["Sak DH-2024-002"]  # no "*"
    person.click("Lukk saken")
    person.wait_until(lambda: _tab_texts(person) == [])  # closed without a question


def test_dates_are_typed_tabbed_through_and_picked(
    unlocked: Callable[[], Any], person: Person
) -> None:
    """Defects 7 and 17: an empty date takes typing, Tab leaves it with the
    text kept, the calendar opens at today, never in 1900."""
    unlocked()
    table = person.find("Saker", QTableView)
    person.click_widget(table.viewport())
    person.press("Tab")
    assert QApplication.focusWidget() is not table  # Tab leaves the case list

    _open(person, "DH-2024-002")
    closed = person.type("Avsluttet", "3.6.2024")
    person.press("Tab")
    assert QApplication.focusWidget() is not closed
    assert person.find("Avsluttet", QLineEdit).text() == "03.06.2024"
    person.click("Avsluttet: tøm")
    assert person.find("Avsluttet", QLineEdit).text() == ""
    person.click("Avsluttet: kalender")
    calendar = person.wait_for("Kalender", QCalendarWidget)
    today = date.today()
    shown = calendar.selectedDate()
    assert (shown.year(), shown.month(), shown.day()) == (today.year, today.month, today.day)
    person.press("Return", calendar.focusProxy() or calendar)  # where its focus is
    person.wait_until(lambda: not calendar.isVisible())
    assert person.find("Avsluttet", QLineEdit).text() == today.strftime("%d.%m.%Y")
    opened = person.type("Opprettet", "2.3.2024")
    person.press("Tab")
    assert QApplication.focusWidget() is not opened
    assert person.find("Opprettet", QLineEdit).text() == "02.03.2024"


def test_a_name_without_consent_is_not_stored(unlocked: Callable[[], Any], person: Person) -> None:
    """Defect 9: with "consent to store" unticked the case is not saved; the
    reason stands at the consent box."""
    unlocked()
    person.press("Ctrl+N")
    person.choose("Område", "Arbeidsliv")
    person.select_tab("Klient")
    person.tick("Anonym henvendelse", False)
    person.click("Vis denne saken")
    person.type("Navn", "Ola Uten Samtykke")
    person.press("Ctrl+S")
    person.wait_for_text("Uten klientens samtykke kan navn")
    new_reference = f"DH-{date.today().year}-001"  # opened today
    assert f"Sak {new_reference}" not in person.text_on_screen()
    person.tick("Samtykker til at vi lagrer dette")
    person.press("Ctrl+S")
    person.wait_for_text(f"Sak {new_reference}")
    assert "Uten klientens samtykke" not in person.text_on_screen()


def test_discreet_mode_covers_the_case_tab(unlocked: Callable[[], Any], person: Person) -> None:
    """Defect 15: name, contact and summary are not on screen while discreet
    mode is on, until the adviser shows this one case; never in the tab title."""
    unlocked()
    _open(person, "DH-2024-001")
    for tab in ("Sammendrag og journal", "Klient"):
        person.select_tab(tab)
        screen = person.text_on_screen()
        for secret in (NAME, CONTACT, SUMMARY, JOURNAL):
            assert secret not in screen, (tab, secret)
    person.click("Vis denne saken")
    assert NAME in person.text_on_screen()
    assert _tab_texts(person) == ["Sak DH-2024-001"]
    person.press("Ctrl+D")  # discreet off: in clear, and still no name in the title
    assert NAME in person.text_on_screen()
    assert _tab_texts(person) == ["Sak DH-2024-001"]
    person.press("Ctrl+D")  # on again: covered again
    assert NAME not in person.text_on_screen()
    person.select_tab("Sammendrag og journal")
    assert SUMMARY not in person.text_on_screen()


def test_the_list_finds_counterparts_sorts_by_follow_up_and_marks_overdue(
    unlocked: Callable[[], Any], person: Person
) -> None:
    """Defect 16."""
    unlocked()
    person.type("Søk i saker", "blå måne")
    person.wait_until(lambda: [r[0] for r in person.rows("Saker")] == ["DH-2024-001"])
    person.type("Søk i saker", "")
    person.wait_until(lambda: len(person.rows("Saker")) == 3)
    assert "⚠ 01.04.2024 forfalt" in person.text_on_screen()  # in words, not colour alone

    table = person.find("Saker", QTableView)
    header: QHeaderView = table.horizontalHeader()
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, header.orientation()) == ("Neste oppfølging")
    )

    def click_header() -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        person.click_widget(header.viewport(), QPoint(x, header.height() // 2))

    click_header()
    person.wait_until(
        lambda: (
            [r[0] for r in person.rows("Saker")] == ["DH-2024-002", "DH-2024-003", "DH-2024-001"]
        )
    )
    click_header()  # the other way; cases without a follow-up stay last
    person.wait_until(
        lambda: (
            [r[0] for r in person.rows("Saker")] == ["DH-2024-003", "DH-2024-002", "DH-2024-001"]
        )
    )


def test_removing_a_journal_entry_asks_first(unlocked: Callable[[], Any], person: Person) -> None:
    """Defect 19: a journal entry goes only after "Fjern" in a question."""
    unlocked()
    _open(person, "DH-2024-001")
    person.select_tab("Sammendrag og journal")
    person.click("Vis denne saken")
    person.click_row("Journal", JOURNAL)
    person.click("Fjern fra Journal")
    assert "Fjerne dette journalnotatet?" in person.answer("Avbryt")
    assert person.rows("Journal") == [["01.03.2024", JOURNAL]]
    person.click_row("Journal", JOURNAL)
    person.click("Fjern fra Journal")
    person.answer("Fjern")
    person.wait_until(lambda: person.rows("Journal") == [])


def test_an_agreed_next_step_becomes_a_follow_up(
    unlocked: Callable[[], Any], person: Person
) -> None:
    """Issue 8 §3: an accepted step is a follow-up with a date the adviser
    can change; the step shows the changed date; dropping it removes it."""
    unlocked()
    _open(person, "DH-2024-003")
    person.select_tab("Kartlegging")
    person.click_row("Stegene i samtalen", "7. Sikkerhet og risiko")
    person.choose("Har personen blitt truet?", "Ja")
    person.click_row("Stegene i samtalen", "9. Neste steg")
    person.click_row("Foreslåtte neste steg", POLICE)
    person.click("Godta")
    due = (date.today() + timedelta(days=14)).strftime("%d.%m.%Y")

    person.select_tab("Oppfølging og tidslinje")
    assert [due, POLICE, ""] in person.rows("Oppfølgingsdatoer")
    person.click_row("Oppfølgingsdatoer", POLICE)
    person.click("Endre i Oppfølgingsdatoer")
    person.dialog("Datert notat")
    person.type("Dato", "01.09.2030")
    person.click("OK")
    person.wait_until(lambda: ["01.09.2030", POLICE, ""] in person.rows("Oppfølgingsdatoer"))

    person.select_tab("Kartlegging")
    assert person.rows("Foreslåtte neste steg")[0][3] == "01.09.2030"
    person.click_row("Foreslåtte neste steg", POLICE)
    person.click("Forkast")
    person.select_tab("Oppfølging og tidslinje")
    assert [r[1] for r in person.rows("Oppfølgingsdatoer")] == ["Svar fra utleier"]
