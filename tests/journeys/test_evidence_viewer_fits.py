"""The evidence tab at the window's default size and the viewer of a
screenshot: the list shows five items or more, a 720×280 screenshot is shown at the size
the window has room for (not as a thumbnail) and zooms with Ctrl++ / Ctrl+0,
the address shows its start, sizes and the time of posting read as Norwegian."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QTableView

from dime_desktop.evidence.model import EvidenceItem, OnlineDetails
from dime_desktop.vault import Vault
from tests.evidence_samples import sample_case
from tests.journeys.person import Person

URL = "https://www.facebook.example.invalid/groups/nabolaget/posts/1042"


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _case_with_evidence(path: Path, passphrase: str) -> None:
    vault = Vault.unlock(path, passphrase)
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    vault.evidence.add_bytes(
        EvidenceItem(
            case.id,
            "Skjermbilde av kommentarene",
            kind="screenshot",
            online=OnlineDetails("Facebook", URL, "anonym.profil.77", "2026-11-25 22:14", ""),
        ),
        "kommentarer.png",
        _png(720, 280),
    )
    vault.evidence.add_bytes(
        EvidenceItem(case.id, "Meldinger", kind="message"), "meldinger.txt", b"x" * 569
    )
    for n in range(3, 7):
        vault.evidence.add(EvidenceItem(case.id, f"Vitne {n}", kind="witness"))
    vault.close()


def _open_evidence(launch: Any, person: Person, path: Path, passphrase: str) -> None:
    running = launch("--vault", str(path))
    person.wait_for("Lås opp")
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    table = person.wait_for("Saker", QTableView)
    person.wait_until(lambda: table.model().rowCount() == 1)
    person.click_widget(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    person.press("Return", table)
    person.click("Vis denne saken")  # discreet mode is on
    person.select_tab("Bevis")


def test_the_list_shows_its_items_and_the_fields_read_norwegian(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    _case_with_evidence(existing_vault, passphrase)
    _open_evidence(launch, person, existing_vault, passphrase)
    table = person.find("Bevis", QTableView)
    person.wait_until(lambda: table.model().rowCount() == 6)
    shown = [
        row
        for row in range(6)
        if table.viewport().rect().contains(table.visualRect(table.model().index(row, 0)))
    ]
    assert len(shown) >= 5, f"only rows {shown} of the list show"
    assert person.column("Bevis", "Størrelse")[1] == "569 byte"
    person.click_row("Bevis", "Skjermbilde av kommentarene")
    url = person.find("Nettadresse (URL)", QLineEdit)
    assert url.text() == URL
    assert url.cursorPosition() == 0, "the field shows the end of the address"
    posted = person.find("Tidspunkt for publisering", QLineEdit)
    assert posted.text() == "25.11.2026 22:14"
    assert posted.placeholderText().startswith("dd.mm.åååå tt:mm")
    # a new time in the Norwegian way is kept, and shown so again
    person.focus("Tidspunkt for publisering", QLineEdit)
    person.press("Ctrl+A")
    person.type_here("26.11.2026 07:05")
    person.click("Lagre bevis")
    person.click_row("Bevis", "Meldinger")
    person.click_row("Bevis", "Skjermbilde av kommentarene")
    assert person.find("Tidspunkt for publisering", QLineEdit).text() == "26.11.2026 07:05"
    assert "Skriv tidspunktet" not in person.text_on_screen()


def test_a_screenshot_is_shown_at_the_size_there_is_room_for(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    _case_with_evidence(existing_vault, passphrase)
    _open_evidence(launch, person, existing_vault, passphrase)
    person.click_row("Bevis", "Skjermbilde av kommentarene")
    person.click("Vis")
    picture = person.wait_for("Bilde", QLabel)
    person.wait_until(lambda: not picture.pixmap().isNull())
    area = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "EvidenceViewer")
    room = area.findChild(QScrollArea).viewport().size()
    shown = picture.pixmap().size()
    fits_whole = room.width() >= 720 and room.height() >= 280
    if fits_whole:
        assert (shown.width(), shown.height()) == (720, 280)
    else:  # as large as the area allows, in proportion
        assert shown.width() >= room.width() - 2 or shown.height() >= room.height() - 2
        assert shown.width() <= room.width() and shown.height() <= room.height()
    assert area.findChild(QScrollArea).horizontalScrollBarPolicy() == (
        Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    fitted = shown.width()
    person.press("Ctrl++")
    person.wait_until(lambda: picture.pixmap().width() > fitted)
    person.press("Ctrl+0")
    person.wait_until(lambda: picture.pixmap().width() == fitted)
    assert "569" not in area.windowTitle()
    assert "byte" in person.text_on_screen(area) or "kB" in person.text_on_screen(area)
