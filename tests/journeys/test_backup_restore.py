"""Journeys of issue 9: a person finds the last verified backup on the Backups
screen, backs up by hand, and restores an earlier backup over the vault
after reading what it holds; the unlock screen warns about an old backup."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import Case
from dime_desktop.vault import Vault, backups
from tests.journeys.person import Person


def a_vault_with_a_backup(path: Path, passphrase: str, fast_kdf: Any) -> datetime:
    """Two cases in a backup, then a third case the backup does not have."""
    vault = Vault.create(path, passphrase, kdf=fast_kdf).vault
    vault.cases.add_many([Case(opened=date(2021, 4, 1), area="housing") for _ in range(2)])
    yesterday = datetime.now(UTC) - timedelta(days=1)
    made = backups.back_up(vault, label="manual", now=yesterday).made[0].made
    vault.cases.add(Case(opened=date(2021, 4, 2), area="work"))
    vault.close(backup=False)
    return made


def unlock(person: Person, running: Any, passphrase: str) -> None:
    person.wait_for("Lås opp")
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")


def test_back_up_by_hand_then_restore_the_earlier_backup_over_the_vault(
    launch: Any, person: Person, tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    made = a_vault_with_a_backup(path, passphrase, fast_kdf)
    running = launch("--vault", str(path))
    unlock(person, running, passphrase)
    person.wait_for_text("DH-2021-003")

    person.click_item("Skjermbilder", "Sikkerhetskopier")
    person.wait_for_text("Siste kontrollerte sikkerhetskopi: i går")
    person.click("Ta sikkerhetskopi nå")
    person.wait_until(lambda: len(backups.list_backups([path / "backups"])) == 2)
    person.wait_for_text("Siste kontrollerte sikkerhetskopi: i dag")

    person.click_any_item(f"{made.astimezone():%d.%m.%Y %H:%M}")
    person.click("Gjenopprett over dette hvelvet")
    text = person.answer("Gjenopprett")
    assert "inneholder 2 saker" in text and "nå 3 saker" in text

    unlock(person, running, passphrase)  # the app locked itself after the restore
    person.wait_for_text("DH-2021-002")
    assert "DH-2021-003" not in person.text_on_screen()
    labels = [b.label for b in backups.list_backups([path / "backups"])]
    assert "before-restore" in labels  # the state before the restore is kept


def test_the_unlock_screen_warns_when_the_last_backup_is_old(
    launch: Any, person: Person, tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    a_vault_with_a_backup(path, passphrase, fast_kdf)
    for backup in (path / "backups").glob("dime-backup-*"):
        manifest = backup / "backup.json"
        doc = json.loads(manifest.read_text())
        doc["made"] = (datetime.now(UTC) - timedelta(days=12)).isoformat()
        manifest.write_text(json.dumps(doc))
    status = path / "backups" / "status.json"
    doc = json.loads(status.read_text())
    doc["last_verified"] = (datetime.now(UTC) - timedelta(days=12)).isoformat()
    status.write_text(json.dumps(doc))
    running = launch("--vault", str(path))
    person.wait_for("Lås opp")
    warning = person.find("Varsel om sikkerhetskopi")
    assert "12 dager gammel" in warning.text() and "grensen er 7" in warning.text()

    unlock(person, running, passphrase)
    person.click_item("Skjermbilder", "Sikkerhetskopier")
    person.wait_for_text("Siste kontrollerte sikkerhetskopi: for 12 dager siden")
    person.click("Ta sikkerhetskopi nå")
    person.wait_for_text("Siste kontrollerte sikkerhetskopi: i dag")
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    assert not person.sees("Varsel om sikkerhetskopi")


def test_restore_into_a_new_folder_leaves_the_vault_as_it_is(
    launch: Any, person: Person, tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    made = a_vault_with_a_backup(path, passphrase, fast_kdf)
    target = tmp_path / "gjenopprettet"
    target.mkdir()
    running = launch("--vault", str(path))
    unlock(person, running, passphrase)
    person.click_item("Skjermbilder", "Sikkerhetskopier")
    person.wait_for_text("Siste kontrollerte sikkerhetskopi: i går")
    person.click_any_item(f"{made.astimezone():%d.%m.%Y %H:%M}")
    person.click("Gjenopprett i en ny mappe")
    person.choose_folder(target)
    text = person.answer("Gjenopprett")
    assert "inneholder 2 saker" in text and str(target) in text
    message = person.message_box().text()
    assert "besto kontrollen" in message and str(target) in message
    person.answer("OK")
    assert running.controller.state == "unlocked"
    person.click_item("Skjermbilder", "Saker")
    person.wait_for_text("DH-2021-003")  # this vault did not change
    with Vault.unlock(target, passphrase) as restored:
        assert restored.cases.count() == 2 and restored.verify() == []


def test_a_second_program_is_told_where_the_vault_is_open(
    launch: Any, person: Person, tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    a_vault_with_a_backup(path, passphrase, fast_kdf)
    holder = Vault.unlock(path, passphrase)  # e.g. dime import, still running
    try:
        running = launch("--vault", str(path))
        person.wait_for("Lås opp")
        person.type("Passordfrase", passphrase)
        person.press("Return")
        person.wait_for_text("allerede åpent i et annet DiMe-program")
        assert f"prosess {os.getpid()} på denne maskinen, siden" in person.text_on_screen()
        assert running.controller.state == "locked"
    finally:
        holder.close(backup=False)
    person.press("Return", person.find("Passordfrase"))
    person.wait_until(lambda: running.controller.state == "unlocked")
