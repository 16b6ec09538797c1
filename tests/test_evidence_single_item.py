"""Exporting one evidence item (issue 10): in the Evidence tab ("Export
item…", after the warning that it leaves the vault) and with ``dime evidence
export --item N``; only that item's bytes are written, 0600."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dime_desktop.cli.main import main
from dime_desktop.evidence.model import EvidenceItem
from dime_desktop.ui.cases.case_form import CaseForm
from dime_desktop.ui.evidence.evidence_panel import EvidencePanel
from dime_desktop.ui.shell.settings import AppSettings
from tests.evidence_samples import sample_case
from tests.test_evidence_storage import png_bytes

FIRST = png_bytes(b"first item")
SECOND = png_bytes(b"second item")


def _two_items(vault: Any) -> Any:
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    vault.evidence.add_bytes(EvidenceItem(case.id, "Forste", kind="screenshot"), "a.png", FIRST)
    vault.evidence.add_bytes(EvidenceItem(case.id, "Andre", kind="screenshot"), "b.png", SECOND)
    return case


def _visible(kind: type[Any]) -> Any:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


@pytest.mark.gui
@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_export_one_item_from_the_evidence_tab(vault: Any, tmp_path: Path, qtbot: Any) -> None:
    settings = AppSettings.from_file(tmp_path / "settings.ini")
    settings.language = "en"
    case = _two_items(vault)
    form = CaseForm(vault, settings, case, discreet=False)
    qtbot.addWidget(form)
    form.show()
    panel = next(w for w in form.extra_tabs if isinstance(w, EvidencePanel))
    form.tabs.setCurrentWidget(panel)
    panel.reload()
    qtbot.waitUntil(lambda: len(panel.items()) == 2)
    row = next(i for i, item in enumerate(panel.items()) if item.description == "Andre")
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    out = tmp_path / "ut"
    out.mkdir()

    panel.export_button.click()
    box = _visible(QMessageBox)
    assert "leaves the encrypted vault" in box.text()
    box.buttons()[0].click()  # Continue
    dialog = _visible(QFileDialog)
    dialog.fileSelected.emit(str(out))
    dialog.close()
    qtbot.waitUntil(lambda: any(out.iterdir()))
    (written,) = list(out.iterdir())
    assert written.name == "Andre.png"
    assert written.read_bytes() == SECOND
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    assert str(written) in panel.status.text()
    form.close()


def test_dime_evidence_export_one_item(
    vault: Any,
    vault_dir: Path,
    passphrase: str,
    tmp_path: Path,
    fast_kdf: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reference = str(_two_items(vault).reference)
    vault.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    out = tmp_path / "ut"
    out.mkdir()

    def dime(*args: str) -> int:
        return main(
            [*args, "--vault", str(vault_dir), "--passphrase-file", str(pass_file)], kdf=fast_kdf
        )

    assert dime("evidence", "export", "--case", reference, "--item", "2", "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "leaves the encrypted vault" in captured.err
    (written,) = list(out.iterdir())
    assert written.read_bytes() == SECOND and f"Wrote {written}" in captured.out
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600

    assert dime("evidence", "export", "--case", reference, "--item", "7", "--out", str(out)) == 1
    assert "has no evidence item 7" in capsys.readouterr().err
    assert list(out.iterdir()) == [written]  # nothing more written
