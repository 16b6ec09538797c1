"""The client tab of a case at the window's default size (1366×768): no empty
gap between the notes and "Samtykker", and every purpose of the consent table,
down to "Dele med Diskrimineringsnemnda", shows without scrolling."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QTableView, QTabWidget

from dime_desktop.cases import Case
from dime_desktop.vault import Vault
from tests.journeys.person import Person

PASSPHRASE = "samtykkene på en skjerm"


def test_all_six_purposes_show_without_scrolling(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    vault = Vault.create(tmp_path / "hvelv", PASSPHRASE, kdf=fast_kdf).vault
    ref = vault.cases.add(Case(opened=date(2024, 3, 1), area="work")).reference
    vault.close()
    running = launch("--vault", str(tmp_path / "hvelv"))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.click_row("Saker", ref or "", double=True)
    person.click("Vis denne saken")  # discreet mode is on
    person.active_window().window().resize(1366, 768)  # maximised on a 1366×768 screen
    person.select_tab("Klient")
    tabs = person.find("Deler av saken", QTabWidget)
    page = tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    person.wait_until(lambda: page.viewport().height() > 0)
    viewport = page.viewport()
    table = person.find("Samtykker", QTableView, within=page)
    model = table.model()
    assert model.rowCount() == 6
    for row in range(model.rowCount()):
        rect = table.visualRect(model.index(row, 0))
        corner = table.viewport().mapTo(viewport, rect.bottomLeft())
        assert viewport.rect().contains(corner), f"{model.index(row, 0).data()!r} is cut off"
        assert table.viewport().rect().contains(rect.bottomLeft()), "the table scrolls"
    assert "Dele med Diskrimineringsnemnda" in person.column("Samtykker", "Formål")
    # no gap: "Samtykker" starts right under the notes
    notes = person.find("Notater om klienten", QPlainTextEdit, within=page)
    caption = next(
        label
        for label in page.findChildren(QLabel)
        if label.text().replace("&", "") == "Samtykker:"
    )
    below_notes = notes.mapTo(viewport, notes.rect().bottomLeft()).y()
    top_of_caption = caption.mapTo(viewport, caption.rect().topLeft()).y()
    assert top_of_caption - below_notes < 40, f"a gap of {top_of_caption - below_notes} px"
