"""The intake panel on a real encrypted vault: walk all nine steps, answers
land in the case's fields, decisions on suggestions, resume after a lock,
and the PDF buttons."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from dime_desktop.cases.model import Case, CaseGround, Client
from dime_desktop.ui.common import printing
from dime_desktop.ui.intake.intake_panel import CODE_ROLE, IntakePanel
from dime_desktop.ui.shell.settings import AppSettings
from dime_desktop.vault import Vault
from tests.journeys.person import Person

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform cannot raise windows or grab the keyboard (dialogs do)
    pytest.mark.qt_log_ignore(
        r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
    ),
]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "nb"
    return s


@pytest.fixture
def case_id(vault: Any) -> int:
    saved = vault.cases.add(
        Case(
            opened=date.today(),
            area="other",
            client=Client(name="Testperson Ås", consent_to_store=True),
        )
    )
    assert saved.id is not None
    return int(saved.id)


def make_panel(vault: Any, settings: AppSettings, qtbot: Any, case_id: int | None) -> IntakePanel:
    panel = IntakePanel(vault, settings)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.load(case_id, vault.intake.load(case_id) if case_id is not None else None)
    return panel


def host_like_the_case_form(panel: IntakePanel, vault: Any, case_id: int) -> list[int]:
    """What the case form does after every answer: apply to its case, save."""
    calls: list[int] = []

    def on_changed() -> None:
        case = vault.cases.get_by_id(case_id)
        panel.apply_to(case)
        vault.cases.update(case)
        vault.intake.save(case_id, panel.answers())
        calls.append(1)

    panel.answers_changed.connect(on_changed)
    return calls


def check_item(model: Any, code: str, column: int = 0) -> None:
    for row in range(model.rowCount()):
        if model.item(row, 0).data(CODE_ROLE) == code:
            model.item(row, column).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no item {code}")


def choose(panel: IntakePanel, qid: str, value: Any) -> None:
    combo = panel.editor(qid).combo
    for i in range(combo.count()):
        if combo.itemData(i) == value and type(combo.itemData(i)) is type(value):
            combo.setCurrentIndex(i)
            return
    raise AssertionError(f"{qid}: no option {value!r}")


def walk_all_steps(panel: IntakePanel, qtbot: Any) -> None:
    # 1 what happened: a timeline typed in
    assert panel.current_step() == "what"
    tl = panel.editor("what.timeline")
    tl.date_edit.set_value(date(2024, 3, 1))
    qtbot.keyClicks(tl.text_edit, "Nektet adgang på utested")
    with qtbot.waitSignal(panel.answers_changed):
        qtbot.mouseClick(tl.add_button, Qt.MouseButton.LeftButton)
    tl.date_edit.set_value(date(2024, 3, 8))
    qtbot.keyClicks(tl.text_edit, "Truende melding")
    qtbot.mouseClick(tl.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    # 2 where and who
    assert panel.current_step() == "where"
    choose(panel, "where.area", "nightlife")
    choose(panel, "who.counterpart_type", "business")
    qtbot.keyClicks(panel.editor_widget("who.counterpart_name"), "Klubb Eksempel AS")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    # 3 why: two grounds, one by association
    grounds = panel.editor("why.grounds").model
    check_item(grounds, "ethnicity")
    check_item(grounds, "religion", column=3)  # by association (ticks the ground too)
    choose(panel, "why.combination", True)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    # 4 what kind
    kinds = panel.editor("kind.incident_types").model
    check_item(kinds, "direct_discrimination")
    check_item(kinds, "hate_speech")
    choose(panel, "kind.public", True)
    choose(panel, "kind.online", False)
    choose(panel, "kind.track", "both")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    # 5 other problems
    check_item(panel.editor("problems.list").model, "housing")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    # 6 evidence: the list fits the case (offline, nightlife)
    evidence = panel.editor("evidence.have").model
    shown = {evidence.item(r).data(CODE_ROLE) for r in range(evidence.rowCount())}
    assert "guest_lists" in shown and "url" not in shown
    check_item(evidence, "witnesses")
    choose(panel, "evidence.facts_clarified", True)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    # 7 safety
    choose(panel, "safety.safe_now", True)
    choose(panel, "safety.threats", True)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    # 8 wants
    check_item(panel.editor("wants.wishes").model, "mediation")
    check_item(panel.editor("wants.wishes").model, "complaint")
    choose(panel, "wants.consent_to_store", True)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.current_step() == "next"
    assert not panel.next_button.isEnabled()


def test_walk_all_steps_fills_the_case_and_resumes_after_lock(
    vault: Any, vault_dir: Path, passphrase: str, settings: AppSettings, qtbot: Any,
    case_id: int,
) -> None:  # fmt: skip
    panel = make_panel(vault, settings, qtbot, case_id)
    calls = host_like_the_case_form(panel, vault, case_id)
    walk_all_steps(panel, qtbot)
    assert len(calls) > 10  # after every answer

    # 9 next steps: suggested by the rules, with reasons
    ids = [s.id for s in panel.suggestions()]
    assert "police_report" in ids and "tribunal_complaint" in ids and "refer_housing" in ids
    assert "mediation" not in ids and "mediation_not_suitable" in ids  # threats
    panel.select_suggestion("police_report")
    with qtbot.waitSignal(panel.answers_changed):
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    panel.select_suggestion("refer_housing")
    panel.edit_text.clear()
    qtbot.keyClicks(panel.edit_text, "Ring Jussbuss om husleia")
    panel.edit_deadline.set_value(date(2030, 6, 1))
    qtbot.mouseClick(panel.save_edit_button, Qt.MouseButton.LeftButton)
    panel.select_suggestion("tribunal_complaint")
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    decisions = panel.answers()["decisions"]
    assert decisions["police_report"]["status"] == "accepted"
    assert decisions["police_report"]["deadline"] is not None  # the rule's 14 days
    assert decisions["refer_housing"] == {
        "status": "edited", "text": "Ring Jussbuss om husleia", "deadline": "2030-06-01",
    }  # fmt: skip
    assert decisions["tribunal_complaint"]["status"] == "dropped"

    # the answers are in the case's own fields, in the vault
    case = vault.cases.get_by_id(case_id)
    assert case.area == "nightlife"
    assert case.counterpart_type == "business"
    assert case.counterpart_name == "Klubb Eksempel AS"
    assert case.grounds == [
        CaseGround("ethnicity", perceived=True),
        CaseGround("religion", perceived=False, by_association=True),
    ]
    assert case.incident_types == ["direct_discrimination", "hate_speech"]
    assert case.track == "both"
    assert [(e.event_date, e.description) for e in case.timeline] == [
        (date(2024, 3, 1), "Nektet adgang på utested"), (date(2024, 3, 8), "Truende melding"),
    ]  # fmt: skip
    assert case.client is not None and case.client.consent_to_store
    before = panel.answers()
    assert vault.intake.load(case_id) == before

    # lock, unlock, a new panel: same answers, same step, same decisions
    vault.close()
    again = Vault.unlock(vault_dir, passphrase)
    try:
        resumed = make_panel(again, settings, qtbot, case_id)
        assert resumed.answers() == before
        assert resumed.current_step() == "next"
        assert resumed.editor("who.counterpart_name").get() == "Klubb Eksempel AS"
        m = resumed.suggestion_model
        rows = {m.item(r, 0).data(CODE_ROLE): m.item(r, 1).text() for r in range(m.rowCount())}
        assert rows["refer_housing"] == "Ring Jussbuss om husleia"
        resumed.go_to("what")
        assert resumed.editor("what.timeline").model.rowCount() == 2
    finally:
        again.close()


def test_left_midway_resumes_at_the_same_step(
    vault: Any, settings: AppSettings, qtbot: Any, case_id: int
) -> None:
    panel = make_panel(vault, settings, qtbot, case_id)
    host_like_the_case_form(panel, vault, case_id)
    panel.go_to("safety")
    choose(panel, "safety.safe_now", False)
    assert panel.suggestions()[0].id == "safety_first" and panel.suggestions()[0].warning
    resumed = make_panel(vault, settings, qtbot, case_id)
    assert resumed.current_step() == "safety"
    assert resumed.editor("safety.safe_now").get() is False
    assert resumed.step_list.currentIndex().row() == 6


def test_new_conversation_starts_from_the_case_fields(
    vault: Any, settings: AppSettings, qtbot: Any
) -> None:
    saved = vault.cases.add(
        Case(
            opened=date.today(),
            area="work",
            counterpart_name="Arbeidsgiver AS",
            grounds=[CaseGround("age")],
        )
    )
    panel = make_panel(vault, settings, qtbot, saved.id)
    assert panel.editor("where.area").get() == "work"
    assert panel.editor("who.counterpart_name").get() == "Arbeidsgiver AS"
    assert panel.editor("why.grounds").get()[0]["code"] == "age"
    panel.clear()
    assert panel.answers()["answers"] == {} and panel.current_step() == "what"


def test_english_texts_come_from_the_data(
    vault: Any, settings: AppSettings, qtbot: Any, tmp_path: Path
) -> None:
    settings.language = "en"
    panel = make_panel(vault, settings, qtbot, None)
    first = panel.step_model.item(0).text()
    assert first == "1. What happened"
    assert panel.editor("where.area").combo.findText("Nightlife") > 0


def test_pdf_buttons(
    vault: Any, settings: AppSettings, qtbot: Any, case_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    panel = make_panel(vault, settings, qtbot, case_id)
    host_like_the_case_form(panel, vault, case_id)
    choose(panel, "safety.threats", True)
    panel.decide("police_report", "accepted", deadline=date(2030, 1, 2))
    target = tmp_path / "out" / "ark"
    target.parent.mkdir()
    person = Person(qtbot)
    printed: list[bytes] = []  # the print dialog is modal; what reaches it is the PDF
    monkeypatch.setattr(
        printing, "print_pdf", lambda _parent, data, _title, **_kw: printed.append(data) or True
    )

    qtbot.mouseClick(panel.save_takeaway_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.pdf_saved):
        person.save_file_as(target)  # in the app's own (non-blocking) file dialog
    pdf = target.with_suffix(".pdf")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Etter samtalen med DiMe" in text and "Hei, Testperson Ås!" in text
    assert "2. januar 2030" in text

    pdf.unlink()
    qtbot.mouseClick(panel.print_checklist_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1 and not pdf.exists()  # printing leaves no file behind
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[0])).pages)
    reference = vault.cases.get_by_id(case_id).reference
    assert "Sjekkliste for sorteringssamtalen" in text and reference in text
    assert "Testperson" not in text

    qtbot.mouseClick(panel.save_checklist_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.pdf_saved):
        person.save_file_as(target)
    assert pdf.exists() and len(printed) == 1  # saving does not print


def test_hosted_in_the_case_form(vault: Any, settings: AppSettings, qtbot: Any) -> None:
    from dime_desktop.ui.cases.case_form import CaseForm

    saved = vault.cases.add(
        Case(opened=date.today(), area="other", client=Client(name="K", consent_to_store=True))
    )
    form = CaseForm(vault, settings, saved)
    qtbot.addWidget(form)
    panel = form.intake_panel
    assert isinstance(panel, IntakePanel)
    choose(panel, "where.area", "nightlife")
    qtbot.keyClicks(panel.editor_widget("who.counterpart_name"), "Utested AS")
    case = form.build_case()
    assert (case.area, case.counterpart_name) == ("nightlife", "Utested AS")
    form.save()
    assert vault.cases.get_by_id(saved.id).area == "nightlife"
    assert vault.intake.load(saved.id)["answers"]["who.counterpart_name"] == "Utested AS"
