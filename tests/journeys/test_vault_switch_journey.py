"""Someone starts the app with ``--vault B`` on a computer whose settings name
vault A (issue 8 defect 6): a lock by Ctrl+L and a lock after the idle minutes
both come back to B, B's passphrase opens it, and A stays the computer's default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dime_desktop.ui.shell.settings import AppSettings
from tests.journeys.person import Clock, Person

PASSPHRASE_A = "hvelv a har sin egen passordfrase"
PASSPHRASE_B = "hvelv b er kursets øvingshvelv"


def _vault(path: Path, passphrase: str, fast_kdf: Any) -> None:
    from dime_desktop.vault import Vault

    Vault.create(path, passphrase, kdf=fast_kdf).vault.close()


def _unlock(person: Person, running: Any, passphrase: str) -> None:
    person.unlock(running, passphrase)


def test_lock_and_unlock_stay_in_the_vault_given_on_the_command_line(
    launch: Any,
    person: Person,
    tmp_path: Path,
    fast_kdf: Any,
    app_settings: AppSettings,
    clock: Clock,
    settings_path: Path,
) -> None:
    vault_a, vault_b = tmp_path / "kontoret" / "hvelv", tmp_path / "kurs" / "hvelv"
    _vault(vault_a, PASSPHRASE_A, fast_kdf)
    _vault(vault_b, PASSPHRASE_B, fast_kdf)
    app_settings.vault_path = vault_a
    app_settings.sync()

    running = launch("--vault", str(vault_b))
    person.wait_for("Lås opp")
    assert str(vault_b) in person.text_on_screen()
    _unlock(person, running, PASSPHRASE_B)

    # Ctrl+L: the unlock screen names B and B's passphrase opens it
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    text = person.text_on_screen()
    assert str(vault_b) in text and str(vault_a) not in text
    assert "Låst av deg" in text
    _unlock(person, running, PASSPHRASE_B)
    assert running.controller.vault.path == vault_b

    # the idle lock (5 minutes by default) comes back to B as well
    clock.advance(minutes=5)
    person.wait_for("Lås opp")
    text = person.text_on_screen()
    assert "Låst etter 5 minutter uten bruk" in text
    assert str(vault_b) in text and str(vault_a) not in text
    _unlock(person, running, PASSPHRASE_B)
    assert running.controller.vault.path == vault_b

    # the computer's default is still A
    assert AppSettings.from_file(settings_path).vault_path == vault_a
