"""Locking and vault care as a person meets them (the lock-care defects):
the lock is immediate and the backup runs behind the lock screen, what the
vault had to say after unlocking is shown once, the database key can be
rotated from the Tools menu, the case list tab survives a lock, and the main
window fits the screen and remembers where it was."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.journeys.person import Person

PASSPHRASE = "en lang passordfrase for låsen på kontoret"


def _vault(path: Path, fast_kdf: Any, *, cases: int = 3) -> None:
    from dime_desktop.cases import Case, CaseGround, Client
    from dime_desktop.vault import Vault

    created = Vault.create(path, PASSPHRASE, kdf=fast_kdf)
    for n in range(cases):
        created.vault.cases.add(
            Case(
                opened=date(2024, 3, 1) + timedelta(days=n),
                area="nightlife",
                grounds=[CaseGround("ethnicity")],
                summary="Nektet adgang til utestedet",
                client=Client(name=f"Klient {n}", consent_to_store=True),
            )
        )
    created.vault.close(backup=False)  # no backup yet: the first lock makes one


def _unlock(person: Person, running: Any) -> None:
    person.unlock(running, PASSPHRASE)


def _tabs(person: Person) -> list[str]:
    from PySide6.QtWidgets import QTabWidget

    tabs = person.find("Åpne saker", QTabWidget)
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_the_case_list_tab_is_there_again_after_a_lock(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    running = launch("--vault", str(tmp_path / "hvelv"))
    _unlock(person, running)
    person.wait_for_text("DH-2024-003")
    person.click_item("Saker", "DH-2024-002", double=True)
    person.wait_until(lambda: "Sak DH-2024-002" in _tabs(person))

    person.press("Ctrl+L")
    _unlock(person, running)
    assert _tabs(person)[0] == "Saksliste"
    person.select_tab("Saksliste")
    person.wait_for_text("DH-2024-003")
    assert [row[0] for row in person.rows("Saker")] == ["DH-2024-003", "DH-2024-002", "DH-2024-001"]


def _backups(vault: Path) -> list[Path]:
    return sorted((vault / "backups").glob("dime-backup-*"))


def _visible_titles(person: Person) -> list[str]:
    return sorted(w.windowTitle() for w in person.windows())


def test_the_lock_is_at_once_and_the_backup_is_made_behind_the_lock_screen(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any, clock: Any
) -> None:
    path = tmp_path / "hvelv"
    _vault(path, fast_kdf)
    running = launch("--vault", str(path))
    assert "ingen kontrollert sikkerhetskopi ennå" in person.text_on_screen()
    _unlock(person, running)
    person.wait_for_text("DH-2024-003")
    made_before = _backups(path)

    person.press("Ctrl+L")
    # at once, before the backup is done: only the lock screen, and it says why it waits
    assert _visible_titles(person) == ["Låst"]
    assert "DH-2024-003" not in person.text_on_screen()
    assert "En sikkerhetskopi av hvelvet lages" in person.text_on_screen()
    person.wait_for_text("Sikkerhetskopien er laget og kontrollert")
    assert len(_backups(path)) == len(made_before) + 1
    # and the screen no longer says there is none
    assert "ingen kontrollert sikkerhetskopi ennå" not in person.text_on_screen()

    _unlock(person, running)
    person.wait_for_text("DH-2024-003")

    # the idle lock takes the same way (nothing changed: no backup to wait for)
    clock.advance(minutes=6)
    person.press("Tab")
    person.wait_for("Lås opp")
    assert _visible_titles(person) == ["Låst"]
    assert "Låst etter 5 minutter uten bruk." in person.text_on_screen()
    person.wait_until_gone("Sikkerhetskopi pågår")
    _unlock(person, running)
    assert "er åpent i et DiMe-program" not in person.text_on_screen()


def test_an_unlock_typed_during_the_backup_waits_for_it(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    _vault(path, fast_kdf, cases=40)
    running = launch("--vault", str(path))
    _unlock(person, running)
    person.wait_for_text("DH-2024-003")
    person.press("Ctrl+L")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.wait_for_text("DH-2024-003")
    assert _backups(path)


def test_quitting_waits_for_the_backup_and_says_so(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    _vault(path, fast_kdf)
    running = launch("--vault", str(path))
    _unlock(person, running)
    person.wait_for_text("DH-2024-003")
    made_before = _backups(path)

    person.press("Ctrl+Q")
    assert running.controller.state != "quit"
    assert "DiMe Desktop avsluttes når den er ferdig" in person.text_on_screen()
    person.wait_until(lambda: running.controller.state == "quit")
    assert len(_backups(path)) == len(made_before) + 1
    assert not person.windows()


def test_what_the_vault_repaired_and_a_failed_backup_are_said_once_after_unlock(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    from dime_desktop.vault import Vault, backups

    path = tmp_path / "hvelv"
    _vault(path, fast_kdf)
    stick = tmp_path / "minnepinne" / "DiMe"  # a memory stick, not plugged in now
    vault = Vault.unlock(path, PASSPHRASE)
    backups.set_second_folder(vault, stick)
    vault.close(backup=False)
    # a killed write of the key file left a copy behind (it may open with an old passphrase)
    (path / ".vault-keys.json.k3x9.tmp").write_text("{}")
    running = launch("--vault", str(path))
    _unlock(person, running)
    box = person.message_box()
    assert box.windowTitle() == "Om hvelvet"
    assert "En midlertidig kopi av nøkkelfilen (.vault-keys.json.k3x9.tmp)" in box.text()
    person.answer("OK")
    person.wait_until(lambda: not box.isVisible())

    person.press("Ctrl+L")
    person.wait_for_text("Sikkerhetskopien ved låsing mislyktes")
    assert str(stick) in person.text_on_screen()
    assert "sett inn minnepinnen" in person.text_on_screen()
    _unlock(person, running)
    box = person.message_box()
    assert "Den siste automatiske sikkerhetskopien mislyktes" in box.text()
    assert str(stick) in box.text()
    assert "nøkkelfilen" not in box.text()  # said once: it was said at the last unlock
    person.answer("OK")
    person.wait_until(lambda: not box.isVisible())


def test_the_main_window_fits_the_screen_and_comes_back_where_it_was(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any, app_settings: Any
) -> None:
    from PySide6.QtGui import QGuiApplication

    path = tmp_path / "hvelv"
    _vault(path, fast_kdf)
    free = QGuiApplication.primaryScreen().availableGeometry()

    running = launch("--vault", str(path))
    _unlock(person, running)
    window = running.controller.main_window
    frame = window.frameGeometry()
    # the first start: the window fills most of the screen, and all of it is on it
    assert free.contains(frame), (frame, free)
    assert frame.width() >= free.width() * 0.85 and frame.height() >= free.height() * 0.85

    # the person puts it somewhere else (as a window manager does on a drag)
    window.showNormal()
    window.setGeometry(60, 70, 1100, 520)
    person.wait_until(lambda: window.geometry().getRect() == (60, 70, 1100, 520))
    person.press("Ctrl+Q")
    person.wait_until(lambda: running.controller.state == "quit")

    running = launch("--vault", str(path))
    _unlock(person, running)
    window = running.controller.main_window
    assert window.geometry().getRect() == (60, 70, 1100, 520)
    assert not window.isMaximized()
    person.press("Ctrl+Q")
    person.wait_until(lambda: running.controller.state == "quit")

    # the screen it was on is gone (a second monitor unplugged): the default again
    app_settings.window_geometry = (free.right() + 2000, 40, 640, 520)
    app_settings.window_maximized = False
    running = launch("--vault", str(path))
    _unlock(person, running)
    frame = running.controller.main_window.frameGeometry()
    assert free.contains(frame), (frame, free)
    assert frame.width() >= free.width() * 0.85


def test_change_the_vault_key_from_the_tools_menu(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    import shutil

    import pytest

    from dime_desktop import errors
    from dime_desktop.cases import Case, CaseGround
    from dime_desktop.vault import Vault, keyfile

    path = tmp_path / "hvelv"
    created = Vault.create(path, PASSPHRASE, kdf=fast_kdf)
    old_recovery_key = created.recovery_key
    for n in range(3):
        created.vault.cases.add(
            Case(opened=date(2024, 3, 1 + n), area="work", grounds=[CaseGround("age")])
        )
    created.vault.close()  # with its first backup
    # a copy of the key file that went astray (a stick, a cloud folder)
    astray = tmp_path / "astray-vault-keys.json"
    shutil.copy2(path / "vault-keys.json", astray)

    running = launch("--vault", str(path))
    _unlock(person, running)
    person.wait_for_text("DH-2024-003")
    person.menu("Verktøy", "Bytt hvelvnøkkel")
    dialog = person.dialog("Bytt hvelvnøkkel")
    assert "ingen tidligere kopi av nøkkelfilen" in person.text_on_screen()
    person.type("Passordfrase", "ikke passordfrasen til dette hvelvet")
    person.click("Bytt hvelvnøkkelen")
    person.answer("Bytt nøkkelen")
    person.wait_for_text("Passordfrasen er ikke riktig")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")  # Enter asks the question too; the dialog stays
    text = person.answer("Bytt nøkkelen")
    assert "kan ikke angres" in text
    new_key = person.wait_for("Gjenopprettingsnøkkel").text()
    assert new_key != old_recovery_key and new_key.count("-") >= 5
    person.wait_for_text("Hvelvet har fått en ny nøkkel", timeout=60_000)
    person.tick("Jeg har skrevet ned eller skrevet ut gjenopprettingsnøkkelen")
    person.click("Ferdig")
    person.wait_until(lambda: not dialog.isVisible())

    person.press("Ctrl+L")
    person.wait_until_gone("Sikkerhetskopi pågår")
    # through the core: the copy of the old key file opens nothing, nor does the old key
    copy = tmp_path / "med-gammel-nøkkelfil"
    copy.mkdir()
    shutil.copy2(path / "vault.db", copy / "vault.db")
    shutil.copy2(astray, copy / "vault-keys.json")
    with pytest.raises(errors.VaultDamaged):  # KeyFileOfAnotherVault
        Vault.unlock(copy, PASSPHRASE)
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.unlock_with_recovery_key(path, old_recovery_key)
    # nor the backups, re-encrypted with the new key
    old_key = keyfile.unwrap_with_passphrase(keyfile.load(astray), PASSPHRASE)
    assert old_key is not None
    made = sorted((path / "backups").glob("dime-backup-*"))
    assert made
    new_key = keyfile.unwrap_with_passphrase(keyfile.load(path / "vault-keys.json"), PASSPHRASE)
    assert new_key is not None and new_key != old_key
    for backup in made:
        assert not _opens(backup / "vault.db", old_key)
        assert _opens(backup / "vault.db", new_key)

    _unlock(person, running)
    person.wait_for_text("DH-2024-003")
    assert len(person.rows("Saker")) == 3


def test_a_lock_before_the_new_recovery_key_is_written_down_is_said_after_unlock(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    path = tmp_path / "hvelv"
    _vault(path, fast_kdf)
    running = launch("--vault", str(path))
    _unlock(person, running)
    person.menu("Verktøy", "Ny gjenopprettingsnøkkel")
    person.dialog("Ny gjenopprettingsnøkkel")
    person.type("Passordfrase", PASSPHRASE)
    person.click("Lag en ny gjenopprettingsnøkkel")
    person.wait_for("Gjenopprettingsnøkkel")
    person.press("Ctrl+L")  # before "written down" is ticked (or the idle lock)
    _unlock(person, running)
    box = person.message_box()
    assert "Den gamle gjenopprettingsnøkkelen virker ikke lenger" in box.text()
    person.answer("OK")
    person.press("Ctrl+L")
    _unlock(person, running)  # said once
    assert not person.sees("Om hvelvet")


def _opens(db: Path, key: bytes) -> bool:
    from dime_desktop.errors import DimeError
    from dime_desktop.storage.database import Database

    try:
        problems, _counts, _version = Database.inspect_file(db, key)
    except DimeError:
        return False
    return not problems
