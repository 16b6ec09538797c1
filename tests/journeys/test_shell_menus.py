"""The desktop shell as a person meets it (issue 8 §3 and defects 2, 3, 4, 14, 19):
a menu bar that holds everything, Lock / discreet mode / new case from every
window, a toolbar that can be hidden and brought back, settings from the
menu, Qt's own dialogs in Norwegian, single window titles, the unlock window
centred, save dialogs in Documents, plurals that agree."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenuBar,
    QTabWidget,
    QToolBar,
)

from dime_desktop import APP_NAME, __version__
from tests.journeys.person import Clock, Person, plain

PASSPHRASE = "en lang passordfrase for menyene"
CLIENT = "Åse Markørsen-Ødegård"


def _vault(path: Path, fast_kdf: Any, *, cases: int = 1) -> None:
    from dime_desktop.cases import Case, CaseGround, Client
    from dime_desktop.vault import Vault

    created = Vault.create(path, PASSPHRASE, kdf=fast_kdf)
    for n in range(cases):
        created.vault.cases.add(
            Case(
                opened=date(2024, 3, 1 + n),
                area="nightlife",
                grounds=[CaseGround("ethnicity")],
                summary="Nektet adgang til utestedet",
                client=Client(name=CLIENT if n == 0 else f"Klient {n}", consent_to_store=True),
            )
        )
    created.vault.close()


def _start(launch: Any, person: Person, vault: Path) -> Any:
    running = launch("--vault", str(vault))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    return running


def _titles() -> list[str]:
    """Every window title and every tab title on screen."""
    out: list[str] = []
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            out.append(window.windowTitle())
            for tabs in window.findChildren(QTabWidget):
                out += [tabs.tabText(i) for i in range(tabs.count())]
    return out


def test_lock_discreet_and_new_case_work_from_every_window(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    running = _start(launch, person, tmp_path / "hvelv")
    window = running.controller.main_window
    assert window.windowTitle() == "Saksregister – diskret"

    # discreet off from the main window: the name shows in the list; a case's
    # tab title never carries a name, discreet or not
    person.press("Ctrl+D")
    person.wait_for_text(CLIENT)
    person.click_item("Saker", "DH-2024-001", double=True)
    person.wait_for_text("Sak DH-2024-001")
    assert not any(CLIENT in t for t in _titles())

    # discreet on again while the case is in front: no name in any title
    person.press("Ctrl+D")
    person.wait_until(lambda: not any(CLIENT in t for t in _titles()))
    assert CLIENT not in person.text_on_screen()

    # from a dialog: the settings
    person.menu("Verktøy", "Innstillinger")
    settings = person.dialog("Innstillinger")
    person.press("Ctrl+D")
    person.wait_until(lambda: window.windowTitle() == "Saksregister")
    person.press("Ctrl+D")
    person.wait_until(lambda: window.windowTitle() == "Saksregister – diskret")
    tabs_before = window.case_tabs.count()
    person.press("Ctrl+N")
    person.wait_until(lambda: window.case_tabs.count() == tabs_before + 1)
    assert "Ny sak" in _titles()
    assert settings.isVisible()

    # and Lock from that dialog: everything goes, the unlock screen says why
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    assert not settings.isVisible()
    assert "Låst av deg." in person.text_on_screen()
    assert CLIENT not in person.text_on_screen()


def test_lock_from_a_message_box_and_from_a_file_dialog(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    running = _start(launch, person, tmp_path / "hvelv")
    person.menu("Hjelp", "Om DiMe Desktop")
    box = person.message_box()
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    assert not box.isVisible()

    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.click_item("Skjermbilder", "Statistikk")
    person.click("Lagre som PDF")
    dialog = person.file_dialog()
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    assert not dialog.isVisible()


def test_the_menu_bar_holds_every_action_with_its_shortcut(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    running = _start(launch, person, tmp_path / "hvelv")
    bar = running.controller.main_window.findChild(QMenuBar)
    menus = {plain(a.text()): a.menu() for a in bar.actions()}
    assert list(menus) == ["Fil", "Sak", "Vis", "Verktøy", "Hjelp"]
    shortcuts = {
        plain(a.text()): a.shortcut().toString()
        for menu in menus.values()
        for a in menu.actions()
        if not a.isSeparator()
    }
    assert shortcuts["Lås"] == "Ctrl+L"
    assert shortcuts["Avslutt"] == "Ctrl+Q"
    assert shortcuts["Ny sak"] == "Ctrl+N"
    assert shortcuts["Finn saker"] == "Ctrl+F"
    assert shortcuts["Diskret modus: på"] == "Ctrl+D"
    for item in (
        "Innstillinger",
        "Bytt passordfrase",
        "Ny gjenopprettingsnøkkel",
        "Kontroller hvelvet",
        "Importer et tidligere register",
        "Om DiMe Desktop",
        "Verktøylinje",
        "Forfall",
        "Statistikk",
    ):
        assert item in shortcuts, item

    # Ctrl+F goes to the search box of the case list, from another screen
    person.click_item("Skjermbilder", "Statistikk")
    person.press("Ctrl+F")
    assert person.focus_widget() is person.find("Søk i saker")

    # About: version, licence, where the vault is
    person.menu("Hjelp", "Om DiMe Desktop")
    text = person.answer("OK")
    assert __version__ in text and "GPL-3.0-or-later" in text
    assert str(tmp_path / "hvelv") in text


def test_the_toolbar_can_be_hidden_and_the_view_menu_brings_it_back(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    running = _start(launch, person, tmp_path / "hvelv")
    window = running.controller.main_window
    toolbar = window.findChild(QToolBar, "MainToolbar")
    assert toolbar.isVisible()

    # right-click on the toolbar: its menu offers only the toolbar itself
    person.right_click(toolbar, QPoint(toolbar.width() - 5, toolbar.height() // 2))
    menu = person.popup_menu()
    assert [plain(a.text()) for a in menu.actions()] == ["Verktøylinje"]
    person.click_menu_item(menu, "Verktøylinje")
    person.wait_until(lambda: not toolbar.isVisible())

    # everything is still there: the menu, and the shortcuts
    person.press("Ctrl+D")
    person.wait_until(lambda: window.windowTitle() == "Saksregister")
    person.menu("Vis", "Verktøylinje")
    person.wait_until(toolbar.isVisible)
    person.menu("Fil", "Lås")
    person.wait_for("Lås opp")


def test_settings_from_the_menu_reach_the_idle_lock(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any, clock: Clock
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    running = _start(launch, person, tmp_path / "hvelv")
    person.menu("Verktøy", "Innstillinger")
    dialog = person.dialog("Innstillinger")
    person.type("Lås etter så mange minutter uten bruk", "2")
    person.click("OK")
    person.wait_until(lambda: not dialog.isVisible())
    clock.advance(minutes=1, seconds=59)
    person.press("Shift")  # a key just before the time is up: the count starts again
    assert running.controller.state == "unlocked"
    clock.advance(minutes=1, seconds=59)
    person.press("Shift")
    assert running.controller.state == "unlocked"
    clock.advance(minutes=2)
    person.wait_for("Lås opp")
    assert "Låst etter 2 minutter uten bruk." in person.text_on_screen()


def test_qt_dialogs_and_buttons_speak_norwegian(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf)
    _start(launch, person, tmp_path / "hvelv")
    person.click_item("Skjermbilder", "Statistikk")
    person.click("Lagre som PDF")
    dialog = person.file_dialog()
    texts = {plain(w.text()) for w in dialog.findChildren(QLabel) if w.isVisible()}
    assert {"Filnavn", "Filtype", "Se i"} <= texts, texts
    buttons = dialog.findChild(QDialogButtonBox)
    assert sorted(plain(b.text()) for b in buttons.buttons()) == ["Avbryt", "Lagre"]
    person.click("Avbryt")
    person.wait_until(lambda: not dialog.isVisible())

    # the edit menu of a text field
    person.click_item("Skjermbilder", "Saker")
    field = person.find("Søk i saker")
    menu = field.createStandardContextMenu()
    items = {plain(a.text().split("\t")[0]) for a in menu.actions() if not a.isSeparator()}
    assert {"Angre", "Gjør om", "Klipp ut", "Kopier", "Lim inn", "Slett", "Merk alt"} <= items
    menu.deleteLater()


def test_titles_once_unlock_centred_documents_first_and_plurals(
    launch: Any,
    person: Person,
    tmp_path: Path,
    fast_kdf: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = tmp_path / "hjemme" / "Dokumenter"
    documents.mkdir(parents=True)
    config = tmp_path / "hjemme" / ".config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.chdir(tmp_path)
    _vault(tmp_path / "hvelv", fast_kdf, cases=2)
    running = _start(launch, person, tmp_path / "hvelv")

    # "2 saker", not "2 sak(er)"; the platform adds the app's name to titles once
    person.wait_for_text("2 saker")
    assert not any(APP_NAME in t for t in _titles()), _titles()

    # a save dialog starts in Documents, not in the folder the app was started from
    person.click_item("Skjermbilder", "Statistikk")
    person.click("Lagre som PDF")
    dialog = person.file_dialog()
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == documents
    person.click("Avbryt")

    # after a lock the unlock window is in the middle of the screen
    person.press("Ctrl+L")
    screen = person.wait_for("Lås opp").window()
    assert not any(APP_NAME in t for t in _titles()), _titles()
    centre = QGuiApplication.primaryScreen().availableGeometry().center()
    offset = screen.frameGeometry().center() - centre
    assert abs(offset.x()) <= 2 and abs(offset.y()) <= 2, offset
    assert running.controller.state == "locked"
