"""Nothing of the evidence leaks out of the vault: a marker in every field of an
item and in its file's bytes is found in no file outside the vault (the vault
folder's own files are encrypted, so not there either; nor in the temp folder,
the home folder or the settings) after the file was added in the GUI, viewed,
and a complaint listing it was exported as PDF and DOCX."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dime_desktop.ui.cases.case_form import CaseForm
from dime_desktop.ui.drafting.drafts_panel import DraftsPanel
from dime_desktop.ui.evidence.evidence_panel import EvidencePanel
from dime_desktop.ui.shell.settings import AppSettings
from dime_desktop.vault import Vault
from tests.evidence_samples import pdf_text, sample_case
from tests.test_evidence_storage import png_bytes

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


def _forms(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _files(root: Path, skip: list[Path], since: float | None = None) -> list[Path]:
    out = []
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not any((here / d) == s for s in skip)]
        for name in names:
            path = here / name
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                if since is not None and path.stat().st_mtime < since:
                    continue
            except OSError:
                continue
            out.append(path)
    return out


def _leaks(paths: list[Path], markers: dict[str, list[bytes]]) -> list[str]:
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for name, forms in markers.items():
            if any(f in data for f in forms):
                found.append(f"{name} in {path}")
    return found


def _continue_and_save(qtbot: Any, path: Path) -> None:
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    box.buttons()[0].click()  # Continue: it leaves the vault
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    dialog.fileSelected.emit(str(path))
    dialog.close()
    qtbot.waitUntil(path.exists)


def test_no_marker_outside_the_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any, fast_kdf: Any
) -> None:
    start = time.time() - 1
    for name in ("tmp", "home", "src", "out"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    tag = uuid.uuid4().hex[:12]
    names = ("desc", "giver", "note", "platform", "user", "context", "witness", "contact")
    field = {k: f"{k.upper()}{tag}" for k in names}
    url = f"https://forum.eksempel.no/URL{tag}"
    file_marker = f"FILEBYTES{tag}"

    vault = Vault.create(tmp_path / "vault", "korrekt hest batteri stift 2019", kdf=fast_kdf).vault
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    settings = AppSettings.from_file(tmp_path / "settings" / "settings.ini")
    source = tmp_path / "src" / "bevis.png"
    source.write_bytes(png_bytes(file_marker.encode()))

    form = CaseForm(vault, settings, case, discreet=False)
    form.show()
    panel = next(w for w in form.extra_tabs if isinstance(w, EvidencePanel))
    form.tabs.setCurrentWidget(panel)
    # add (in the background), fill in every field, save
    panel.add_files([source])
    qtbot.waitUntil(lambda: len(panel.items()) == 1 and not panel._busy, timeout=20_000)
    e = panel.editor
    e.description.setText(field["desc"])
    e.given_by.setText(field["giver"])
    e.note.setPlainText(field["note"])
    e.platform.setText(field["platform"])
    e.url.setText(url)
    e.user_name.setText(field["user"])
    e.posted_at.setText("2024-05-04 21:10")
    e.context.setPlainText(field["context"])
    e.witnesses.add_witness()
    model = e.witnesses.table.model()
    model.setData(model.index(0, 0), field["witness"])
    model.setData(model.index(0, 1), field["contact"])
    model.setData(model.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)
    saved = vault.evidence.list_for_case(case.id)[0]
    assert saved.description == field["desc"] and saved.witnesses[0].contact == field["contact"]
    # view it
    viewer = panel.view_selected()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.kind == "image", timeout=10_000)
    viewer.close()
    # a complaint listing it, exported as PDF and DOCX
    drafts = next(w for w in form.extra_tabs if isinstance(w, DraftsPanel))
    form.tabs.setCurrentWidget(drafts)
    editor = drafts.new_document("police")
    assert editor is not None
    exports = [tmp_path / "out" / "anmeldelse.pdf", tmp_path / "out" / "anmeldelse.docx"]
    editor.pdf_button.click()
    _continue_and_save(qtbot, exports[0])
    editor.docx_button.click()
    _continue_and_save(qtbot, exports[1])
    text = pdf_text(exports[0].read_bytes())
    assert field["desc"] in text and field["user"] in text  # the export says what it should
    for export in exports:
        assert file_marker.encode() not in export.read_bytes()

    markers = {name: _forms(value) for name, value in field.items()}
    markers["url"] = _forms(url)
    markers["file bytes"] = _forms(file_marker)
    skip = [tmp_path / "src", tmp_path / "out"]

    def scan() -> list[str]:
        places = _files(tmp_path, skip)  # the vault folder, temp, home, settings
        places += _files(Path("/tmp"), [tmp_path, *skip], since=start)
        return _leaks(places, markers)

    assert scan() == []  # while unlocked: the database, its WAL and shared memory
    assert (tmp_path / "vault" / "vault.db-wal").exists()
    form.close_without_asking()
    qtbot.waitUntil(lambda: not editor.isVisible())
    vault.close()
    assert scan() == []  # after the lock
    assert sorted(p.name for p in (tmp_path / "tmp").iterdir()) == []
