"""The case list and the Backups screen as a person at a 1366×768 (or smaller)
screen meets them: the overdue follow-up reads in full, nothing needs a sideways
scroll, the sort arrow points the way the list runs, the filters stay on screen
when the window is narrow, and the backups' times are in the Norwegian format."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.journeys.person import Person

PASSPHRASE = "en lang passordfrase for saksliste og kopier"


def _vault(path: Path, fast_kdf: Any) -> None:
    from dime_desktop.cases import Case, CaseGround, Client, FollowUp
    from dime_desktop.vault import Vault

    today = date.today()
    created = Vault.create(path, PASSPHRASE, kdf=fast_kdf)
    areas = ["harassment", "housing", "goods_services", "work"]
    for n in range(8):
        created.vault.cases.add(
            Case(
                opened=today - timedelta(days=30 - n),
                area=areas[n % len(areas)],
                grounds=[CaseGround("ethnicity"), CaseGround("religion")],
                client=Client(name=f"Mariam Påfunnsen {n}", consent_to_store=True),
                follow_ups=[FollowUp(due=today - timedelta(days=2 + n))],
            )
        )
    created.vault.close(backup=False)


def _unlock(person: Person, running: Any) -> Any:
    person.unlock(running, PASSPHRASE)
    return running.controller.main_window


def _to_the_case_list(person: Person) -> None:
    person.click_row("Skjermbilder", "Saker")
    person.wait_for_text("DH-")


def _put_window(person: Person, window: Any, width: int, height: int) -> None:
    """What a window manager does when the person drags the window's edge."""
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    person.wait_until(lambda: window.geometry().getRect() == (0, 0, width, height))


def _fully_inside(widget: Any) -> bool:
    """The whole widget is inside its window and inside every widget around it."""
    from PySide6.QtCore import QPoint, QRect

    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    if not window.rect().contains(QRect(corner, widget.size())):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        top_left = widget.mapTo(parent, QPoint(0, 0))
        if not parent.rect().contains(QRect(top_left, widget.size())):
            return False
        parent = parent.parentWidget()
    return True


def test_the_case_list_fits_a_1366_screen_and_its_sort_arrow_says_the_order(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QTableView

    _vault(tmp_path / "hvelv", fast_kdf)
    running = launch("--vault", str(tmp_path / "hvelv"))
    window = _unlock(person, running)
    _to_the_case_list(person)
    for width, height in ((1366, 768), (1280, 720)):
        _put_window(person, window, width, height)
        for discreet in ("på", "av"):
            if f"Diskret modus: {discreet}" not in person.names_on_screen():
                person.press("Ctrl+D")
            person.wait_for(f"Diskret modus: {discreet}")
            table = person.find("Saker", QTableView)
            person.wait_until(lambda t=table: not t.horizontalScrollBar().isVisible())
            # the overdue follow-up reads in full (bold), nothing cut off with "…"
            _view, cell = person.item("Saker", person.column("Saker", "Neste oppfølging")[0])
            text = str(cell.data())
            assert text.endswith("forfalt"), text
            bold = QFont(table.font())
            bold.setBold(True)
            assert table.visualRect(cell).width() > QFontMetrics(bold).horizontalAdvance(text)
            assert table.visualRect(cell).right() < table.viewport().width()

    # newest first, and the arrow points down; a click: oldest first, arrow up; again
    opened = person.column("Saker", "Opprettet")
    assert opened == sorted(opened, key=lambda d: d[6:] + d[3:5] + d[:2], reverse=True)
    assert person.sort_arrow("Saker") == "down"
    person.click_header("Saker", "Opprettet")
    person.wait_until(lambda: person.column("Saker", "Opprettet") == opened[::-1])
    assert person.sort_arrow("Saker") == "up"
    person.click_header("Saker", "Opprettet")
    person.wait_until(lambda: person.column("Saker", "Opprettet") == opened)
    assert person.sort_arrow("Saker") == "down"


def test_the_filters_stay_on_screen_and_work_in_a_narrow_window(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    from PySide6.QtWidgets import QComboBox

    _vault(tmp_path / "hvelv", fast_kdf)
    running = launch("--vault", str(tmp_path / "hvelv"))
    window = _unlock(person, running)
    _to_the_case_list(person)
    names = ("År", "Status", "Område", "Grunnlag", "Tjeneste")
    for width in (1000, 900):
        _put_window(person, window, width, 700)
        for name in names:
            combo = person.find(name, QComboBox)
            person.wait_until(lambda c=combo: _fully_inside(c))
            assert combo.width() >= combo.minimumSizeHint().width(), name
    assert window.width() == 900  # the window really is that narrow (nothing forced it wider)

    person.choose("Område", "Bolig og nabokonflikter")
    person.wait_until(lambda: len(person.rows("Saker")) == 2)
    assert set(person.column("Saker", "Område")) == {"Bolig og nabokonflikter"}
    person.choose("Status", "Avsluttet")
    person.wait_until(lambda: person.rows("Saker") == [])
    person.choose("Status", "Alle")
    person.choose("Tjeneste", "Diskrimineringshjelpen")
    person.wait_until(lambda: len(person.rows("Saker")) == 2)


def test_the_backups_screen_says_when_in_the_norwegian_format(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    import json
    from datetime import datetime

    path = tmp_path / "hvelv"
    _vault(path, fast_kdf)
    running = launch("--vault", str(path))
    _unlock(person, running)
    person.click_row("Skjermbilder", "Sikkerhetskopier")
    person.click("Ta sikkerhetskopi nå")
    person.wait_until(lambda: len(person.rows("Sikkerhetskopier")) == 1)
    shown = person.column("Sikkerhetskopier", "Laget")[0]
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", shown), shown
    made = next((path / "backups").glob("dime-backup-*"))
    stored = json.loads((made / "backup.json").read_text())
    when = next(v for k, v in stored.items() if k in ("made", "created", "time"))
    local = datetime.fromisoformat(str(when).replace("Z", "+00:00")).astimezone()
    assert shown == local.strftime("%d.%m.%Y %H:%M")
