"""An adviser who reads English starts the app with ``--lang en`` on a computer
where it never ran (issue 8 defect 5): every screen, reference-data value,
date, intake text and PDF of the session is English – the recovery sheet, the
intake's checklist and take-away sheet (made through the visible buttons and
file dialog, read back with pypdf: English labels, the case's values, English
dates) and the yearly summary – and nothing is stored: ``--lang`` is for this
session, the computer keeps starting in bokmål.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

from dime_desktop.reference import default_reference
from dime_desktop.ui.common.tasks import running_tasks
from dime_desktop.ui.shell.settings import AppSettings
from tests.journeys.person import Person, plain

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "an adviser who reads english at the desk"


def _norwegian_only() -> set[str]:
    """Texts that exist only in bokmål: the app's nb translations that differ
    from their English source, and reference-data labels that differ in nb."""
    out: set[str] = set()
    for message in ET.parse(ROOT / "i18n" / "dime_nb.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if plain(form) != plain(source) and len(plain(form)) > 3:
                out.add(plain(form))
    ref = default_reference()
    for kind in (ref.areas, ref.grounds, ref.statuses, ref.channels, ref.tracks):
        for entry in kind:
            if entry.nb != entry.en:
                out.add(plain(entry.nb))
    return out


def _texts_a_person_sees() -> list[str]:
    """Every text on the windows on screen, one by one (combo lists, tabs,
    table cells, menus of the menu bar and window titles included)."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QAbstractButton | QLabel):
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
            elif isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            elif isinstance(widget, QTabBar):
                texts += [widget.tabText(i) for i in range(widget.count())]
            elif isinstance(widget, QMenuBar):
                for action in widget.actions():
                    texts.append(action.text())
                    menu = action.menu()
                    if menu is not None:
                        texts += [a.text() for a in menu.actions()]
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for r in range(min(model.rowCount(), 100)):
                    texts.append(str(model.index(r, 0).data() or ""))
    return [plain(t) for t in texts if t]


def _assert_all_english(where: str) -> None:
    norwegian = _norwegian_only()
    found = sorted({t for t in _texts_a_person_sees() if t in norwegian})
    assert not found, f"Norwegian on the {where}: {found}"


COUNTERPART = "Blue Moon Bar Ltd"
EVENT = "Refused entry at the door at 23:40"
POLICE = "Report to the police. State the hate motive clearly. The person may bring someone along."
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
# words of the bokmål papers that an English paper must not have
_BOKMAL = (
    "Sjekkliste", "sorteringssamtalen", "Saksnummer", "Samfunnsområde", "Motpart", "Uteliv",
    "Virksomhet", "Frist", "Godtatt", "Anmelde", "Etter samtalen", "Hei", "Side ",
    "januar", "februar", "mars", "april", "juni", "juli", "oktober", "desember",
)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _assert_no_bokmal(text: str, what: str) -> None:
    found = [w for w in _BOKMAL if w in text]
    assert not found, f"bokmål in the English {what}: {found}"
    numeric = re.findall(r"\b\d{2}\.\d{2}\.\d{4}\b", text)
    assert not numeric, f"a bokmål date in the English {what}: {numeric}"


def _pdf_text(path: Path) -> str:
    """The text of the PDF, lines joined as a person reads them (wrapped titles too)."""
    return " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages
    )


def test_an_english_session_is_english_everywhere_and_is_not_stored(
    launch: Any, person: Person, tmp_path: Path, settings_path: Path
) -> None:
    vault = tmp_path / "vault"
    running = launch("--vault", str(vault), "--lang", "en")

    # first run
    person.wait_for("Create vault")
    _assert_all_english("first-run screen")
    person.type("New passphrase", PASSPHRASE)
    person.type("Repeat the passphrase", PASSPHRASE)
    person.click("Create vault")
    person.wait_for("Recovery key")
    _assert_all_english("recovery-key screen")
    person.click("Save the recovery key as PDF")
    sheet = tmp_path / "sheet" / "recovery-key.pdf"
    sheet.parent.mkdir()
    person.save_file_as(sheet)
    person.wait_until(sheet.exists)
    text = _pdf_text(sheet)
    assert "DiMe Desktop – recovery key" in text  # the footer
    english = text.index("Recovery key for DiMe Desktop")
    assert english < text.find("Gjenopprettingsnøkkel") or "Gjenopprettingsnøkkel" not in text
    person.tick("I have written down or printed the recovery key")
    person.click("Continue to the register")
    person.wait_until(lambda: running.controller.state == "unlocked")

    # the main window, its menus and a new case
    _assert_all_english("main window")
    person.press("Ctrl+N")
    person.wait_for("Area")
    ref = default_reference()
    area = person.find("Area", QComboBox)
    assert [area.itemText(i) for i in range(1, area.count())] == [e.en for e in ref.areas]
    status = person.find("Status", QComboBox)
    assert status.currentText() == ref.statuses.label("open", "en")
    assert date.today().isoformat() in person.text_on_screen()  # the English date format
    person.choose("Area", ref.areas.label("nightlife", "en"))
    person.select_tab("Grounds and incident")
    person.tick(ref.grounds.label("ethnicity", "en"))
    _assert_all_english("case form")
    person.select_tab("Case")
    person.choose("Counterpart type", ref.counterpart_types.label("business", "en"))
    person.type("Counterpart name", COUNTERPART)
    person.select_tab("Follow-up and timeline")
    event_day = date.today() - timedelta(days=12)
    person.click("Add entry to Timeline")
    person.dialog("Dated entry")
    person.type("Date", event_day.isoformat())
    person.type("Text", EVENT)
    person.click("OK")
    person.wait_for_text(EVENT)
    person.select_tab("Intake")
    person.wait_for_text("1. What happened")
    _assert_all_english("intake")
    person.click_row("Steps of the conversation", "7. Safety and risk")
    person.choose("Has the person been threatened?", "Yes")
    person.click_row("Steps of the conversation", "9. Next steps")
    person.click_row("Suggested next steps", POLICE)
    person.click("Accept")
    assert person.rows("Suggested next steps")[0][:2] == ["Accepted", POLICE]
    _assert_all_english("intake's next steps")
    person.press("Ctrl+S")
    person.wait_for_text("DH-")
    reference = f"DH-{date.today().year}-001"
    person.wait_for_text(f"Case {reference}")

    # the two papers of the conversation, in English
    checklist = tmp_path / "papers" / "checklist.pdf"
    checklist.parent.mkdir()
    person.click("Save checklist as PDF…")
    person.save_file_as(checklist)
    person.wait_until(checklist.exists)
    text = _pdf_text(checklist)
    for wanted in (
        "Checklist for the sorting conversation",
        "Do not write the person's name on the sheet",
        reference,
        ref.areas.label("nightlife", "en"),
        COUNTERPART,
        _long_date(event_day),  # the timeline's date, written the English way
        EVENT,
        "Has the person been threatened?",
        "Report to the police",
    ):
        assert wanted in text, wanted
    _assert_no_bokmal(text, "checklist")
    takeaway = tmp_path / "papers" / "take-away.pdf"
    person.click("Save take-away sheet as PDF…")
    person.save_file_as(takeaway)
    person.wait_until(takeaway.exists)
    text = _pdf_text(takeaway)
    for wanted in (
        "After your conversation with DiMe",
        "What we agreed",
        "Report to the police. Reporting means telling the police",
        f"By {_long_date(date.today() + timedelta(days=14))}",  # the agreed step's date
        f"Your case number is {reference}",
        ref.areas.label("nightlife", "en"),
    ):
        assert wanted in text, wanted
    _assert_no_bokmal(text, "take-away sheet")

    # a lock and the unlock screen
    person.press("Ctrl+L")
    person.wait_for("Unlock")
    assert "Locked by you." in person.text_on_screen()
    _assert_all_english("unlock screen")
    person.type("Passphrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")

    # the yearly summary is English too
    person.click_item("Screens", "Statistics")
    person.click("Save summary as PDF")
    summary = tmp_path / "board" / "summary.pdf"
    summary.parent.mkdir()
    person.save_file_as(summary)
    person.wait_until(lambda: summary.exists() and running_tasks() == 0, timeout=20_000)
    text = _pdf_text(summary)
    assert "fewer than 3 cases" in text
    assert "færre enn" not in text

    person.press("Ctrl+Q")
    person.wait_until(lambda: running.controller.state == "quit")
    # --lang was for this session: the computer still starts in bokmål
    assert AppSettings.from_file(settings_path).language == "nb"
    assert "language" not in settings_path.read_text(encoding="utf-8")
