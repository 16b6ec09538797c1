"""The coordinator's errand: unlock → statistics → the yearly summary as PDF,
saved through the file dialog → an outreach entry corrected, a new one added
with a typed date → lock and unlock: the new one is listed → settings → quit.

The coordinator speaks bokmål (a fresh computer), so every name is Norwegian."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtWidgets import QApplication, QLineEdit

from dime_desktop.ui.common.tasks import running_tasks
from tests.journeys.person import Person

PASSPHRASE = "koordinatoren har en lang passordfrase"
NEW_TITLE = "Hatkriminalitet og netthets, for ungdomsrådet"


def _demo_vault(path: Path, fast_kdf: Any) -> None:
    from dime_desktop.demo.generator import create_demo_vault

    create_demo_vault(path, PASSPHRASE, 120, kdf=fast_kdf).vault.close()


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def test_coordinator_makes_the_yearly_summary_logs_outreach_and_quits(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any, app_settings: Any
) -> None:
    vault = tmp_path / "hvelv"
    _demo_vault(vault, fast_kdf)
    running = launch("--vault", str(vault))

    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")

    # The threshold first: counts below 5 are to be hidden in what leaves the office.
    person.menu("Verktøy", "Innstillinger")
    settings = person.dialog("Innstillinger")
    person.type("Skjul tall under", "5")
    person.click("OK")
    person.wait_until(lambda: not settings.isVisible())

    # Statistics of the newest year, then the summary as PDF.
    person.click_item("Skjermbilder", "Statistikk")
    person.wait_for("Lagre som PDF")
    person.wait_for_text(str(date.today().year))  # the newest year is shown first
    target = tmp_path / "styret" / "årsstatistikk.pdf"
    target.parent.mkdir()
    person.click("Lagre som PDF")
    dialog = person.file_dialog()
    assert Path(dialog.directory().absolutePath()) != Path.cwd()  # Documents, not here
    person.save_file_as(target)
    person.wait_until(lambda: target.exists() and running_tasks() == 0, timeout=20_000)
    text = _pdf_text(target)
    assert str(date.today().year) in text
    assert "færre enn 5 saker" in text  # the threshold of the settings reached the PDF
    assert "Diskrimineringshjelpen" in text or "DiMe" in text

    # An outreach entry: the first activity listed gets its real title and head count.
    person.click_item("Skjermbilder", "Utadrettet arbeid")
    person.wait_for("Utadrettede aktiviteter")
    first_title = person.column("Utadrettede aktiviteter", "Tittel")[0]
    person.click_item("Utadrettede aktiviteter", first_title)
    person.click("Endre den valgte aktiviteten")
    form = person.dialog()
    person.type("Tittel", "Foredrag om diskriminering for elevrådet")
    person.type("Antall deltakere", "35")
    person.click("Lagre aktiviteten")
    person.wait_until(lambda: not form.isVisible())
    person.wait_for_text("Foredrag om diskriminering for elevrådet")

    # A new activity: the talk of last month, its date typed as a person types it.
    held = max(date(date.today().year, 1, 2), date.today() - timedelta(days=18))
    typed = held.strftime("%d.%m.%Y")
    person.click("Ny utadrettet aktivitet")
    form = person.dialog("Ny utadrettet aktivitet")
    person.type("Dato", typed, QLineEdit)  # the field, not its calendar box (same name)
    person.choose("Type aktivitet", "Foredrag/innlegg")
    person.type("Tittel", NEW_TITLE)
    person.type("Arrangør eller publikum", "Ungdomsrådet i bydel Gamle Oslo")
    person.type("Antall deltakere", "22")
    person.click("Lagre aktiviteten")
    person.wait_until(lambda: not form.isVisible())
    person.wait_for_text(NEW_TITLE)

    # Locked and unlocked again: the new activity is still in the log, as typed.
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    assert NEW_TITLE not in person.text_on_screen()
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.click_item("Skjermbilder", "Utadrettet arbeid")
    person.wait_for("Utadrettede aktiviteter")
    person.wait_for_text(NEW_TITLE)
    row = next(r for r in person.rows("Utadrettede aktiviteter") if NEW_TITLE in r)
    assert row[:2] == [typed, "Foredrag/innlegg"]
    assert "Ungdomsrådet i bydel Gamle Oslo" in row and "22" in row

    # Settings once more: a shorter idle time; it is kept for the next start.
    person.menu("Verktøy", "Innstillinger")
    settings = person.dialog("Innstillinger")
    person.type("Lås etter så mange minutter uten bruk", "3")
    person.click("OK")
    person.wait_until(lambda: not settings.isVisible())
    assert app_settings.idle_minutes == 3
    assert app_settings.suppression_threshold == 5

    # Quit with the keyboard: the window goes, the vault is locked on disk.
    person.press("Ctrl+Q")
    person.wait_until(lambda: running.controller.state == "quit")
    assert running.controller.vault is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]

    from dime_desktop.vault import Vault

    reopened = Vault.unlock(vault, PASSPHRASE)
    try:
        reopened_activities = reopened.outreach.list(None)
        saved = [a for a in reopened_activities if "elevrådet" in a.title]
    finally:
        reopened.close()
    assert [a.title for a in saved] == ["Foredrag om diskriminering for elevrådet"]
    assert saved[0].participants == 35
    added = [a for a in reopened_activities if a.title == NEW_TITLE]
    assert [(a.activity_date, a.kind, a.participants) for a in added] == [(held, "talk", 22)]
