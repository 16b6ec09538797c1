"""The grounds tab of a case at the window's default size (the size it opens
with on a 1366×768 screen): every ground, its three flags ("Klientens syn",
"Rådgivers vurdering", "Tilknytning") and the form's buttons show without a
scrollbar."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QScrollArea, QTabWidget

from dime_desktop.cases import Case, CaseGround
from dime_desktop.reference import default_reference
from dime_desktop.vault import Vault
from tests.journeys.person import Person

PASSPHRASE = "alle grunnlagene på en skjerm"


def _open_a_case(launch: Any, person: Person, tmp_path: Path, fast_kdf: Any) -> None:
    vault = Vault.create(tmp_path / "hvelv", PASSPHRASE, kdf=fast_kdf).vault
    ref = vault.cases.add(
        Case(opened=date(2024, 3, 1), area="work", grounds=[CaseGround("religion")])
    ).reference
    vault.close()
    running = launch("--vault", str(tmp_path / "hvelv"))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    # the size it opens with on a 1366×768 screen (90 % of it); the test screen is
    # smaller, and the main window no longer has a minimum width wider than that
    window = running.controller.main_window
    window.showNormal()
    window.setGeometry(0, 0, 1229, 691)
    person.wait_until(lambda: window.geometry().getRect() == (0, 0, 1229, 691))
    person.click_row("Saker", ref or "", double=True)


def test_every_tab_of_a_case_has_its_own_alt_key(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    """ "Me&gling" took Alt+G from "&Grunnlag og hendelse"."""
    _open_a_case(launch, person, tmp_path, fast_kdf)
    tabs = person.find("Deler av saken", QTabWidget)
    keys = [
        m.group(1).lower()
        for i in range(tabs.count())
        if (m := re.search(r"&(\w)", tabs.tabText(i).replace("&&", "")))
    ]
    assert len(keys) == len(set(keys)), keys
    person.press("Alt+I")
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Megling"
    person.press("Alt+G")
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Grunnlag og hendelse"


def test_every_ground_and_its_flags_fit_without_scrolling(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _open_a_case(launch, person, tmp_path, fast_kdf)
    person.select_tab("Grunnlag og hendelse")
    tabs = person.find("Deler av saken", QTabWidget)
    page = tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    person.wait_until(lambda: page.viewport().height() > 0)
    assert page.verticalScrollBar().maximum() == 0, "the grounds tab scrolls"
    viewport = page.viewport()
    for entry in default_reference().grounds:
        label = entry.label("nb")
        flags = ("klientens syn", "rådgivers vurdering", "ved tilknytning")
        for name in (label, *(f"{label}: {flag}" for flag in flags)):
            boxes = person.find_all(name, QCheckBox, within=page)  # "Annet" is two
            assert boxes, name
            for box in boxes:
                corner = box.mapTo(viewport, box.rect().bottomRight())
                assert viewport.rect().contains(corner), f"{name!r} is cut off"
    for button in ("Lagre", "Lukk"):
        person.find(button)
