"""More of issue 8's defects as a person meets them (defects 3, 11, 13, 16, 18,
19 and §3's import progress), each in the errand where it showed: from the
unlock screen (or the demo's own start), by keys, clicks and the mouse wheel
on what is on screen, checking what an eye would see."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QTableView,
    QToolBar,
    QWidget,
)

from tests.journeys.person import Person

PASSPHRASE = "en passordfrase for flere feil på rad"


def _unlock(launch: Any, person: Person, vault: Path) -> Any:
    running = launch("--vault", str(vault))
    person.unlock(running, PASSPHRASE)
    return running


def _make_vault(path: Path, fast_kdf: Any, cases: list[Any]) -> Path:
    from dime_desktop.vault import Vault

    vault = Vault.create(path, PASSPHRASE, kdf=fast_kdf).vault
    vault.cases.add_many(cases)
    vault.close()
    return path


def _on_screen(widget: QWidget) -> tuple[int, int, int, int]:
    """Where a widget is on the screen (left, top, width, height)."""
    corner = widget.mapToGlobal(QPoint(0, 0))
    return (corner.x(), corner.y(), widget.width(), widget.height())


def _turn_wheel(person: Person, widget: QWidget, steps: int) -> None:
    """Turn the mouse wheel with the pointer over the middle of ``widget``: the
    event goes to the widget under the pointer, as the window system sends it."""
    window = widget.window()
    person.bring_to_front(window)
    at = widget.mapTo(window, widget.rect().center())
    under = window.childAt(at) or window
    local = QPointF(under.mapFrom(window, at))
    for _ in range(abs(steps)):
        QApplication.sendEvent(
            under,
            QWheelEvent(
                local,
                QPointF(under.mapToGlobal(local.toPoint())),
                QPoint(),
                QPoint(0, 120 if steps > 0 else -120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        )


# --- defect 11: the chart's labels are written in full ------------------------------


def _cut_labels(chart: QWidget) -> list[str]:
    """The chart's category labels that are not drawn as they read in full: the
    chart as it is on screen, compared (in each label's place) with the full
    label drawn there in the chart's font and colour."""
    shown = chart.grab().toImage()
    cut = []
    for place in chart.label_layout():  # type: ignore[attr-defined]
        rect = place.rect
        assert rect.width() > 0 and rect.height() > 0, place
        full = QImage(shown)
        painter = QPainter(full)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.fillRect(rect, QColor.fromRgba(shown.pixel(rect.left(), rect.top())))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(chart.font())
        painter.setPen(chart.palette().color(QPalette.ColorRole.WindowText))
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(
            Qt.TextFlag.TextWordWrap
        )
        painter.drawText(rect, flags, place.label)
        painter.end()
        if full.copy(rect) != shown.copy(rect):
            cut.append(place.label)
    return cut


def test_the_chart_writes_every_category_in_full_on_small_screens(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    """Defect 11, at 1366×768 (the test screen) and with the window made 1280×720."""
    from dime_desktop.demo.generator import generate_demo_cases

    vault = _make_vault(tmp_path / "hvelv", fast_kdf, generate_demo_cases(300, seed=3))
    running = _unlock(launch, person, vault)
    person.click_item("Skjermbilder", "Statistikk")
    chart = person.wait_for("Stolpediagram")
    tables = person.find("Tabeller", QListWidget)
    names = [tables.item(row).text() for row in range(tables.count())]
    assert len(names) >= 6, names
    window = running.controller.main_window
    for size in ((1366, 768), (1280, 720)):
        if size != (1366, 768):
            window.resize(size[0], size[1] - 60)  # maximised below a desktop's panel
            person.wait_until(lambda s=size: window.width() <= s[0])
        for name in names:
            person.click_item("Tabeller", name)
            person.wait_until(lambda: chart.isVisible() and bool(chart.labels()))  # type: ignore[attr-defined]
            places = chart.label_layout()  # type: ignore[attr-defined]
            person.wait_until(
                lambda p=places: chart.height() >= p[-1].rect.bottom()
            )  # all rows show
            assert _cut_labels(chart) == [], (size, name)


# --- defect 13: the wheel over an unfocused control ---------------------------------


def test_the_wheel_over_an_unfocused_combo_or_date_changes_nothing(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    from dime_desktop.cases.model import Case

    vault = _make_vault(
        tmp_path / "hvelv",
        fast_kdf,
        [Case(opened=date(2024, 3, 1), area="work", counterpart_type="business")],
    )
    _unlock(launch, person, vault)
    person.click_row("Saker", "DH-2024-001", double=True)
    person.wait_for_text("Sak DH-2024-001")
    person.focus("Motpartens navn")  # the keyboard is somewhere else
    before = {
        name: person.find(name, QComboBox).currentText() for name in ("Område", "Status", "Motpart")
    }
    for name in before:
        _turn_wheel(person, person.find(name, QComboBox), -3)
        _turn_wheel(person, person.find(name, QComboBox), 2)
    _turn_wheel(person, person.find("Opprettet", QLineEdit), -3)
    assert {name: person.find(name, QComboBox).currentText() for name in before} == before
    assert person.find("Opprettet", QLineEdit).text() == "01.03.2024"
    assert not person.find("Område", QComboBox).hasFocus()
    assert _tab_titles(person) == ["Sak DH-2024-001"]  # no "*": nothing changed

    # clicked into, the wheel does change the combo, as a person expects
    area = person.find("Område", QComboBox)
    person.click_widget(area)
    _close_list(person, area)
    person.wait_until(area.hasFocus)
    _turn_wheel(person, area, -1)
    assert area.currentText() != before["Område"]


def _tab_titles(person: Person) -> list[str]:
    return [line for line in person.text_on_screen().splitlines() if line.startswith("Sak ")]


def _close_list(person: Person, combo: QComboBox) -> None:
    """Close the list the click opened (Esc), keeping the focus in the combo."""
    from PySide6.QtTest import QTest

    view = combo.view()
    person.wait_until(view.isVisible)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    person.wait_until(lambda: not view.isVisible())


# --- defect 16: sort by grounds; overdue follow-ups look different -------------------


@pytest.fixture
def four_cases(tmp_path: Path, fast_kdf: Any) -> Path:
    from dime_desktop.cases.model import Case, CaseGround, FollowUp

    soon = date.today() + timedelta(days=20)
    return _make_vault(
        tmp_path / "hvelv",
        fast_kdf,
        [
            Case(opened=date(2024, 3, 1), area="work", grounds=[CaseGround("age")]),
            Case(
                opened=date(2024, 3, 2),
                area="work",
                grounds=[CaseGround("gender")],
                follow_ups=[FollowUp(date(2024, 4, 1), "Ringe arbeidsgiver")],
            ),
            Case(
                opened=date(2024, 3, 3),
                area="housing",
                grounds=[CaseGround("disability")],
                follow_ups=[FollowUp(soon, "Svar fra utleier")],
            ),
            Case(opened=date(2024, 3, 4), area="education"),
        ],
    )


def _dark_red_pixels(view: QTableView, text: str, person: Person) -> int:
    """How many pixels of the cell showing ``text`` are drawn in a dark red."""
    _, index = person.item("Saker", text)
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if c.red() > 90 and c.red() > 2 * c.green() + 30 and c.red() > 2 * c.blue() + 30:
                count += 1
    return count


def test_the_list_sorts_by_grounds_and_an_overdue_follow_up_stands_out(
    launch: Any, person: Person, four_cases: Path
) -> None:
    _unlock(launch, person, four_cases)
    person.wait_for("Oppfølginger som forfaller")  # one is overdue: what is due comes first
    person.click_row("Skjermbilder", "Saker")
    person.wait_until(lambda: len(person.rows("Saker")) == 4)

    person.click_header("Saker", "Grunnlag")  # the law's order; cases without come last
    person.wait_until(
        lambda: person.column("Saker", "Grunnlag") == ["Kjønn", "Funksjonsnedsettelse", "Alder", ""]
    )
    person.click_header("Saker", "Grunnlag")
    person.wait_until(
        lambda: person.column("Saker", "Grunnlag") == ["Alder", "Funksjonsnedsettelse", "Kjønn", ""]
    )
    person.click_header("Saker", "Neste oppfølging")
    soon = (date.today() + timedelta(days=20)).strftime("%d.%m.%Y")
    overdue = "⚠ 01.04.2024 forfalt"
    person.wait_until(lambda: person.column("Saker", "Neste oppfølging")[:2] == [overdue, soon])
    assert person.column("Saker", "Saksnummer")[:2] == [
        "DH-2024-002",
        "DH-2024-003",
    ]

    # the overdue one says so in words, and is drawn in another colour than the other
    view = person.find("Saker", QTableView)
    assert _dark_red_pixels(view, overdue, person) > 10
    assert _dark_red_pixels(view, soon, person) == 0


# --- defect 18: nothing moves when a hint or a problem appears -----------------------


def test_step_9_buttons_and_the_outreach_fields_stay_where_they_are(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    from dime_desktop.cases.model import Case

    vault = _make_vault(tmp_path / "hvelv", fast_kdf, [Case(opened=date(2024, 3, 1), area="work")])
    _unlock(launch, person, vault)
    person.click_row("Saker", "DH-2024-001", double=True)
    person.wait_for_text("Sak DH-2024-001")
    person.select_tab("Kartlegging")
    person.click_row("Stegene i samtalen", "7. Sikkerhet og risiko")
    person.choose("Har personen blitt truet?", "Ja")
    person.click_row("Stegene i samtalen", "9. Neste steg")
    controls = [person.find(n) for n in ("Godta", "Forkast", "Foreslåtte neste steg")]
    before = [_on_screen(w) for w in controls]
    hints = person.text_on_screen()
    person.click("Godta")  # nothing chosen: a hint says what to do
    person.wait_until(lambda: person.text_on_screen() != hints)
    assert [_on_screen(w) for w in controls] == before
    steps = person.rows("Foreslåtte neste steg")
    person.click_row("Foreslåtte neste steg", steps[0][0])  # its reason and details appear
    assert [_on_screen(w) for w in controls] == before
    person.click("Godta")
    assert [_on_screen(w) for w in controls] == before

    person.click_item("Skjermbilder", "Utadrettet arbeid")
    person.click("Ny utadrettet aktivitet")
    form = person.dialog("Ny utadrettet aktivitet")
    names = ["Type aktivitet", "Tittel", "Arrangør eller publikum", "Antall deltakere"]
    fields = [person.find("Dato", QLineEdit)] + [person.find(n) for n in names]
    fields.append(person.find("Lagre aktiviteten"))
    before = [_on_screen(w) for w in fields]
    person.click("Dato: tøm")
    person.type("Antall deltakere", "mange")
    shown = {w.text() for w in form.findChildren(QLabel) if w.isVisible()}
    person.click("Lagre aktiviteten")  # empty date, no title, a word for a number
    person.wait_until(
        lambda: len({w.text() for w in form.findChildren(QLabel) if w.isVisible()} - shown) >= 3
    )
    assert form.isVisible()  # not saved
    assert [_on_screen(w) for w in fields] == before


# --- defect 19: CSV for Norwegian spreadsheets --------------------------------------


def test_the_statistics_csv_has_semicolons_or_commas_as_chosen(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    from dime_desktop.demo.generator import generate_demo_cases

    vault = _make_vault(tmp_path / "hvelv", fast_kdf, generate_demo_cases(60, seed=5))
    _unlock(launch, person, vault)
    person.click_item("Skjermbilder", "Statistikk")
    out = tmp_path / "regneark"
    out.mkdir()
    for kind, name, delimiter in (
        ("CSV med semikolon, for norske regneark (*.csv)", "norsk.csv", ";"),
        ("CSV med komma (*.csv)", "komma.csv", ","),
    ):
        person.click("Eksporter CSV…")
        dialog = person.file_dialog()
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # the app's own
        types = person.find("Filtype", QComboBox)
        assert [types.itemText(i) for i in range(types.count())] == [
            "CSV med semikolon, for norske regneark (*.csv)",
            "CSV med komma (*.csv)",
        ]
        person.choose("Filtype", kind)
        person.save_file_as(out / name)
        person.wait_until((out / name).exists)
        text = (out / name).read_text(encoding="utf-8-sig")
        lines = text.splitlines()
        rows = list(csv.reader(lines, delimiter=delimiter))
        # what a spreadsheet shows: the table's title, then its cells in columns
        head = next((n for n, r in enumerate(rows) if r and r[0] == "Kategori"), None)
        assert head is not None, f"{name}: no column headed Kategori in {text[:200]!r}"
        assert len(rows[head]) >= 2 and rows[head + 1][0] == "Arbeidsliv", (name, text[:300])
        assert rows[0] == ["Saker etter samfunnsområde"], text[:300]
        other = "," if delimiter == ";" else ";"
        assert next(csv.reader([lines[head]], delimiter=other)) == [lines[head]]


# --- §3: the import's progress bar moves ---------------------------------------------


def test_the_import_progress_bar_moves_with_the_rows_read(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    from dime_desktop.importing import PROGRESS_EVERY

    rows = 2 * PROGRESS_EVERY + PROGRESS_EVERY // 2
    register = tmp_path / "gammelt register.csv"
    lines = ["Reference;Opened;Area;Grounds;Mediation;Closed"]
    for n in range(rows):
        year = 2000 + n // 900
        lines.append(f"DH-{year}-{n % 900 + 1:03d};01.03.{year};Skole;Alder;n;")
    register.write_text("\n".join(lines) + "\n", encoding="utf-8")
    vault = _make_vault(tmp_path / "hvelv", fast_kdf, [])
    running = _unlock(launch, person, vault)

    person.menu("Verktøy", "Importer et tidligere register")
    dialog = person.dialog("Importer et register")
    bar = person.find("Importen så langt", QProgressBar)
    seen: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda v: seen.append((v, bar.maximum())))
    person.type("Registerfil", str(register))
    person.click("Importer")
    person.wait_for_text(f"Importerte {rows} saker fra {register.name}")
    assert running.controller.vault.cases.count() == rows
    # along the way the bar stood part of the way (a number of rows read of
    # about as many as the file has), then full
    along = [(v, m) for v, m in seen if 0 < v < m]
    assert len(along) >= 2, seen
    assert all(m >= rows for _, m in along), seen
    assert bar.value() == bar.maximum() > 0
    person.click("Lukk")
    person.wait_until(lambda: not dialog.isVisible())


# --- defect 3: the demo banner after the toolbar is hidden --------------------------


def test_hiding_the_toolbar_leaves_the_demo_banner(launch: Any, person: Person) -> None:
    from dime_desktop.demo.generator import DEMO_PASSPHRASE

    running = launch("--demo")
    person.wait_until(lambda: running.controller.state == "unlocked")
    banner = person.wait_for("Demo – syntetiske data", QLabel)
    window = running.controller.main_window
    toolbar = next(
        bar
        for bar in window.findChildren(QToolBar)
        if bar.isVisible() and person.find_all("Lås", within=bar)
    )
    person.right_click(toolbar, QPoint(toolbar.width() - 5, toolbar.height() // 2))
    person.click_menu_item(person.popup_menu(), "Verktøylinje")
    person.wait_until(lambda: not toolbar.isVisible())
    assert banner.isVisible() and person.sees("Demo – syntetiske data")
    person.menu("Vis", "Verktøylinje")  # back from the View menu, the banner with it
    person.wait_until(toolbar.isVisible)
    assert person.sees("Demo – syntetiske data")

    # hidden again, then locked: the new window after the unlock has the banner
    person.menu("Vis", "Verktøylinje")
    person.wait_until(lambda: not toolbar.isVisible())
    person.menu("Fil", "Lås")
    person.wait_for("Lås opp")
    assert not person.sees("Demo – syntetiske data")  # nothing of the register shows
    person.type("Passordfrase", DEMO_PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.wait_for("Demo – syntetiske data", QLabel)
