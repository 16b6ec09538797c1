"""Journeys of issue 9 (backups that restore): a day unlocked makes its daily
backup though the Backups screen is never opened; a backup from before a key
rotation (a memory stick that was not plugged in) is restored into a new
folder with the passphrase of its time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import Case
from dime_desktop.vault import Vault, backups
from tests.journeys.person import DayClock, Person

OLD = "en gammel passordfrase fra i fjor vår"


def unlock(person: Person, running: Any, passphrase: str) -> None:
    person.wait_for("Lås opp")
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")


def daily_backups(path: Path) -> list[Path]:
    return sorted((path / "backups").glob("dime-backup-*-daily"))


def test_a_day_unlocked_makes_the_daily_backup_without_the_backups_screen(
    launch: Any,
    person: Person,
    tmp_path: Path,
    passphrase: str,
    fast_kdf: Any,
    day_clock: DayClock,
) -> None:
    path = tmp_path / "hvelv"
    vault = Vault.create(path, passphrase, kdf=fast_kdf).vault
    vault.cases.add_many([Case(opened=date(2021, 4, 1), area="housing") for _ in range(2)])
    backups.back_up(vault, label="manual", now=day_clock())
    vault.close(backup=False)

    running = launch("--vault", str(path))
    unlock(person, running, passphrase)
    person.wait_for_text("DH-2021-002")
    window = running.controller.main_window
    day_clock.advance(hours=25)  # the app stays open (and in use) until tomorrow
    person.wait_until(lambda: len(daily_backups(path)) == 1)
    assert window.built_view("backups_view") is None  # the screen was never built
    daily = backups.read_backup(daily_backups(path)[0])
    assert daily.usable()

    person.click_item("Skjermbilder", "Sikkerhetskopier")
    person.wait_for_text("Siste kontrollerte sikkerhetskopi: i dag")
    newest = person.rows("Sikkerhetskopier")[0]
    assert f"{daily.made.astimezone():%d.%m.%Y %H:%M}" in newest
    assert newest[2:] == ["kontrollert", "daglig"]
    assert running.controller.state == "unlocked"


def test_restore_a_backup_made_before_a_key_rotation_with_its_old_passphrase(
    launch: Any, person: Person, tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    stick = tmp_path / "minnepinne"
    stick.mkdir()
    created = Vault.create(path, OLD, kdf=fast_kdf)
    vault = created.vault
    vault.cases.add_many([Case(opened=date(2021, 4, 1), area="housing") for _ in range(2)])
    made = datetime.now(UTC) - timedelta(days=3)
    backups.back_up(vault, label="manual", to=stick, now=made)
    backups.set_second_folder(vault, stick)
    vault.cases.add(Case(opened=date(2021, 4, 2), area="work"))
    stick.rename(tmp_path / "i-skuffen")  # the stick is not plugged in from now on
    vault.change_passphrase(passphrase, kdf=fast_kdf)
    vault.close(backup=False)

    running = launch("--vault", str(path))
    unlock(person, running, passphrase)
    person.wait_for_text("DH-2021-003")
    person.menu("Verktøy", "Bytt hvelvnøkkel")
    dialog = person.dialog("Bytt hvelvnøkkel")
    person.type("Passordfrase", passphrase)
    person.click("Bytt hvelvnøkkelen")
    person.answer("Bytt nøkkelen")
    person.wait_for_text("Hvelvet har fått en ny nøkkel", timeout=60_000)
    person.tick("Jeg har skrevet ned eller skrevet ut gjenopprettingsnøkkelen")
    person.click("Ferdig")
    person.wait_until(lambda: not dialog.isVisible())
    (tmp_path / "i-skuffen").rename(stick)  # plugged in again

    person.click_item("Skjermbilder", "Sikkerhetskopier")
    person.click_row("Sikkerhetskopier", "laget med en tidligere nøkkel")
    person.click("Gjenopprett i en ny mappe")
    target = tmp_path / "gjenopprettet"
    target.mkdir()
    person.choose_folder(target)
    asking = person.dialog("Åpne sikkerhetskopien")
    assert f"{made.astimezone():%d.%m.%Y %H:%M}" in person.text_on_screen(asking)
    person.type("Sikkerhetskopiens passordfrase", passphrase)  # today's: not the one
    person.click("Åpne sikkerhetskopien")
    person.wait_for_text("Den passordfrasen åpner ikke sikkerhetskopien")
    person.type("Sikkerhetskopiens passordfrase", OLD)
    person.press("Return")
    text = person.answer("Gjenopprett")
    assert "inneholder 2 saker" in text and str(target) in text
    message = person.message_box().text()
    assert "besto kontrollen" in message and "sikkerhetskopiens passordfrase" in message
    person.answer("OK")
    assert running.controller.state == "unlocked"
    person.click_item("Skjermbilder", "Saker")
    person.wait_for_text("DH-2021-003")  # this vault did not change
    with Vault.unlock(target, OLD) as restored:
        assert restored.cases.count() == 2 and restored.verify() == []
