"""The coordinator narrows the access log to a period (issue 12): From and To
leave only the entries of those days; emptying them shows everything again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dime_desktop.storage import access_log as audit
from tests.journeys.person import Person
from tests.journeys.test_gdpr_who_saw import unlock_as

ENTRIES = "Oppføringer i tilgangsloggen"


def _seen_over_two_years(vault_path: Path, passphrase: str) -> None:
    from dime_desktop.vault import Vault

    vault = Vault.unlock(vault_path, passphrase, actor="Bo Rådgiver")
    try:
        for ref, day in (
            ("DH-2023-001", datetime(2023, 11, 20, 10, tzinfo=UTC)),
            ("DH-2024-001", datetime(2024, 2, 10, 10, tzinfo=UTC)),
            ("DH-2024-002", datetime(2024, 5, 15, 10, tzinfo=UTC)),
        ):
            vault.access_log.record(audit.OPENED, case_ref=ref, at=day)
    finally:
        vault.close()


def _cases_shown(person: Person) -> set[str]:
    return {r[3] for r in person.rows(ENTRIES) if r[3]}


def test_from_and_to_leave_the_entries_of_the_period(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    _seen_over_two_years(existing_vault, passphrase)
    running = launch("--vault", str(existing_vault))
    unlock_as(person, running, passphrase, "Kari Koordinator")
    person.menu("Vis", "Tilgangslogg")
    person.wait_until(lambda: _cases_shown(person) >= {"DH-2023-001", "DH-2024-002"})

    person.type("Fra", "01.01.2024")
    person.click("Vis oppføringene")
    person.wait_until(lambda: "DH-2023-001" not in _cases_shown(person))
    assert _cases_shown(person) == {"DH-2024-001", "DH-2024-002"}

    person.type("Til", "31.03.2024")
    person.click("Vis oppføringene")
    person.wait_until(lambda: _cases_shown(person) == {"DH-2024-001"})
    # today's unlock is after the period: not shown either
    assert len(person.rows(ENTRIES)) == 1

    person.type("Fra", "")
    person.type("Til", "")
    person.click("Vis oppføringene")
    person.wait_until(lambda: _cases_shown(person) == {"DH-2023-001", "DH-2024-001", "DH-2024-002"})
