"""One mediation case, in a tab of the main window: each step of the flow is
a part of it (Referral, Parties, Suitability, Preparatory talks, Meeting,
Outcome and agreement, Follow-up, History).

The screen edits a working copy of the :class:`MediationRecord`; **Save**
stores it (``vault.mediation``). A step that changes the stage (ready for a
meeting, meeting held, follow-up, closing, reopening) is tried on a copy
first: the rules' refusal is shown with its reasons and nothing changes;
allowed, it is noted with the date and who made it (the adviser's name set on
this laptop, else the case's mediator) and saved at once.
Above the tabs stay the advice case's three-year limit and, for a possible
hate crime, the warning. Unsaved changes survive a lock as a draft in the
vault (``to_unsaved_form`` / ``from_unsaved_form``); discreet mode keeps the client's name
out of the tab title.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.cases.model import Case
from dime_desktop.errors import DimeError, FieldProblem, MediationInvalid, StageRefused
from dime_desktop.mediation import rules
from dime_desktop.mediation.agreement import agreement_document
from dime_desktop.mediation.checklist import Checklist, default_checklist
from dime_desktop.mediation.model import (
    ANSWER_NO,
    ANSWER_YES,
    OUTCOME_AGREEMENT,
    STAGE_CLOSED,
    STAGE_FOLLOW_UP,
    STAGE_MEETING_HELD,
    STAGE_READY,
    MediationRecord,
    SuitabilityAnswer,
    Term,
    record_from_dict,
    record_to_dict,
)
from dime_desktop.reference import default_reference
from dime_desktop.ui.common.dialogs import ask_save_path
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import (
    DateEdit,
    ProblemLabel,
    format_date,
    install_wheel_guard,
    unsaved_changes_box,
)
from dime_desktop.ui.mediation.dialogs import (
    CloseDialog,
    FollowUpDialog,
    MeetingDialog,
    PartyDialog,
    TalkDialog,
    TermDialog,
    party_label,
)
from dime_desktop.ui.mediation.texts import problem_text, term_state_text
from dime_desktop.ui.mediation.widgets import (
    ConsentEditor,
    ListEditor,
    RowsModel,
    code_combo,
    combo_value,
    set_combo,
)

DRAFT_VERSION = 1


def _language(settings: Any) -> str:
    return "en" if getattr(settings, "language", "nb") == "en" else "nb"


def _copy(record: MediationRecord) -> MediationRecord:
    return record_from_dict(record_to_dict(record))


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _warning(label: QLabel) -> QLabel:
    _bold(label)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
    label.setPalette(palette)
    label.setWordWrap(True)
    return label


class MediationCaseScreen(QWidget):
    """One mediation case (``record.id`` None: a referral not yet saved)."""

    saved = Signal(int)  # the advice case's id
    screen_closed = Signal(object)
    dirty_changed = Signal(bool)
    document_written = Signal(str)  # the path of an agreement written

    def __init__(
        self,
        vault: Any,
        settings: Any,
        record: MediationRecord,
        case: Case,
        *,
        discreet: bool = True,
        open_advice_case: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MediationCaseScreen")
        self._vault = vault
        self._settings = settings
        self._lang = _language(settings)
        self._ref = default_reference()
        self._checklist: Checklist = default_checklist()
        self._case = case
        self._discreet = discreet
        self._revealed = False
        self._open_advice_case = open_advice_case
        self._loading = False
        self._force_close = False
        self.record = _copy(record)
        self._baseline = record_to_dict(self.record)
        self.form_key = f"mediation:{record.case_id}"
        self.dialog: Any = None
        self.unsaved_box: QMessageBox | None = None
        install_wheel_guard()  # a wheel over a combo box never changes it by accident
        self._build()
        self._refresh_all()
        self._update_title()

    def show_follow_ups(self) -> None:
        """Show the Follow-up tab (a term opened from "What is due")."""
        if self.follow_up_page is not None:
            self.tabs.setCurrentWidget(self.follow_up_page)

    # --- building ---------------------------------------------------------------------
    def _page(self, title: str) -> QVBoxLayout:
        page = QWidget()
        outer = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)
        return outer

    def _form(self, outer: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        return form

    def _row(
        self, form: QFormLayout, text: str, widget: QWidget, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)

    def _build(self) -> None:
        self.heading = _bold(QLabel(self))
        self.stage_label = QLabel(self)
        self.stage_label.setAccessibleName(self.tr("Stage of the mediation case"))
        self.three_year = QLabel(self)
        self.three_year.setWordWrap(True)
        self.three_year.setAccessibleName(self.tr("Three-year limit"))
        self.hate_crime = _warning(QLabel(self))
        self.hate_crime.setAccessibleName(self.tr("Hate crime warning"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Steps of the mediation case"))
        self._build_referral()
        self._build_parties()
        self._build_suitability()
        self._build_talks()
        self._build_meeting()
        self._build_outcome()
        self._build_follow_up()
        self._build_history()

        self.banner = ProblemLabel(self)
        self.close_case_button = QPushButton(self.tr("Close the mediation &case…"), self)
        self.close_case_button.setAccessibleName(self.tr("Close the mediation case"))
        self.close_case_button.clicked.connect(self.open_close_dialog)
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen the mediation case"))
        self.reopen_button.clicked.connect(self.reopen)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save mediation case"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close mediation tab"))
        self.close_button.clicked.connect(self.close)
        save_action = QAction(self.tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_case_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.stage_label, 1)
        # Discreet mode covers every step (names, notes, terms) until shown.
        self.discreet_bar = QWidget(self)
        bar = QHBoxLayout(self.discreet_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.discreet_note = QLabel(self.discreet_bar)
        self.discreet_note.setWordWrap(True)
        self.reveal_button = QPushButton(self.discreet_bar)
        self.reveal_button.clicked.connect(self._toggle_reveal)
        bar.addWidget(self.discreet_note, 1)
        bar.addWidget(self.reveal_button)
        self.covered_note = QLabel(
            self.tr(
                "Discreet mode: the parties' names, the notes and the terms of this "
                "mediation case are hidden."
            ),
            self,
        )
        self.covered_note.setWordWrap(True)
        self.covered_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover = QStackedWidget(self)
        self.cover.addWidget(self.tabs)
        self.cover.addWidget(self.covered_note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.discreet_bar)
        layout.addWidget(self.three_year)
        layout.addWidget(self.hate_crime)
        layout.addWidget(self.banner)
        layout.addWidget(self.cover, 1)
        layout.addLayout(buttons)
        self._apply_discreet()

    # Referral
    def _build_referral(self) -> None:
        outer = self._page(self.tr("&Referral"))
        form = self._form(outer)
        lang = self._lang
        self.advice_reference = QLineEdit(self)
        self.advice_reference.setReadOnly(True)
        self.advice_reference.setAccessibleName(self.tr("Advice case"))
        self.open_advice_button = QPushButton(self.tr("Open the advice case"), self)
        self.open_advice_button.clicked.connect(self._open_advice)
        self.open_advice_button.setVisible(self._open_advice_case is not None)
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.advice_reference, 1)
        h.addWidget(self.open_advice_button)
        self._row(form, self.tr("Advice case:"), row, self.advice_reference)
        self.referred_on = DateEdit(lang, optional=False, parent=self)
        self.referred_on.setAccessibleName(self.tr("Referred on"))
        self.referred_on.changed.connect(self._from_referral)
        self._row(form, self.tr("Referred &on:"), self.referred_on)
        self.referral_consent = ConsentEditor(
            self.tr("Client's consent to the referral"),
            lang,
            self._ref.consent_methods,
            withdrawable=False,
            parent=self,
        )
        self.referral_consent.changed.connect(self._from_referral)
        self._row(
            form,
            self.tr("The client's &consent to the referral:"),
            self.referral_consent,
            self.referral_consent.given,
        )
        self.area = code_combo(
            self._ref.mediation_areas,
            lang,
            self.tr("Mediation area"),
            self.tr("(choose an area)"),
            self,
        )
        self.area.currentIndexChanged.connect(self._from_referral)
        self._row(form, self.tr("Mediation &area:"), self.area)
        self.mediator = QLineEdit(self)
        self.mediator.setAccessibleName(self.tr("Mediator"))
        self.mediator.setPlaceholderText(self.tr("Your name: each change of stage records it"))
        self.mediator.textChanged.connect(self._from_referral)
        self._row(form, self.tr("&Mediator:"), self.mediator)
        self.criminal = QCheckBox(
            self.tr("A c&riminal case (the agreement gets a two-week cooling-off period)"), self
        )
        self.criminal.setAccessibleName(self.tr("Criminal case"))
        self.criminal.toggled.connect(self._from_referral)
        form.addRow("", self.criminal)
        self.referral_note = QPlainTextEdit(self)
        self.referral_note.setTabChangesFocus(True)
        self.referral_note.setAccessibleName(self.tr("Note on the referral"))
        self.referral_note.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.referral_note.textChanged.connect(self._from_referral)
        self._row(form, self.tr("&Note:"), self.referral_note)
        outer.addStretch(1)

    # Parties
    def _build_parties(self) -> None:
        outer = self._page(self.tr("&Parties"))
        intro = QLabel(
            self.tr(
                "The client and the other party each consent to mediation, and can withdraw "
                "it. Add a guardian for a party under 18, and any representative or support "
                "person."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.parties = ListEditor(
            self.tr("Parties"),
            [
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Under 18"),
                self.tr("Accompanies"),
                self.tr("Consent to mediation"),
            ],
            self,
        )
        self.parties.add_requested.connect(lambda: self._party_dialog(None))
        self.parties.edit_requested.connect(self._party_dialog)
        self.parties.remove_requested.connect(self._remove_party)
        outer.addWidget(self.parties, 1)

    # Suitability
    def _build_suitability(self) -> None:
        outer = self._page(self.tr("S&uitability"))
        intro = QLabel(
            self.tr(
                "Facts first: the case is ready for a meeting only when every question is "
                "answered. A “no” needs a reason to go on."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        self._answer_groups: dict[str, QButtonGroup] = {}
        self._reasons: dict[str, QLineEdit] = {}
        self._review_labels: dict[str, QLabel] = {}
        row = 0
        for item in self._checklist.items:
            label = _bold(QLabel(item.label.get(self._lang), self))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            yes = QRadioButton(self.tr("Yes"), self)
            yes.setAccessibleName(self.tr("{item}: yes").format(item=item.label.get(self._lang)))
            no = QRadioButton(self.tr("No"), self)
            no.setAccessibleName(self.tr("{item}: no").format(item=item.label.get(self._lang)))
            group = QButtonGroup(self)
            group.setExclusive(True)
            group.addButton(yes)
            group.addButton(no)
            group.buttonClicked.connect(lambda button, code=item.code: self._answered(code, button))
            self._answer_groups[item.code] = group
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            reason = QLineEdit(self)
            reason.setAccessibleName(
                self.tr("{item}: reason").format(item=item.label.get(self._lang))
            )
            reason.setPlaceholderText(self.tr("Reason (needed to go on after a no)"))
            reason.textChanged.connect(
                lambda text, code=item.code: self._reason_changed(code, text)
            )
            self._reasons[item.code] = reason
            grid.addWidget(reason, row, 3)
            row += 1
            if item.help is not None:
                help_label = QLabel(item.help.get(self._lang), self)
                help_label.setWordWrap(True)
                palette = help_label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkGray)
                help_label.setPalette(palette)
                grid.addWidget(help_label, row, 0, 1, 4)
                row += 1
            review = _warning(QLabel(self))
            grid.addWidget(review, row, 0, 1, 4)
            self._review_labels[item.code] = review
            row += 1
        outer.addLayout(grid)
        self.gate_label = QLabel(self)
        self.gate_label.setWordWrap(True)
        self.gate_label.setAccessibleName(self.tr("Ready for a meeting?"))
        outer.addWidget(self.gate_label)
        self.gate_problem = ProblemLabel(self)
        outer.addWidget(self.gate_problem)
        self.ready_button = QPushButton(self.tr("Mark as ready for a meeting"), self)
        self.ready_button.setAccessibleName(self.tr("Ready for a meeting"))
        self.ready_button.clicked.connect(self.mark_ready)
        line = QHBoxLayout()
        line.addWidget(self.ready_button)
        line.addStretch(1)
        outer.addLayout(line)
        outer.addStretch(1)

    # Preparatory talks
    def _build_talks(self) -> None:
        outer = self._page(self.tr("Preparatory &talks"))
        intro = QLabel(
            self.tr(
                "A talk with each party before any meeting. Many cases are resolved here: "
                "close the case with “Resolved in the preparatory talks”."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.talks = ListEditor(
            self.tr("Preparatory talks"),
            [self.tr("Date"), self.tr("With"), self.tr("Who took part"), self.tr("Notes")],
            self,
        )
        self.talks.add_requested.connect(lambda: self._talk_dialog(None))
        self.talks.edit_requested.connect(self._talk_dialog)
        self.talks.remove_requested.connect(self._remove_talk)
        outer.addWidget(self.talks, 1)

    # Meeting
    def _build_meeting(self) -> None:
        outer = self._page(self.tr("&Meeting"))
        self.meetings = ListEditor(
            self.tr("Meetings"),
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Place"),
                self.tr("Participants"),
                self.tr("Status"),
            ],
            self,
        )
        self.meetings.add_requested.connect(lambda: self._meeting_dialog(None))
        self.meetings.edit_requested.connect(self._meeting_dialog)
        self.meetings.remove_requested.connect(self._remove_meeting)
        self.held_button = self.meetings.add_button_for(
            self.tr("The meeting was &held"), self.tr("The chosen meeting was held")
        )
        self.held_button.clicked.connect(self.mark_meeting_held)
        outer.addWidget(self.meetings, 1)
        self.meeting_problem = ProblemLabel(self)
        outer.addWidget(self.meeting_problem)

    # Outcome and agreement
    def _build_outcome(self) -> None:
        outer = self._page(self.tr("&Outcome and agreement"))
        form = self._form(outer)
        self.outcome = code_combo(
            self._ref.mediation_outcomes,
            self._lang,
            self.tr("Outcome"),
            self.tr("(no outcome yet)"),
            self,
        )
        self.outcome.currentIndexChanged.connect(self._from_outcome)
        self._row(form, self.tr("O&utcome:"), self.outcome)
        self.agreement_on = DateEdit(self._lang, optional=False, parent=self)
        self.agreement_on.setAccessibleName(self.tr("Agreement made on"))
        self.agreement_on.changed.connect(self._from_outcome)
        self._row(form, self.tr("Agreement made o&n:"), self.agreement_on)
        self.cooling_off = _warning(QLabel(self))
        self.cooling_off.setAccessibleName(self.tr("Cooling-off period"))
        form.addRow("", self.cooling_off)
        self.terms = ListEditor(
            self.tr("Terms of the agreement"),
            [self.tr("No."), self.tr("Kind"), self.tr("Who"), self.tr("What"), self.tr("By")],
            self,
        )
        self.terms.add_requested.connect(lambda: self._term_dialog(None))
        self.terms.edit_requested.connect(self._term_dialog)
        self.terms.remove_requested.connect(self._remove_term)
        outer.addWidget(QLabel(self.tr("Who does what by when:"), self))
        outer.addWidget(self.terms, 1)
        docs = QHBoxLayout()
        self.document_lang = QComboBox(self)
        self.document_lang.setAccessibleName(self.tr("Language of the agreement"))
        self.document_lang.addItem("Norsk bokmål", "nb")
        self.document_lang.addItem("English", "en")
        set_combo(self.document_lang, self._lang)
        lang_label = QLabel(self.tr("&Language:"), self)
        lang_label.setBuddy(self.document_lang)
        self.pdf_button = QPushButton(self.tr("Agreement as &PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.export_agreement("pdf"))
        self.docx_button = QPushButton(self.tr("Agreement as &DOCX…"), self)
        self.docx_button.clicked.connect(lambda: self.export_agreement("docx"))
        self.follow_up_button = QPushButton(self.tr("&Follow up the agreement"), self)
        self.follow_up_button.clicked.connect(self.start_follow_up)
        docs.addWidget(lang_label)
        docs.addWidget(self.document_lang)
        docs.addWidget(self.pdf_button)
        docs.addWidget(self.docx_button)
        docs.addStretch(1)
        docs.addWidget(self.follow_up_button)
        outer.addLayout(docs)
        self.outcome_problem = ProblemLabel(self)
        outer.addWidget(self.outcome_problem)

    # Follow-up
    def _build_follow_up(self) -> None:
        outer = self._page(self.tr("Fo&llow-up"))
        self.follow_up_page = self.tabs.widget(self.tabs.count() - 1)
        self.fulfilment_label = _bold(QLabel(self))
        self.fulfilment_label.setAccessibleName(self.tr("Fulfilment of the agreement"))
        outer.addWidget(self.fulfilment_label)
        self.follow_ups = ListEditor(
            self.tr("Follow-ups"),
            [
                self.tr("Follow up on"),
                self.tr("Term"),
                self.tr("Who"),
                self.tr("By"),
                self.tr("Status"),
            ],
            self,
        )
        self.follow_ups.add_button.hide()
        self.follow_ups.remove_button.hide()
        self.follow_ups.edit_button.setText(self.tr("Follow &up…"))
        self.follow_ups.edit_button.setAccessibleName(self.tr("Follow up the chosen term"))
        self.follow_ups.edit_requested.connect(self._follow_up_dialog)
        outer.addWidget(self.follow_ups, 1)
        self.closing_label = _bold(QLabel(self))
        self.closing_label.setWordWrap(True)
        outer.addWidget(self.closing_label)

    # History
    def _build_history(self) -> None:
        outer = self._page(self.tr("&History"))
        self.history_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Changed by"),
                self.tr("Note"),
            ],
            self,
        )
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Changes of stage"))
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        outer.addWidget(self.history, 1)

    # --- showing the record ------------------------------------------------------------
    def _date(self, value: date | None) -> str:
        return format_date(value, self._lang)

    def _refresh_all(self) -> None:
        self._loading = True
        try:
            r = self.record
            self.advice_reference.setText(r.reference)
            self.referred_on.set_value(r.referred_on)
            self.referral_consent.set_value(r.referral_consent)
            set_combo(self.area, r.area)
            self.mediator.setText(r.mediator)
            self.criminal.setChecked(r.criminal)
            if self.referral_note.toPlainText() != r.referral_note:
                self.referral_note.setPlainText(r.referral_note)
            for code, group in self._answer_groups.items():
                a = r.answer(code)
                buttons = group.buttons()
                group.setExclusive(False)
                buttons[0].setChecked(a.answer == ANSWER_YES)
                buttons[1].setChecked(a.answer == ANSWER_NO)
                group.setExclusive(True)
                if self._reasons[code].text() != a.reason:
                    self._reasons[code].setText(a.reason)
            set_combo(self.outcome, r.outcome)
            self.agreement_on.set_value(r.agreement_on or self._default_agreement_date())
        finally:
            self._loading = False
        self._refresh_parts()

    def _default_agreement_date(self) -> date:
        held = [m.meeting_date for m in self.record.meetings if m.held]
        return max(held) if held else date.today()

    def _refresh_parts(self) -> None:
        """Everything computed from the record: lists, the gate, notices, buttons."""
        r = self.record
        ref, lang = self._ref, self._lang
        today = date.today()
        self.heading.setText(self.tr("Mediation case {reference}").format(reference=r.reference))
        self.stage_label.setText(
            self.tr("Stage: {stage} · Area: {area}").format(
                stage=ref.mediation_stages.label(r.stage, lang),
                area=ref.mediation_areas.label(r.area, lang) if r.area else "–",
            )
        )
        self.three_year.setText(rules.three_year_notice(self._case, today, lang, self._checklist))
        warning = rules.hate_crime_notice(self._case, lang, self._checklist)
        self.hate_crime.setText(warning)
        self.hate_crime.setVisible(bool(warning))

        self.parties.set_rows(
            [
                [
                    ref.party_roles.label(p.role, lang),
                    p.display_name(),
                    self.tr("Yes") if p.under_18 else "",
                    party_label(r.party(p.accompanies), lang)  # type: ignore[arg-type]
                    if r.party(p.accompanies) is not None
                    else "",
                    self._consent_text(p) if p.is_principal else "",
                ]
                for p in r.parties
            ],
            [p.key for p in r.parties],
            self.tr("No parties yet."),
        )
        for code, label in self._review_labels.items():
            again = rules.needs_review(r, code, self._checklist)
            label.setText(
                self.tr("Answer again: the parties or their consents have changed.")
                if again
                else ""
            )
            label.setVisible(again)
        problems = rules.readiness_problems(r, self._checklist)
        if r.stage in (STAGE_READY, STAGE_MEETING_HELD, STAGE_FOLLOW_UP):
            gate = self.tr("The case is ready for a meeting.")
            if problems:
                gate = self.tr("Marked ready, but now: {problems}").format(
                    problems=" ".join(self._problem(p) for p in problems)
                )
        elif problems:
            gate = self.tr("Not ready for a meeting yet: {problems}").format(
                problems=" ".join(self._problem(p) for p in problems)
            )
        else:
            gate = self.tr("Everything is answered: the case can be marked as ready.")
        self.gate_label.setText(gate)

        self.talks.set_rows(
            [
                [
                    self._date(t.talk_date),
                    party_label(r.party(t.party), lang)  # type: ignore[arg-type]
                    if r.party(t.party) is not None
                    else "",
                    t.participants,
                    t.notes.replace("\n", " "),
                ]
                for t in r.talks
            ],
            [t.key for t in r.talks],
            self.tr("No preparatory talks yet."),
        )
        self.meetings.set_rows(
            [
                [
                    self._date(m.meeting_date),
                    m.start.strftime("%H:%M") if m.start else "",
                    ref.meeting_places.label(m.place, lang) if m.place else m.place_text,
                    m.participants,
                    self.tr("Held") if m.held else self.tr("Planned"),
                ]
                for m in r.meetings
            ],
            [m.key for m in r.meetings],
            self.tr("No meeting planned yet."),
        )
        agreement = r.outcome == OUTCOME_AGREEMENT
        self.agreement_on.setEnabled(agreement)
        until = rules.cooling_off_until(r)
        self.cooling_off.setText(
            self.tr(
                "Criminal case: each party may withdraw from the agreement within two weeks "
                "of signing it, until {date}."
            ).format(date=self._date(until))
            if until is not None
            else ""
        )
        self.cooling_off.setVisible(until is not None)
        self.terms.set_rows(
            [
                [
                    str(n),
                    ref.term_kinds.label(t.kind, lang),
                    self._who(t.party),
                    t.what.replace("\n", " "),
                    self._date(t.due),
                ]
                for n, t in enumerate(r.terms, start=1)
            ],
            [t.key for t in r.terms],
            self.tr("No terms yet."),
        )
        for w in (self.terms, self.pdf_button, self.docx_button, self.document_lang):
            w.setEnabled(agreement)
        self.follow_up_button.setEnabled(agreement and r.stage == STAGE_MEETING_HELD)

        f = rules.fulfilment(r, today)
        self.fulfilment_label.setText(
            self.tr(
                "Terms: {terms} · fulfilled: {fulfilled} · fulfilled late: {late} · "
                "broken: {broken} · open: {open} (overdue: {overdue})"
            ).format(
                terms=f.terms,
                fulfilled=f.fulfilled,
                late=f.late,
                broken=f.broken,
                open=f.open,
                overdue=f.overdue,
            )
            if r.terms
            else self.tr("No agreement to follow up yet.")
        )
        ordered = sorted(r.terms, key=lambda t: (t.status != "open", t.follow_up, t.key))
        self.follow_ups.set_rows(
            [
                [
                    self._date(t.follow_up) if t.status == "open" else "",
                    t.what.replace("\n", " "),
                    self._who(t.party),
                    self._date(t.due),
                    term_state_text(rules.term_state(t, today))
                    + (f" {self._date(t.status_on)}" if t.status_on else ""),
                ]
                for t in ordered
            ],
            [t.key for t in ordered],
            self.tr("Each term of the agreement is followed up on its date."),
        )
        self.closing_label.setText(
            self.tr("Closed {date}: {reason}").format(
                date=self._date(r.closed_on),
                reason=ref.closing_reasons.label(r.closing_reason or "", lang),
            )
            if r.stage == STAGE_CLOSED
            else ""
        )
        self.history_model.set_rows(
            [
                [
                    self._date(h.changed_on),
                    ref.mediation_stages.label(h.from_stage, lang) if h.from_stage else "",
                    ref.mediation_stages.label(h.to_stage, lang),
                    h.by,
                    h.note,
                ]
                for h in r.history
            ]
        )
        closed = r.stage == STAGE_CLOSED
        shown = self.is_revealed()
        self.close_case_button.setEnabled(not closed and r.id is not None and shown)
        self.reopen_button.setVisible(closed)
        self.reopen_button.setEnabled(shown)
        self.ready_button.setEnabled(r.stage in ("referred", "preparing"))
        self.held_button.setEnabled(r.stage in (STAGE_READY, STAGE_MEETING_HELD))

    def _who(self, key: str | None) -> str:
        party = self.record.party(key)
        return party_label(party, self._lang) if party is not None else ""

    def _consent_text(self, p: Any) -> str:
        c = p.consent
        if not c.given:
            return self.tr("Not given")
        if c.withdrawn:
            return self.tr("Withdrawn {date}").format(date=self._date(c.withdrawn_on))
        how = self._ref.consent_methods.label(c.method, self._lang) if c.method else ""
        return self.tr("Given {date} ({how})").format(date=self._date(c.given_on), how=how)

    def _problem(self, p: FieldProblem) -> str:
        return problem_text(p, self.record, self._lang, self._checklist)

    # --- editing -----------------------------------------------------------------------
    def _changed(self) -> None:
        for stale in (self.gate_problem, self.meeting_problem, self.outcome_problem):
            stale.show_problem("")  # a refusal is about the record as it was
        self._refresh_parts()
        dirty = self.is_dirty()
        if dirty != self.isWindowModified():
            self.dirty_changed.emit(dirty)
        self._update_title()

    def _from_referral(self, *_args: object) -> None:
        if self._loading:
            return
        r = self.record
        r.referred_on = self.referred_on.value() or r.referred_on
        r.referral_consent = self.referral_consent.value()
        r.area = combo_value(self.area)
        r.mediator = self.mediator.text().strip()
        r.criminal = self.criminal.isChecked()
        r.referral_note = self.referral_note.toPlainText()
        self._changed()

    def _answered(self, code: str, button: QAbstractButton) -> None:
        group = self._answer_groups[code]
        answer = ANSWER_YES if button is group.buttons()[0] else ANSWER_NO
        rules.answer_item(self.record, code, answer, self._reasons[code].text(), on=date.today())
        self._changed()

    def _reason_changed(self, code: str, text: str) -> None:
        if self._loading:
            return
        a = self.record.suitability.get(code) or SuitabilityAnswer(code)
        a.reason = text.strip()
        self.record.suitability[code] = a
        self._changed()

    def _from_outcome(self, *_args: object) -> None:
        if self._loading:
            return
        r = self.record
        outcome = combo_value(self.outcome)
        if outcome != r.outcome:
            r.outcome_on = date.today() if outcome else None
        r.outcome = outcome
        r.agreement_on = self.agreement_on.value() if outcome == OUTCOME_AGREEMENT else None
        self._changed()

    def _open(self, dialog: Any, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _party_dialog(self, key: str | None) -> None:
        party = self.record.party(key) if key else None
        dialog = PartyDialog(self.record, party, self._lang, self)

        def done() -> None:
            new = dialog.party()
            parties = self.record.parties
            index = next((i for i, p in enumerate(parties) if p.key == new.key), None)
            if index is None:
                parties.append(new)
            else:
                parties[index] = new
            self._changed()
            self.parties.select_key(new.key)

        self._open(dialog, done)

    def _remove_party(self, key: str) -> None:
        r = self.record
        r.parties = [p for p in r.parties if p.key != key and p.accompanies != key]
        for t in r.terms:
            if t.party == key:
                t.party = None
        for talk in r.talks:
            if talk.party == key:
                talk.party = None
        self._changed()

    def _talk_dialog(self, key: str | None) -> None:
        talk = next((t for t in self.record.talks if t.key == key), None) if key else None
        dialog = TalkDialog(self.record, talk, self._lang, self)

        def done() -> None:
            new = dialog.talk()
            if talk is None:
                rules.add_talk(self.record, new, on=date.today(), by=self._changed_by(self.record))
            else:
                self.record.talks = [new if t.key == new.key else t for t in self.record.talks]
                self.record.talks.sort(key=lambda t: t.talk_date)
            self._changed()

        self._open(dialog, done)

    def _remove_talk(self, key: str) -> None:
        self.record.talks = [t for t in self.record.talks if t.key != key]
        self._changed()

    def _meeting_dialog(self, key: str | None) -> None:
        meeting = next((m for m in self.record.meetings if m.key == key), None) if key else None
        dialog = MeetingDialog(meeting, self._lang, self)

        def done() -> None:
            new = dialog.meeting()
            others = [m for m in self.record.meetings if m.key != new.key]
            self.record.meetings = sorted(
                [*others, new], key=lambda m: (m.meeting_date, m.start or m.meeting_date.min)
            )
            self._changed()
            self.meetings.select_key(new.key)

        self._open(dialog, done)

    def _remove_meeting(self, key: str) -> None:
        self.record.meetings = [m for m in self.record.meetings if m.key != key]
        self._changed()

    def _term_dialog(self, key: str | None) -> None:
        term = self.record.term(key) if key else None
        dialog = TermDialog(self.record, term, self._lang, self)

        def done() -> None:
            kind, who, what, due = dialog.values()
            if term is None:
                self.record.terms.append(Term(kind=kind, what=what, due=due, party=who))
            else:
                term.kind, term.party, term.what = kind, who, what
                if due != term.due:
                    rules.move_term_due(term, due)  # its follow-up moves with it
            self._changed()

        self._open(dialog, done)

    def _remove_term(self, key: str) -> None:
        self.record.terms = [t for t in self.record.terms if t.key != key]
        self._changed()

    def _follow_up_dialog(self, key: str) -> None:
        term = self.record.term(key)
        if term is None:
            return
        dialog = FollowUpDialog(term, self._lang, self)

        def done() -> None:
            status, on, follow_up, note = dialog.values()
            rules.record_term_status(term, status, on=on, note=note)
            if status == "open":
                term.follow_up_on = follow_up if follow_up != term.due else None
            self._changed()

        self._open(dialog, done)

    def _open_advice(self) -> None:
        if self._open_advice_case is not None:
            self._open_advice_case(self.record.case_id)

    # --- steps that change the stage ------------------------------------------------------
    def _step(self, change: Callable[[MediationRecord], None], problem: ProblemLabel) -> bool:
        """Try ``change`` on a copy; refused, show why and change nothing; else save."""
        problem.show_problem("")
        if not self._changed_by(self.record):
            problem.show_problem(
                self.tr(
                    "Write the mediator's name on the Referral tab: each change of stage "
                    "records who made it."
                )
            )
            return False
        trial = _copy(self.record)
        try:
            change(trial)
        except StageRefused as exc:
            problem.show_problem(
                self.tr("Not yet:") + "\n" + "\n".join(self._problem(p) for p in exc.problems)
            )
            return False
        previous = self.record
        self.record = trial
        if not self.save():
            self.record = previous
            self._refresh_all()
            return False
        return True

    def _changed_by(self, r: MediationRecord) -> str:
        """Who makes a change of stage: the person at the keyboard (the adviser's
        name set on this laptop, the access log's actor), else the case's mediator."""
        actor = ""
        if self._vault.is_open:
            actor = (self._vault.actor or "").strip()
        return actor or r.mediator.strip()

    def mark_ready(self) -> bool:
        return self._step(
            lambda r: rules.change_stage(
                r, STAGE_READY, on=date.today(), by=self._changed_by(r), checklist=self._checklist
            ),
            self.gate_problem,
        )

    def mark_meeting_held(self) -> bool:
        key = self.meetings.selected_key()
        if key is None:
            self.meeting_problem.show_problem(self.tr("Choose the meeting in the list."))
            return False

        def held(r: MediationRecord) -> None:
            for m in r.meetings:
                if m.key == key:
                    m.held = True
            if r.stage != STAGE_MEETING_HELD:
                rules.change_stage(
                    r,
                    STAGE_MEETING_HELD,
                    on=date.today(),
                    by=self._changed_by(r),
                    checklist=self._checklist,
                )

        return self._step(held, self.meeting_problem)

    def start_follow_up(self) -> bool:
        return self._step(
            lambda r: rules.change_stage(
                r, STAGE_FOLLOW_UP, on=date.today(), by=self._changed_by(r)
            ),
            self.outcome_problem,
        )

    def open_close_dialog(self) -> CloseDialog:
        dialog = CloseDialog(self.record, self._lang, self)

        def done() -> None:
            reason, outcome, note = dialog.values()

            def close(r: MediationRecord) -> None:
                if outcome and (not r.outcome or r.outcome == "pending"):
                    r.outcome, r.outcome_on = outcome, date.today()
                rules.close_case(
                    r, reason or "", on=date.today(), by=self._changed_by(r), note=note
                )

            if self._step(close, self.banner):
                self.tabs.setCurrentIndex(self.tabs.count() - 2)  # Follow-up shows the closing

        self._open(dialog, done)
        return dialog

    def reopen(self) -> bool:
        return self._step(
            lambda r: rules.reopen(r, on=date.today(), by=self._changed_by(r)), self.banner
        )

    # --- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and store; True if saved."""
        for field, tab in (
            (self.referred_on, 0),
            (self.referral_consent.given_on, 0),
            (self.agreement_on, 5),
        ):
            if field.isEnabled() and field.problem() is not None:
                self.banner.show_problem(
                    self.tr("A date cannot be read: write it like {example}.").format(
                        example=field.edit.placeholderText()
                    )
                )
                self.tabs.setCurrentIndex(tab)
                field.edit.setFocus()
                return False
        problems = rules.validate_record(self.record, self._ref, self._checklist)
        if problems:
            self._show_problems(problems)
            return False
        try:
            stored = self._vault.mediation.save(self.record)
        except MediationInvalid as exc:
            self._show_problems(exc.problems)
            return False
        except DimeError as exc:
            self.banner.show_problem(error_text(exc))
            return False
        self.banner.show_problem("")
        self.record = stored
        self._baseline = record_to_dict(stored)
        self._forget_unsaved_form()
        self._refresh_all()
        self._update_title()
        self.dirty_changed.emit(False)
        self.saved.emit(stored.case_id)
        return True

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        self.banner.show_problem(
            self.tr("The mediation case was not saved:")
            + "\n"
            + "\n".join(self._problem(p) for p in problems)
        )
        first = problems[0].field
        tab = {
            "area": 0,
            "referral_consent": 0,
            "referral_consent_method": 0,
            "parties": 1,
            "suitability": 2,
            "talks": 3,
            "meetings": 4,
            "outcome": 5,
            "terms": 5,
        }.get(first.split(".")[0])
        if tab is not None:
            self.tabs.setCurrentIndex(tab)

    def export_agreement(self, fmt: str) -> None:
        """Ask where, then write the agreement (PDF or DOCX) of what is on screen."""
        problems = rules.agreement_problems(self.record)
        if problems:
            self.outcome_problem.show_problem(
                self.tr("The agreement cannot be written yet:")
                + "\n"
                + "\n".join(self._problem(p) for p in problems)
            )
            return
        self.outcome_problem.show_problem("")
        lang = str(self.document_lang.currentData() or self._lang)
        stem = "meglingsavtale" if lang == "nb" else "mediation-agreement"
        name = f"{stem}-{self.record.reference}.{fmt}"
        filt = (
            self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Word document (*.docx)")
        )
        record, case = _copy(self.record), self._case
        self.dialog = ask_save_path(
            self,
            self.tr("Save the agreement"),
            name,
            filt,
            lambda path: self._write_agreement(record, case, lang, path),
            default_suffix=fmt,
        )

    def _write_agreement(self, record: MediationRecord, case: Case, lang: str, path: Path) -> None:
        def work() -> Path:
            agreement_document(record, case, lang=lang, made_on=date.today()).write(path)
            return path

        def done(written: Path) -> None:
            from dime_desktop.storage import access_log as audit

            self._vault.log(
                audit.EXPORTED,
                case_id=record.case_id,
                detail=f"mediation_agreement.{written.suffix.lower().lstrip('.') or 'pdf'}",
            )
            self.outcome_problem.show_problem("")
            self.document_written.emit(str(written))

        def failed(exc: BaseException) -> None:
            self.outcome_problem.show_problem(error_text(exc))

        Task(work).success(done).failure(failed).run()

    # --- drafts, discreet mode, closing -------------------------------------------------
    def is_dirty(self) -> bool:
        return record_to_dict(self.record) != self._baseline

    def to_unsaved_form(self) -> dict[str, Any]:
        return {
            "version": DRAFT_VERSION,
            "key": self.form_key,
            "case_id": self.record.case_id,
            "record": record_to_dict(self.record),
            "baseline": self._baseline,
            "tab": self.tabs.currentIndex(),
        }

    def from_unsaved_form(self, draft: dict[str, Any]) -> None:
        data = draft.get("record")
        if isinstance(data, dict):
            self.record = record_from_dict(data)
        baseline = draft.get("baseline")
        if isinstance(baseline, dict):
            self._baseline = baseline
        self._refresh_all()
        tab = draft.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._update_title()

    def _forget_unsaved_form(self) -> None:
        try:
            if self._vault.is_open:
                self._vault.mediation.delete_unsaved_form(self.form_key)
        except DimeError:
            pass

    @property
    def case_id(self) -> int:
        return self.record.case_id

    def set_discreet(self, on: bool) -> None:
        """Discreet mode on covers this case again, even one the mediator showed."""
        self._discreet = bool(on)
        if self._discreet:
            self._revealed = False
        self._apply_discreet()
        self._update_title()

    def is_revealed(self) -> bool:
        return not self._discreet or self._revealed

    def _toggle_reveal(self) -> None:
        self._revealed = not self._revealed
        self._apply_discreet()

    def _apply_discreet(self) -> None:
        covered = not self.is_revealed()
        self.cover.setCurrentIndex(1 if covered else 0)
        self.discreet_bar.setVisible(self._discreet)
        if covered:
            self.discreet_note.setText(
                self.tr("Discreet mode: this mediation case is hidden until you show it.")
            )
            self.reveal_button.setText(self.tr("Show this case"))
        else:
            self.discreet_note.setText(
                self.tr("Discreet mode is on, but this case is shown in clear.")
            )
            self.reveal_button.setText(self.tr("Hide again"))
        self.reveal_button.setAccessibleName(self.reveal_button.text())
        self._refresh_parts()  # the steps' buttons follow

    def title(self) -> str:
        """The tab's text: the reference only, never a name (the tab bar is
        always on screen, also to people passing by)."""
        return self.tr("Mediation {reference}").format(reference=self.record.reference)

    def _update_title(self) -> None:
        self.setWindowTitle(self.title() + "[*]")
        self.setWindowModified(self.is_dirty())

    def clear(self) -> None:
        """Close at once, unsaved changes and all (the caller kept a draft)."""
        self.close_without_asking()

    def close_without_asking(self) -> None:
        self._force_close = True
        if self.unsaved_box is not None:
            self.unsaved_box.close()
        if self.dialog is not None:
            self.dialog.close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._force_close or not self.is_dirty():
            self.screen_closed.emit(self)
            event.accept()
            return
        event.ignore()
        if self.unsaved_box is not None:
            self.unsaved_box.raise_()
            return
        box = unsaved_changes_box(
            self, self.title(), self.tr("This mediation case has changes that are not saved.")
        )
        box.finished.connect(lambda _r: self._on_unsaved_answer(box))
        self.unsaved_box = box
        box.open()

    def _on_unsaved_answer(self, box: QMessageBox) -> None:
        self.unsaved_box = None
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else None
        if answer == QMessageBox.StandardButton.Save:
            if self.save():
                self.close_without_asking()
        elif answer == QMessageBox.StandardButton.Discard:
            self._forget_unsaved_form()
            self.close_without_asking()
