"""The coordinator deletes a due case completely (issue 12): the dialog says
before that the year's statistics will change, and afterwards they have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.journeys.person import Person
from tests.journeys.test_gdpr_retention import _old_cases, _stats
from tests.journeys.test_gdpr_who_saw import unlock_as


def test_full_deletion_says_the_statistics_change(
    launch: Any, person: Person, existing_vault: Path, passphrase: str, tmp_path: Path
) -> None:
    _first, second, _third = _old_cases(existing_vault, passphrase)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    before = _stats(existing_vault, pass_file)

    running = launch("--vault", str(existing_vault))
    unlock_as(person, running, passphrase, "Kari Koordinator")
    person.menu("Vis", "Sletting")
    person.wait_for_text("Bekreft reglene først")
    person.click("Bekreft reglene")
    person.wait_for_text("Bekreftet")
    person.toggle_item("Saker som skal slettes", second)
    person.click("Slett de avkryssede sakene")
    dialog = person.dialog("Slett saken")
    said = person.text_on_screen(dialog)
    assert "ingenting beholdes, og statistikken for 2019 endres" in said
    assert "behold det statistikken teller" in said  # the other choice keeps them
    person.click("Slett helt")
    person.click("Slett")
    assert "1 sak er slettet" in person.answer("OK")
    person.wait_until(lambda: second not in [r[0] for r in person.rows("Saker som skal slettes")])

    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    person.wait_until_gone("Sikkerhetskopi pågår")
    after = _stats(existing_vault, pass_file)
    assert after["cases"] == before["cases"] - 1  # as the dialog said
