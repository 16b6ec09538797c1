"""The document editor opened at its own size: the side with the choices, the
missing facts and the versions is wide enough for its lines (a missing fact
"sted (adresse, virksomhet eller nettsted) → Skriv det i dokumentet" was cut
off at the right edge, with a sideways scrollbar); a fact and where it is
filled in are two lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QScrollArea, QTableView

from dime_desktop.vault import Vault
from tests.evidence_samples import sample_case
from tests.journeys.person import Person


def test_missing_facts_are_not_cut_off(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    vault = Vault.unlock(existing_vault, passphrase)
    vault.cases.add(sample_case(case_id=None, reference=None, summary=""))
    vault.close()
    running = launch("--vault", str(existing_vault))
    person.wait_for("Lås opp")
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    table = person.wait_for("Saker", QTableView)
    person.wait_until(lambda: table.model().rowCount() == 1)
    person.click_widget(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    person.press("Return", table)
    person.click("Vis denne saken")
    person.select_tab("Dokumenter")
    person.click("Ny: Klage til Diskrimineringsnemnda")
    person.wait_for("begrunnelse med egne ord")
    side = person.find("Valg, opplysninger som mangler og versjoner", QScrollArea)
    person.wait_until(lambda: side.viewport().width() > 0)
    assert side.horizontalScrollBar().maximum() == 0, "the side scrolls sideways"
    viewport = side.viewport()
    facts = [
        b for b in side.widget().findChildren(QPushButton) if b.isVisible() and "→" in b.text()
    ]
    assert len(facts) >= 2
    for button in facts:
        right = button.mapTo(viewport, button.rect().topLeft()).x() + button.sizeHint().width()
        assert right <= viewport.width(), f"{button.text()!r} is cut off"
