"""The statistics screen from the unlock screen: the year combo is the one the
"År:" label names (a screen reader says "År"), a year is chosen by keyboard,
and the summary PDF says truly why a table is left out: a year of 40 cases
whose previous year had 4 is not "so few cases (40)"."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox, QLabel

from dime_desktop.cases import Case, CaseGround
from dime_desktop.ui.common.tasks import running_tasks
from dime_desktop.vault import Vault
from tests.journeys.person import Person

PASSPHRASE = "tallene teller saker, ikke folk"


def _vault(path: Path, fast_kdf: Any) -> None:
    vault = Vault.create(path, PASSPHRASE, kdf=fast_kdf).vault
    try:
        for i in range(4):  # 2023: two and two, so either count pins the other
            area = "work" if i < 2 else "online"
            vault.cases.add(
                Case(opened=date(2023, 3, 1 + i), area=area, grounds=[CaseGround("age")])
            )
        for i in range(40):
            vault.cases.add(
                Case(opened=date(2024, 1, 1 + i % 28), area="work", grounds=[CaseGround("age")])
            )
    finally:
        vault.close()


def test_year_combo_is_labelled_and_the_omitted_table_says_what_is_true(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    running = launch("--vault", str(tmp_path / "hvelv"))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")

    person.click_item("Skjermbilder", "Statistikk")
    year = person.find("År", QComboBox)
    label = next(lab for lab in person.find_all("År", QLabel) if lab.buddy() is not None)
    assert label.buddy() is year  # "År:" names the combo (Alt+Å goes there)
    assert year.accessibleName() == "År"
    assert year.currentText() == "2024"
    person.wait_for_text("40 saker")
    person.focus("År", QComboBox)
    person.press("Down")
    person.wait_for_text("4 saker")
    assert year.currentText() == "2023"
    person.press("Up")
    person.wait_for_text("40 saker")

    target = tmp_path / "ut" / "statistikk.pdf"
    target.parent.mkdir()
    person.click("Lagre som PDF")
    person.save_file_as(target)
    person.wait_until(lambda: target.exists() and running_tasks() == 0, timeout=20_000)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(target).pages
    )
    assert "så få saker (" not in text
    assert "Den teller 40 saker i 2024 og 4 i 2023." in text
    assert "Tall under 3 skjules" in text
