"""The document editor on a real vault: missing facts lead to their field,
choices and language, versions, redacted export, Mark as sent, and what
happens to unsaved edits when the case form closes (as on lock)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QWidget

from dime_desktop.cases.model import TimelineEvent
from dime_desktop.evidence.model import EvidenceItem
from dime_desktop.ui.cases.case_form import CaseForm
from dime_desktop.ui.drafting.drafts_panel import DraftsPanel
from dime_desktop.ui.drafting.editor import DraftEditor
from dime_desktop.ui.evidence.evidence_panel import EvidencePanel
from dime_desktop.ui.shell.settings import AppSettings
from tests.evidence_samples import CLIENT, pdf_text, sample_case
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


def _form(vault: Any, settings: AppSettings, qtbot: Any, **changes: Any) -> CaseForm:
    case = vault.cases.add(sample_case(case_id=None, reference=None, **changes))
    form = CaseForm(vault, settings, case, discreet=False)
    qtbot.addWidget(form)
    form.show()
    return form


def _drafts(form: CaseForm) -> DraftsPanel:
    panel = next(w for w in form.extra_tabs if isinstance(w, DraftsPanel))
    form.tabs.setCurrentWidget(panel)
    return panel


def _editor(form: CaseForm, kind: str) -> DraftEditor:
    editor = _drafts(form).new_document(kind)
    assert editor is not None
    return editor


def _button(editor: DraftEditor, label: str) -> Any:
    return next(b for b in editor.missing_buttons if b.accessibleName() == label)


def test_each_missing_fact_leads_to_its_field(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    form = _form(vault, settings, qtbot, grounds=[], timeline=[], client=None)
    editor = _editor(form, "tribunal")
    names = [b.accessibleName() for b in editor.missing_buttons]
    assert "ground of discrimination" in names and "a timeline with dates" in names

    def follow(label: str) -> QWidget:
        form.tabs.setCurrentIndex(0)
        qtbot.mouseClick(_button(editor, label), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return form.tabs.currentWidget()

    page = follow("ground of discrimination")
    assert page.isAncestorOf(form.grounds)
    page = follow("a timeline with dates")
    assert page.isAncestorOf(form.timeline)
    page = follow("the client's name")  # anonymous: the box to untick first
    assert page.isAncestorOf(form.anonymous)
    # a fact written in the document itself: the gap in its section is selected
    qtbot.mouseClick(_button(editor, "the reasons in your own words"), Qt.MouseButton.LeftButton)
    box = editor._boxes["why"]
    # (the document is in bokmål: its own language, not the screens')
    assert box.edit.textCursor().selectedText() == "[MANGLER: begrunnelse med egne ord]"


def test_witnesses_lead_to_the_evidence_tab(vault: Any, settings: AppSettings, qtbot: Any) -> None:
    form = _form(vault, settings, qtbot)
    editor = _editor(form, "tribunal")
    qtbot.mouseClick(_button(editor, 'witnesses (or "no witnesses")'), Qt.MouseButton.LeftButton)
    assert isinstance(form.tabs.currentWidget(), EvidencePanel)


def test_saving_the_case_updates_the_document(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    form = _form(vault, settings, qtbot, timeline=[])
    editor = _editor(form, "tribunal")
    assert "a timeline with dates" in [b.accessibleName() for b in editor.missing_buttons]
    form.timeline.model.add(TimelineEvent(date_(2024, 5, 3), "Nektet adgang").event_date,
                            "Nektet adgang")  # fmt: skip
    assert form.save()
    qtbot.waitUntil(
        lambda: "a timeline with dates" not in [b.accessibleName() for b in editor.missing_buttons]
    )
    assert "3. mai 2024: Nektet adgang" in editor._boxes["when"].text()
    # evidence added later is listed as an attachment too
    panel = next(w for w in form.extra_tabs if isinstance(w, EvidencePanel))
    vault.evidence.add_bytes(EvidenceItem(form.case_id, "Skjermbilde", kind="screenshot"),
                             "s.png", png_bytes())  # fmt: skip
    panel.evidence_changed.emit()
    assert "Vedlegg 1: Skjermbilde" in editor._boxes["attachments"].text()


def date_(*args: int) -> Any:
    from datetime import date

    return date(*args)


def test_language_is_the_documents_own_and_edits_are_kept(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    form = _form(vault, settings, qtbot)
    editor = _editor(form, "tribunal")
    assert editor.lang_combo.currentData() == "nb"  # documents default to bokmål
    assert editor._boxes["what"].heading.text() == "1. Hva skjedde"
    editor._boxes["why"].edit.setPlainText("Min egen begrunnelse.")
    editor.lang_combo.setCurrentIndex(editor.lang_combo.findData("en"))
    assert editor._boxes["what"].heading.text() == "1. What happened"
    assert editor._boxes["why"].text() == "Min egen begrunnelse."
    assert "1 section you edited was kept" in editor.status.text()
    assert editor.document.lang == "en"


def test_provisions_are_confirmed_or_removed_in_the_editor(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    form = _form(vault, settings, qtbot)
    editor = _editor(form, "police")
    combos = editor._decision_boxes
    assert set(combos) == {"strl_185", "strl_186"}
    for code, decision in (("strl_185", "confirmed"), ("strl_186", "removed")):
        combo: QComboBox = combos[code]
        combo.setCurrentIndex(combo.findData(decision))
    text = editor._boxes["provisions"].text()
    assert "section 185" not in text or "§ 185" in text  # nb document
    assert "§ 185" in text and "§ 186" not in text and "[MANGLER" not in text


def _box() -> QMessageBox:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )


def _click_and_save(qtbot: Any, button: Any, path: Path) -> None:
    button.click()
    box = _box()
    box.buttons()[0].click()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    dialog.fileSelected.emit(str(path))
    dialog.close()
    qtbot.waitUntil(path.exists)


def test_mark_as_sent_needs_an_export_and_a_redacted_copy_never_counts(
    vault: Any, settings: AppSettings, qtbot: Any, tmp_path: Path
) -> None:
    form = _form(vault, settings, qtbot)
    editor = _editor(form, "letter")
    editor.sent_button.click()  # nothing saved or exported yet
    box = _box()
    assert "export the document first" in box.text().lower()
    box.close()
    editor.redacted.setChecked(True)
    redacted = tmp_path / "anonym.pdf"
    _click_and_save(qtbot, editor.pdf_button, redacted)
    text = pdf_text(redacted.read_bytes())
    assert CLIENT not in text and "[klienten]" in text
    editor.sent_button.click()
    box = _box()
    assert "not as a redacted copy" in box.text()
    box.close()
    editor.redacted.setChecked(False)
    real = tmp_path / "brev.docx"
    _click_and_save(qtbot, editor.docx_button, real)
    editor.sent_button.click()
    from dime_desktop.ui.drafting.mark_sent import MarkSentDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MarkSentDialog))
    assert dialog.file.count() == 1 and "DOCX" in dialog.file.itemText(0)
    dialog.accept()
    draft_id = editor.draft_id
    assert draft_id is not None
    version = vault.document_drafts.versions(draft_id)[-1]
    assert version.sealed and version.sent_format == "docx"


def test_unsaved_edits_become_a_version_when_the_form_closes(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    form = CaseForm(vault, settings, case, discreet=False)
    form.show()
    editor = _editor(form, "authorisation")
    editor._boxes["duration"].edit.setPlainText("Gjelder til 1. januar.")
    assert editor.is_dirty()
    form.close_without_asking()  # what a lock does
    drafts = vault.document_drafts.list_for_case(case.id)
    assert len(drafts) == 1
    section = drafts[0].latest.content.section("duration")
    assert section is not None and section.text == "Gjelder til 1. januar."


def test_closing_the_editor_asks_about_unsaved_edits(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    form = _form(vault, settings, qtbot)
    editor = _editor(form, "referral")
    editor._boxes["about"].edit.setPlainText("Endret.")
    editor.close()
    assert editor.isVisible() and editor.unsaved_box is not None
    box = editor.unsaved_box
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
    assert vault.document_drafts.list_for_case(form.case_id) == []


def test_discreet_mode_covers_the_evidence_and_the_document(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    form = CaseForm(vault, settings, case, discreet=True)
    qtbot.addWidget(form)
    form.show()
    evidence = next(w for w in form.extra_tabs if isinstance(w, EvidencePanel))
    editor = _editor(form, "tribunal")
    assert evidence.cover.covered() and evidence.cover.currentIndex() == 1
    assert editor.cover.currentIndex() == 1  # the client's name is not on screen
    qtbot.mouseClick(editor.cover.show_button, Qt.MouseButton.LeftButton)
    assert form.is_revealed()
    assert evidence.cover.currentIndex() == 0 and editor.cover.currentIndex() == 0
    form.set_discreet(True)  # discreet mode on again covers again
    assert evidence.cover.currentIndex() == 1 and editor.cover.currentIndex() == 1
    # a link to a covered field goes to "Show this case" first
    form.tabs.setCurrentIndex(0)
    from dime_desktop.drafting import MissingFact

    editor.follow(MissingFact("what_happened", "x", "summary", "what"))
    assert form.tabs.currentWidget().isAncestorOf(form.summary)
    assert QApplication.focusWidget() in (form.reveal_button, None) or form.reveal_button.hasFocus()
