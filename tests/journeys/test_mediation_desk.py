"""The mediator's errand, from the unlock screen: an advice case is referred to
mediation, the parties consent, the suitability gate is passed (after it has
refused twice), two preparatory talks, a meeting, an agreement with two terms
that are fulfilled (one date moved on the way), and the case is closed. The
agreement is saved as PDF and DOCX and read back.

Bokmål, as on a fresh computer. The advice case was registered earlier by the
adviser (made in the vault before the app starts)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import docx
from pypdf import PdfReader
from PySide6.QtWidgets import QLineEdit, QTableView, QTabWidget

from dime_desktop.cases.model import Case, CaseGround, Client, TimelineEvent
from dime_desktop.documents.checklist import format_date
from dime_desktop.mediation.checklist import load_checklist
from dime_desktop.vault import Vault
from tests.journeys.person import Person

PASSPHRASE = "korrekt hest batteri stift 2019"  # tests/conftest.py's passphrase


def _advice_case(vault_path: Path) -> str:
    vault = Vault.unlock(vault_path, PASSPHRASE)
    try:
        case = vault.cases.add(
            Case(
                opened=date.today() - timedelta(days=20),
                area="work",
                grounds=[CaseGround("ethnicity")],
                track="civil",
                counterpart_type="employer",
                counterpart_name="Kafé Solsiden AS",
                client=Client(name="Amina Haddad", consent_to_store=True),
                summary="Kommentarer om hijab på jobb",
                timeline=[TimelineEvent(date.today() - timedelta(days=40), "Første kommentar")],
            )
        )
    finally:
        vault.close()
    assert case.reference is not None
    return case.reference


def _tab_text(person: Person, reference: str) -> str:
    """The text of the open mediation case's tab (an asterisk while unsaved)."""
    bar = person.find("Åpne saker", QTabWidget).tabBar()
    texts = [bar.tabText(i) for i in range(bar.count())]
    return next(t for t in texts if reference in t and t.startswith("Megling"))


def _rows(person: Person, view_name: str) -> list[list[str]]:
    """What a table shows, row by row (as a person reads it off the screen)."""
    view = person.find(view_name, QTableView)
    model = view.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _cells(person: Person, view_name: str) -> list[str]:
    return [cell for row in _rows(person, view_name) for cell in row]


def _ok(person: Person) -> None:
    dialog = person.dialog()
    person.click_widget(person.find("OK", within=dialog))
    person.wait_until(lambda: not dialog.isVisible())


def test_a_case_from_referral_to_a_fulfilled_agreement(
    launch: Any, person: Person, existing_vault: Path, tmp_path: Path
) -> None:
    reference = _advice_case(existing_vault)
    running = launch("--vault", str(existing_vault))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")

    # The adviser's case in the register; its Mediation tab refers it.
    person.wait_for_text(reference)
    person.click_row("Saker", reference, double=True)
    person.wait_for_text(f"Sak {reference}")
    person.select_tab("Megling")
    person.click("Henvis til megling")
    person.wait_for_text(f"Meglingssak {reference}")
    assert not person.sees("Parter")  # discreet mode: the steps are hidden until shown
    person.click("Vis denne saken")
    assert person.find("Meglingsområde").currentText() == "Arbeidsplass"  # from "Arbeidsliv"
    assert "Treårsgrensen" in person.find("Treårsgrense").text()

    # Referral: the client's consent to it, and who the mediator is.
    person.tick("Klientens samtykke til henvisningen: gitt")
    person.choose("Klientens samtykke til henvisningen: hvordan", "Muntlig")
    person.type("Megler", "Åsa Megler")
    person.click("Lagre meglingssaken")
    person.wait_until(lambda: "*" not in _tab_text(person, reference))

    # Parties: both consent to mediation.
    person.select_tab("Parter")
    for name in ("Amina Haddad", "Kafé Solsiden AS"):
        person.click_row("Parter", name)
        person.click("Endre i Parter")
        person.dialog("Endre part")
        person.tick("Samtykke til megling: gitt")
        person.choose("Samtykke til megling: hvordan", "Skriftlig")
        _ok(person)
    person.wait_for_text("Gitt")

    # Two preparatory talks, one with each party.
    person.select_tab("Forsamtaler")
    for party, who, notes in (
        ("Amina Haddad", "Amina og søsteren", "Vil ha en unnskyldning og en endret rutine."),
        ("Kafé Solsiden AS", "Daglig leder", "Erkjenner kommentarene, vil rydde opp."),
    ):
        person.click("Legg til i Forsamtaler")
        person.dialog("Forsamtale")
        person.choose("Samtale med", party)
        person.type("Hvem deltok", who)
        person.type("Notater fra samtalen", notes)
        _ok(person)
    person.wait_for_text("Daglig leder")
    assert "Fase: Forsamtaler" in person.find("Meglingssakens fase").text()

    # Suitability: the gate refuses with an unanswered item, then with a bare "no".
    person.select_tab("Egnethet")
    items = [item.label.nb for item in load_checklist().items]
    for label in items[:-1]:
        person.click(f"{label}: ja")
    person.click("Klar for møte")
    person.wait_for_text(f"Ikke besvart: {items[-1]}")
    person.click(f"{items[-1]}: nei")
    person.click("Klar for møte")
    person.wait_for_text("er besvart nei: skriv begrunnelsen")
    assert "Fase: Forsamtaler" in person.find("Meglingssakens fase").text()
    person.type(f"{items[-1]}: begrunnelse", "Hun vil ikke klage nå; hun vet om fristene")
    person.click("Klar for møte")
    person.wait_until(lambda: "Fase: Klar for møte" in person.find("Meglingssakens fase").text())

    # The meeting: planned at a neutral place, seen on the mediator's screen, then held.
    person.select_tab("Møte")
    person.click("Legg til i Møter")
    person.dialog("Meglingsmøte")
    person.choose("Sted", "Møterom på biblioteket (Deichman)")
    person.type("Deltakere", "Amina, søsteren, daglig leder, megler")
    person.type("Meglerens notater", "God tone; begge ville finne en løsning.")
    _ok(person)
    person.click("Lagre meglingssaken")
    person.click_row("Skjermbilder", "Megling")
    person.wait_for_text("Møterom på biblioteket (Deichman)")
    assert reference in "\n".join(_cells(person, "Neste møter"))
    person.click_row("Skjermbilder", "Saker")
    person.click_row("Møter", "Planlagt")
    person.click("Det valgte møtet ble holdt")
    person.wait_until(lambda: "Fase: Møte holdt" in person.find("Meglingssakens fase").text())

    # The agreement: two terms, who does what by when; one date moved.
    person.select_tab("Utfall og avtale")
    person.choose("Utfall", "Megling gjennomført – enighet")
    for kind, what in (
        ("Unnskyldning", "Ber Amina om unnskyldning, skriftlig"),
        ("Endret praksis", "Innfører en rutine mot kommentarer om klær og tro"),
    ):
        person.click("Legg til i Punkter i avtalen")
        person.dialog("Punkt i avtalen")
        person.choose("Type punkt", kind)
        person.choose("Hvem gjør det", "Kafé Solsiden AS")
        person.type("Hva som skal gjøres", what)
        _ok(person)
    person.click_row("Punkter i avtalen", "Endret praksis")
    person.click("Endre i Punkter i avtalen")
    person.dialog("Punkt i avtalen")
    field = person.find("Innen når", QLineEdit)
    due = datetime.strptime(field.text(), "%d.%m.%Y").date()
    moved = (due + timedelta(days=7)).strftime("%d.%m.%Y")  # a week more for the new routine
    person.type("Innen når", moved)
    moved_long = format_date(due + timedelta(days=7), "nb")
    _ok(person)
    person.wait_for_text(moved)
    person.click("Lagre meglingssaken")
    person.click("Følg opp avtalen")
    person.wait_until(
        lambda: "Fase: Oppfølging av avtale" in person.find("Meglingssakens fase").text()
    )

    # The agreement on paper: PDF and DOCX, read back.
    pdf, docx_path = tmp_path / "avtale.pdf", tmp_path / "avtale.docx"
    person.click("Avtalen som PDF")
    person.save_file_as(pdf)
    person.wait_until(pdf.exists)
    person.click("Avtalen som DOCX")
    person.save_file_as(docx_path)
    person.wait_until(docx_path.exists)
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    docx_text = " ".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    docx_text += " ".join(
        cell.text for t in docx.Document(str(docx_path)).tables for r in t.rows for cell in r.cells
    )
    for text in (pdf_text, docx_text):
        assert "Meglingsavtale" in text and reference in text
        assert "Amina Haddad" in text and "Kafé Solsiden AS" in text
        assert "Ber Amina om unnskyldning, skriftlig" in text
        assert moved_long in text  # the moved date
        assert "Åsa Megler" in text  # the mediator's signature line

    # Follow-up: the moved term is followed up on its new date; both are kept.
    person.select_tab("Oppfølging")
    rows = _rows(person, "Oppfølginger")
    assert [r[0] for r in rows if "rutine" in r[1]] == [moved]
    for what in ("Ber Amina om unnskyldning, skriftlig", "Innfører en rutine"):
        cell = next(r[1] for r in _rows(person, "Oppfølginger") if r[1].startswith(what))
        person.click_row("Oppfølginger", cell)
        person.click("Følg opp det valgte punktet")
        person.dialog("Oppfølging av et punkt")
        person.choose("Ble det holdt", "Oppfylt")
        _ok(person)
    person.wait_for_text("Punkter: 2 · oppfylt: 2 · oppfylt for sent: 0 · brutt: 0 · åpne: 0")
    person.click("Lagre meglingssaken")

    # Closing, with a coded reason; every change of stage carries date and who.
    person.click("Avslutt meglingssaken")
    person.dialog("Avslutt meglingssaken")
    assert person.find("Hvorfor saken avsluttes").currentText() == "Avtalen er oppfylt"
    _ok(person)
    person.wait_until(lambda: "Fase: Avsluttet" in person.find("Meglingssakens fase").text())
    person.select_tab("Historikk")
    history = _rows(person, "Faseendringer")
    assert [r[2] for r in history] == [
        "Henvist",
        "Forsamtaler",
        "Klar for møte",
        "Møte holdt",
        "Oppfølging av avtale",
        "Avsluttet",
    ]
    assert all(r[3] == "Åsa Megler" for r in history[2:])

    # After a lock the case is still there, closed, on the mediator's screen.
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.click_row("Skjermbilder", "Megling")
    person.wait_for_text(reference)
    assert any(r[0] == reference and "Avsluttet" in r for r in _rows(person, "Meglingssaker"))
