"""The Evidence tab of the case form on a real vault: background adding with
progress, paste and drop, fields with consent, the viewer from memory, export
after the warning."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dime_desktop.evidence.model import EvidenceItem
from dime_desktop.ui.cases.case_form import CaseForm
from dime_desktop.ui.evidence.evidence_panel import EvidencePanel
from dime_desktop.ui.shell.settings import AppSettings
from tests.evidence_samples import sample_case
from tests.test_evidence_storage import png_bytes

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "en"
    return s


@pytest.fixture
def form(vault: Any, settings: AppSettings, qtbot: Any) -> CaseForm:
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    f = CaseForm(vault, settings, case, discreet=False)
    qtbot.addWidget(f)
    f.show()
    return f


def _panel(form: CaseForm) -> EvidencePanel:
    panel = next(w for w in form.extra_tabs if isinstance(w, EvidencePanel))
    form.tabs.setCurrentWidget(panel)
    return panel


def _wait_added(qtbot: Any, panel: EvidencePanel, count: int) -> None:
    qtbot.waitUntil(lambda: len(panel.items()) == count and not panel._busy, timeout=20_000)


def test_tabs_are_added_after_the_intake(form: CaseForm) -> None:
    titles = [form.tabs.tabText(i) for i in range(form.tabs.count())]
    assert titles[-3:-1] == ["E&vidence", "Doc&uments"]  # then issue 12's "who saw this case"
    assert len(form.extra_tabs) == 3


def test_a_new_case_must_be_saved_first(vault: Any, settings: AppSettings, qtbot: Any) -> None:
    f = CaseForm(vault, settings, None, discreet=False)
    qtbot.addWidget(f)
    panel = _panel(f)
    f.show()
    assert panel.hint.isVisible() and not panel.add_button.isEnabled()


def test_a_20_mb_file_is_added_in_the_background_with_progress(
    form: CaseForm, qtbot: Any, tmp_path: Path, vault: Any
) -> None:
    panel = _panel(form)
    video = tmp_path / "opptak.mp4"
    with video.open("wb") as f:
        f.write(b"\x00\x00\x00\x20ftypisom" + b"\x00" * 20)
        f.write(os.urandom(20 * 1024 * 1024))
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    panel.add_files([video])
    assert panel.progress.isVisible()  # shown at once, before the work is done
    _wait_added(qtbot, panel, 1)
    timer.stop()
    assert ticks, "the event loop ran while the file was added"
    assert len(set(seen)) >= 4 and seen == sorted(seen) and seen[-1] == 100
    assert not panel.progress.isVisible()
    item = panel.items()[0]
    assert (item.media_type, item.size, item.kind) == ("video/mp4", video.stat().st_size, "video")
    assert vault.evidence.read_bytes(item.id) == video.read_bytes()
    assert "opptak.mp4" in panel.status.text()


def test_a_refused_file_says_why_and_adds_nothing(
    form: CaseForm, qtbot: Any, tmp_path: Path
) -> None:
    panel = _panel(form)
    bad = tmp_path / "program.exe"
    bad.write_bytes(b"MZ" + b"\x00" * 64)
    panel.add_files([bad])
    qtbot.waitUntil(lambda: not panel._busy and "not accepted" in panel.status.text())
    assert panel.items() == []


def test_paste_a_screenshot_from_the_clipboard(form: CaseForm, qtbot: Any) -> None:
    panel = _panel(form)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    QGuiApplication.clipboard().setImage(image)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _wait_added(qtbot, panel, 1)
    item = panel.items()[0]
    assert item.media_type == "image/png" and item.kind == "screenshot"
    assert item.description.startswith("Screenshot pasted")
    QGuiApplication.clipboard().clear()


def test_drop_files_and_pictures(form: CaseForm, qtbot: Any, tmp_path: Path) -> None:
    panel = _panel(form)
    source = tmp_path / "brev.pdf"
    source.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    panel.dropEvent(event)
    _wait_added(qtbot, panel, 1)
    assert panel.items()[0].file_name == "brev.pdf"


def test_fields_are_saved_and_a_contact_needs_consent(
    form: CaseForm, qtbot: Any, vault: Any
) -> None:
    panel = _panel(form)
    panel.add_record()
    editor = panel.editor
    editor.description.setText("Vitne på bussen")
    editor.platform.setText("TikTok")
    editor.witnesses.add_witness()
    model = editor.witnesses.table.model()
    model.setData(model.index(0, 0), "Kari Nordmann")
    model.setData(model.index(0, 1), "kari@eksempel.no")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Consent" in editor.problem.text()
    assert vault.evidence.list_for_case(form.case_id)[0].witnesses == []
    model.setData(model.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = vault.evidence.list_for_case(form.case_id)[0]
    assert saved.description == "Vitne på bussen" and saved.online.platform == "TikTok"
    assert [(w.name, w.contact, w.consent) for w in saved.witnesses] == [
        ("Kari Nordmann", "kari@eksempel.no", True)
    ]


def test_unsaved_item_edits_are_kept_when_the_form_closes(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    vault.evidence.add(EvidenceItem(case.id, "Notat", kind="other"))
    f = CaseForm(vault, settings, case, discreet=False)
    panel = _panel(f)
    panel.editor.note.setPlainText("Skrevet rett før låsing")
    f.close_without_asking()  # what a lock does
    assert vault.evidence.list_for_case(case.id)[0].note == "Skrevet rett før låsing"


@pytest.mark.parametrize("kind", ["image", "pdf", "text"])
def test_viewer_shows_the_file_from_memory(
    form: CaseForm,
    qtbot: Any,
    vault: Any,
    tmp_path: Path,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tempfile

    from dime_desktop.drafting import new_document, render

    temp = tmp_path / "tmp"  # this process's temp folder, to see what lands there
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    from tests.evidence_samples import sample_context

    data, name = {
        "image": (png_bytes(b"x"), "bilde.png"),
        "pdf": (
            render(new_document("letter", sample_context(), "nb"), "pdf", date_today()),
            "b.pdf",
        ),
        "text": ("Hei på deg, dette er en melding.".encode(), "melding.txt"),
    }[kind]
    vault.evidence.add_bytes(EvidenceItem(form.case_id, "Fil", kind="other"), name, data)
    panel = _panel(form)
    panel.reload()
    viewer = panel.view_selected()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.kind != "", timeout=10_000)
    assert viewer.kind == kind
    if kind == "pdf":
        assert viewer.pdf.pageCount() >= 1
    if kind == "text":
        assert "Hei på deg" in viewer.text.toPlainText()
    assert list(temp.iterdir()) == []  # nothing written to the temp folder
    viewer.close()


def date_today() -> Any:
    from datetime import date

    return date.today()


def test_export_says_it_leaves_the_vault_first(
    form: CaseForm, qtbot: Any, vault: Any, tmp_path: Path
) -> None:
    vault.evidence.add_bytes(EvidenceItem(form.case_id, "Skjermbilde", kind="screenshot"),
                             "s.png", png_bytes())  # fmt: skip
    panel = _panel(form)
    panel.reload()
    out = tmp_path / "ut"
    out.mkdir()
    panel.export_all_button.click()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "leaves the encrypted vault" in box.text()
    assert not any(
        isinstance(w, QFileDialog) for w in QApplication.topLevelWidgets() if w.isVisible()
    )
    box.buttons()[0].click()  # Continue
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    dialog.fileSelected.emit(str(out))
    dialog.close()
    folder = out / f"{form.case_reference} evidence"
    qtbot.waitUntil(folder.exists)
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["Attachment 01 - Skjermbilde.png", "evidence-list.txt"]
    assert stat.S_IMODE(os.stat(folder / files[0]).st_mode) == 0o600


def test_drop_point_is_inside_the_panel(form: CaseForm) -> None:
    panel = _panel(form)
    assert panel.acceptDrops() and panel.rect().contains(QPoint(10, 10))
