"""The case form's mediation fields once the case has a mediation record: the
mediation desk's record is the truth, so referred/area/outcome are shown
read-only with a button that opens the record; a case without a record keeps
them editable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QTabWidget

from tests.journeys.person import Person
from tests.journeys.test_followups_mediation_terms import mediation_vault, unlock


def test_mediation_fields_are_the_desks_once_a_record_exists(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    refs = mediation_vault(tmp_path / "hvelv", fast_kdf)
    unlock(launch, person, tmp_path / "hvelv")
    person.wait_for("Oppfølginger som forfaller")
    person.click_row("Skjermbilder", "Saker")

    # a case without a mediation record: the adviser records a referral here
    person.click_row("Saker", refs["plain"], double=True)
    person.select_tab("Megling")
    referred = person.find("Henvist til megling", QCheckBox)
    assert referred.isEnabled() and not referred.isChecked()
    assert "Meglingsbenken fører" not in person.text_on_screen()

    # the referred case: read-only fields and the way to the record
    person.select_tab("Saksliste")
    person.click_row("Saker", refs["mediation"], double=True)
    person.select_tab("Megling")
    referred = person.find("Henvist til megling", QCheckBox)
    assert referred.isChecked() and not referred.isEnabled()
    assert not person.find("Meglingsområde", QComboBox).isEnabled()
    assert not person.find("Resultat av megling", QComboBox).isEnabled()
    assert "Meglingsbenken fører henvisningen, området og resultatet" in person.text_on_screen()
    person.click("Åpne meglingssaken")
    tabs = person.find("Åpne saker", QTabWidget)
    person.wait_until(lambda: tabs.tabText(tabs.currentIndex()).startswith("Megling"))
    assert refs["mediation"] in tabs.tabText(tabs.currentIndex())
