"""The coordinator's first visit to Sletting: she reads why cases are kept
three years, confirms the default, approves two of the cases that are due,
and the year's statistics are the same afterwards (the cases are anonymised,
not gone)."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cli.main import main as dime
from tests.journeys.person import Person
from tests.journeys.test_gdpr_who_saw import unlock_as


def _old_cases(vault_path: Path, passphrase: str) -> list[str]:
    from dime_desktop.cases.model import Case, CaseGround, Client
    from dime_desktop.vault import Vault

    vault = Vault.unlock(vault_path, passphrase)
    refs = []
    try:
        for n, (area, ground) in enumerate(
            [("work", "ethnicity"), ("housing", "religion"), ("online", "age")]
        ):
            case = vault.cases.add(
                Case(
                    opened=date(2019, 2 + n, 1),
                    area=area,
                    grounds=[CaseGround(ground)],
                    status="closed",
                    closed=date(2019, 6 + n, 1),
                    summary=f"Gammel sak nummer {n}",
                    client=Client(name=f"Gammel Klient {n}", consent_to_store=True),
                )
            )
            refs.append(str(case.reference))
        vault.cases.add(Case(opened=date.today(), area="work", summary="Ny sak"))
    finally:
        vault.close()
    return refs


def _stats(vault: Path, pass_file: Path) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = dime(
            [
                "stats",
                "--year",
                "2019",
                "--json",
                "--vault",
                str(vault),
                "--passphrase-file",
                str(pass_file),
            ]
        )
    assert code == 0
    return json.loads(out.getvalue())


def test_the_coordinator_confirms_and_approves_two_deletions(
    launch: Any, person: Person, existing_vault: Path, passphrase: str, tmp_path: Path
) -> None:
    first, second, third = _old_cases(existing_vault, passphrase)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    before = _stats(existing_vault, pass_file)

    running = launch("--vault", str(existing_vault))
    unlock_as(person, running, passphrase, "Kari Koordinator")
    person.menu("Vis", "Sletting")
    person.wait_for_text("Diskrimineringsnemnda kan avvise en klage")  # the reason, shown
    person.wait_for_text("Bekreft reglene først")
    assert person.find("Diskrimineringshjelpen, år etter avslutning").value() == 3
    person.click("Bekreft reglene")
    person.wait_for_text("Bekreftet")
    assert "Kari Koordinator" in person.text_on_screen()
    due = [r[0] for r in person.rows("Saker som skal slettes")]
    assert due == [first, second, third]

    person.toggle_item("Saker som skal slettes", first)
    person.toggle_item("Saker som skal slettes", third)
    person.click("Slett de avkryssede sakene")
    person.dialog("Slett saker")
    assert f"Slette {first}, {third}?" in person.text_on_screen()
    assert person.find("Anonymiser").isChecked()
    person.click("Slett")
    assert "2 saker er slettet" in person.answer("OK")
    person.wait_until(lambda: [r[0] for r in person.rows("Saker som skal slettes")] == [second])

    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    person.wait_until_gone("Sikkerhetskopi pågår")  # the vault closes behind the lock screen
    assert _stats(existing_vault, pass_file) == before

    from dime_desktop.vault import Vault

    vault = Vault.unlock(existing_vault, passphrase)
    try:
        gone = vault.cases.get(first)
        assert gone.client is None and gone.summary == ""
        assert vault.cases.get(second).client is not None
        events = [(e.event, e.case_ref, e.actor) for e in vault.access_log.entries()]
        assert ("deleted", first, "Kari Koordinator") in events
    finally:
        vault.close()
