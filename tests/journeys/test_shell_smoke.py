"""The shortest journey: a new vault, lock with the keyboard, unlock by typing.

The app speaks bokmål on a fresh computer, so the person reads Norwegian names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.journeys.person import Person

PASSPHRASE = "en lang og trygg setning om våren"


def test_first_run_then_lock_and_unlock_by_keyboard(
    launch: Any, person: Person, tmp_path: Path
) -> None:
    vault = tmp_path / "kontor" / "hvelv"
    running = launch("--vault", str(vault))
    person.wait_for("Lag hvelv")
    person.type("Ny passordfrase", PASSPHRASE)
    person.type("Gjenta passordfrasen", PASSPHRASE)
    person.click("Lag hvelv")
    key = person.wait_for("Gjenopprettingsnøkkel")
    assert key.text().count("-") >= 5
    person.tick("Jeg har skrevet ned eller skrevet ut gjenopprettingsnøkkelen")
    person.click("Fortsett til registeret")
    person.wait_until(lambda: running.controller.state == "unlocked")
    assert (vault / "vault.db").exists()

    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
