"""The small dialogs of a mediation case: a party, a preparatory talk, a
meeting, a term of the agreement, the follow-up of a term, and closing.

Each is opened with ``open()`` (window-modal, no nested event loop: the idle
lock still fires behind it), checks what it can before it closes, and gives
its result as core objects (``party()``, ``talk()``...)."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.mediation.model import (
    ACCOMPANYING_ROLES,
    PRINCIPAL_ROLES,
    ROLE_CLIENT,
    ROLE_SUPPORT,
    TERM_BROKEN,
    TERM_FULFILLED,
    TERM_OPEN,
    Consent,
    MediationRecord,
    Meeting,
    Party,
    PreparatoryTalk,
    Term,
)
from dime_desktop.mediation.rules import OUTCOME_FOR_REASON
from dime_desktop.reference import default_reference
from dime_desktop.ui.common.widgets import DateEdit, ProblemLabel
from dime_desktop.ui.mediation.widgets import ConsentEditor, code_combo, combo_value, set_combo

TERM_DAYS = 14  # a new term is due two weeks on, unless the parties agree otherwise


def party_label(party: Party, lang: str) -> str:
    """How a party is named in lists: its name, or its role when it has none."""
    return party.display_name() or default_reference().party_roles.label(party.role, lang)


class _Dialog(QDialog):
    """A form with OK / Cancel, a problem line, opened window-modal."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = ProblemLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def row(self, text: str, widget: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy or widget)
        self.form.addRow(label, widget)

    def refuse(self, text: str) -> None:
        self.problem.show_problem(text)

    def dates_unreadable(self, *fields: DateEdit) -> bool:
        """Refuse when a date field holds text that is no date (it is never guessed)."""
        for f in fields:
            if f.isEnabled() and f.problem() is not None:
                self.refuse(
                    self.tr("A date cannot be read: write it like {example}.").format(
                        example=f.edit.placeholderText()
                    )
                )
                f.edit.setFocus()
                return True
        return False


class PartyDialog(_Dialog):
    """Someone who takes part: a party with its consent to mediation, or a
    person who accompanies a party (representative, support person, guardian)."""

    def __init__(
        self, record: MediationRecord, party: Party | None, lang: str, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Party") if party is None else self.tr("Edit party"), parent)
        ref = default_reference()
        self._record = record
        self._party = party
        self._lang = lang
        self.role = code_combo(ref.party_roles, lang, self.tr("Role"), None, self)
        self.row(self.tr("&Role:"), self.role)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.row(self.tr("&Name:"), self.name)
        self.organisation = QCheckBox(self.tr("An &organisation (a business, a school, a body)"))
        self.organisation.setAccessibleName(self.tr("An organisation"))
        self.form.addRow("", self.organisation)
        self.contact_person = QLineEdit(self)
        self.contact_person.setAccessibleName(self.tr("Contact person"))
        self.row(self.tr("Contact &person:"), self.contact_person)
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(self.tr("Phone or e-mail"))
        self.row(self.tr("Phone or e-&mail:"), self.contact)
        self.under_18 = QCheckBox(self.tr("&Under 18 (a guardian signs too)"), self)
        self.under_18.setAccessibleName(self.tr("Under 18"))
        self.form.addRow("", self.under_18)
        self.accompanies = QComboBox(self)
        self.accompanies.setAccessibleName(self.tr("Accompanies"))
        self.accompanies.addItem(self.tr("(choose the party)"), "")
        for p in record.principal_parties():
            if party is None or p.key != party.key:
                self.accompanies.addItem(party_label(p, lang), p.key)
        self.row(self.tr("&Accompanies:"), self.accompanies)
        self.consent = ConsentEditor(
            self.tr("Consent to mediation"), lang, ref.consent_methods, withdrawable=True
        )
        self.consent_label = QLabel(self.tr("&Consent to mediation:"), self)
        self.consent_label.setBuddy(self.consent.given)
        self.form.addRow(self.consent_label, self.consent)
        self.role.currentIndexChanged.connect(self._on_role)
        self.organisation.toggled.connect(self._on_role)
        if party is not None:
            set_combo(self.role, party.role)
            self.name.setText(party.name)
            self.organisation.setChecked(party.organisation)
            self.contact_person.setText(party.contact_person)
            self.contact.setText(party.contact)
            self.under_18.setChecked(party.under_18)
            set_combo(self.accompanies, party.accompanies)
            self.consent.set_value(party.consent)
        else:
            taken = {p.role for p in record.parties}
            free = [r for r in PRINCIPAL_ROLES if r not in taken]
            set_combo(self.role, free[0] if free else ROLE_SUPPORT)
        self._on_role()

    def _on_role(self, *_args: object) -> None:
        role = combo_value(self.role) or ""
        principal = role in PRINCIPAL_ROLES
        self.accompanies.setEnabled(role in ACCOMPANYING_ROLES)
        self.consent.setEnabled(principal)
        self.organisation.setEnabled(principal)
        self.under_18.setEnabled(principal)
        self.contact_person.setEnabled(principal and self.organisation.isChecked())

    def party(self) -> Party:
        role = combo_value(self.role) or ""
        principal = role in PRINCIPAL_ROLES
        base = self._party or Party(role=role)
        return Party(
            key=base.key,
            role=role,
            name=self.name.text().strip(),
            organisation=principal and self.organisation.isChecked(),
            contact_person=self.contact_person.text().strip()
            if principal and self.organisation.isChecked()
            else "",
            contact=self.contact.text().strip(),
            under_18=principal and self.under_18.isChecked(),
            accompanies=combo_value(self.accompanies) if role in ACCOMPANYING_ROLES else None,
            consent=self.consent.value() if principal else Consent(),
        )

    def accept(self) -> None:
        p = self.party()
        if p.role in ACCOMPANYING_ROLES and not p.accompanies:
            self.refuse(self.tr("Choose the party this person accompanies."))
            return
        if p.role == ROLE_CLIENT and any(
            q.role == ROLE_CLIENT and q.key != p.key for q in self._record.parties
        ):
            self.refuse(self.tr("The case already has a client."))
            return
        if self.dates_unreadable(self.consent.given_on, *self.consent.withdrawal_dates()):
            return
        if p.consent.given and not p.consent.method:
            self.refuse(self.tr("Choose how the consent was given."))
            return
        super().accept()


class TalkDialog(_Dialog):
    """A preparatory talk: when, with which party, who took part, notes."""

    def __init__(
        self,
        record: MediationRecord,
        talk: PreparatoryTalk | None,
        lang: str,
        parent: QWidget | None,
    ) -> None:
        title = self.tr("Preparatory talk") if talk is None else self.tr("Edit preparatory talk")
        super().__init__(title, parent)
        self._talk = talk
        self.when = DateEdit(lang, optional=False, parent=self)
        self.when.setAccessibleName(self.tr("Date of the talk"))
        self.row(self.tr("&Date:"), self.when)
        self.party = QComboBox(self)
        self.party.setAccessibleName(self.tr("Talk with"))
        for p in record.principal_parties():
            self.party.addItem(party_label(p, lang), p.key)
        self.row(self.tr("&With:"), self.party)
        self.participants = QLineEdit(self)
        self.participants.setAccessibleName(self.tr("Who took part"))
        self.participants.setPlaceholderText(self.tr("e.g. the client, her sister, the mediator"))
        self.row(self.tr("Who took &part:"), self.participants)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes of the talk"))
        self.row(self.tr("&Notes:"), self.notes)
        if talk is not None:
            self.when.set_value(talk.talk_date)
            set_combo(self.party, talk.party)
            self.participants.setText(talk.participants)
            self.notes.setPlainText(talk.notes)

    def talk(self) -> PreparatoryTalk:
        base = self._talk or PreparatoryTalk(date.today())
        return PreparatoryTalk(
            talk_date=self.when.value() or date.today(),
            party=combo_value(self.party),
            participants=self.participants.text().strip(),
            notes=self.notes.toPlainText().strip(),
            key=base.key,
        )

    def accept(self) -> None:
        if self.dates_unreadable(self.when):
            return
        if not self.notes.toPlainText().strip():
            self.refuse(self.tr("Write a note of what was said."))
            return
        super().accept()


class MeetingDialog(_Dialog):
    """A mediation meeting: date, time, a neutral place, who takes part, notes."""

    def __init__(self, meeting: Meeting | None, lang: str, parent: QWidget | None) -> None:
        title = self.tr("Mediation meeting") if meeting is None else self.tr("Edit meeting")
        super().__init__(title, parent)
        ref = default_reference()
        self._meeting = meeting
        self.when = DateEdit(lang, optional=False, parent=self)
        self.when.setAccessibleName(self.tr("Date of the meeting"))
        self.row(self.tr("&Date:"), self.when)
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        self.start.setTime(QTime(13, 0))
        self.start.setAccessibleName(self.tr("Time"))
        self.row(self.tr("&Time:"), self.start)
        self.place = code_combo(
            ref.meeting_places, lang, self.tr("Place"), self.tr("(another place, below)"), self
        )
        self.row(self.tr("&Place:"), self.place)
        self.place_text = QLineEdit(self)
        self.place_text.setAccessibleName(self.tr("Another place"))
        self.place_text.setPlaceholderText(self.tr("A neutral place: neither party's premises"))
        self.row(self.tr("Another p&lace:"), self.place_text)
        self.participants = QLineEdit(self)
        self.participants.setAccessibleName(self.tr("Participants"))
        self.row(self.tr("P&articipants:"), self.participants)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("The mediator's notes"))
        self.row(self.tr("The mediator's &notes:"), self.notes)
        self.place.currentIndexChanged.connect(self._on_place)
        if meeting is not None:
            self.when.set_value(meeting.meeting_date)
            if meeting.start is not None:
                self.start.setTime(QTime(meeting.start.hour, meeting.start.minute))
            set_combo(self.place, meeting.place)
            self.place_text.setText(meeting.place_text)
            self.participants.setText(meeting.participants)
            self.notes.setPlainText(meeting.notes)
        else:
            self.place.setCurrentIndex(1)  # the first neutral place of the list
        self._on_place()

    def _on_place(self, *_args: object) -> None:
        self.place_text.setEnabled(combo_value(self.place) is None)

    def meeting(self) -> Meeting:
        base = self._meeting or Meeting(date.today())
        t = self.start.time()
        place = combo_value(self.place)
        return Meeting(
            meeting_date=self.when.value() or date.today(),
            start=time(t.hour(), t.minute()),
            place=place,
            place_text="" if place else self.place_text.text().strip(),
            participants=self.participants.text().strip(),
            notes=self.notes.toPlainText().strip(),
            held=base.held,
            key=base.key,
        )

    def accept(self) -> None:
        if self.dates_unreadable(self.when):
            return
        if combo_value(self.place) is None and not self.place_text.text().strip():
            self.refuse(self.tr("Choose a place or write where the meeting is."))
            return
        super().accept()


class TermDialog(_Dialog):
    """A term of the agreement: what kind, who does it, what, by when."""

    def __init__(
        self, record: MediationRecord, term: Term | None, lang: str, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Term of the agreement"), parent)
        ref = default_reference()
        self._term = term
        self.kind = code_combo(ref.term_kinds, lang, self.tr("Kind of term"), None, self)
        self.row(self.tr("&Kind:"), self.kind)
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Who does it"))
        self.who.addItem(self.tr("(choose who)"), "")
        for p in record.principal_parties():
            self.who.addItem(party_label(p, lang), p.key)
        self.row(self.tr("&Who:"), self.who)
        self.what = QPlainTextEdit(self)
        self.what.setTabChangesFocus(True)
        self.what.setAccessibleName(self.tr("What is to be done"))
        self.what.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.row(self.tr("W&hat:"), self.what)
        self.due = DateEdit(lang, optional=False, parent=self)
        self.due.setAccessibleName(self.tr("By when"))
        self.due.set_value(date.today() + timedelta(days=TERM_DAYS))
        self.row(self.tr("&By:"), self.due)
        if term is not None:
            set_combo(self.kind, term.kind)
            set_combo(self.who, term.party)
            self.what.setPlainText(term.what)
            self.due.set_value(term.due)

    def values(self) -> tuple[str, str | None, str, date]:
        """(kind, who, what, by)."""
        return (
            combo_value(self.kind) or "",
            combo_value(self.who),
            self.what.toPlainText().strip(),
            self.due.value() or date.today(),
        )

    def accept(self) -> None:
        if self.dates_unreadable(self.due):
            return
        _kind, who, what, _due = self.values()
        if who is None:
            self.refuse(self.tr("Choose who does it."))
            return
        if not what:
            self.refuse(self.tr("Write what is to be done."))
            return
        super().accept()


class FollowUpDialog(_Dialog):
    """The follow-up of one term: kept, broken or still open; or put off."""

    def __init__(self, term: Term, lang: str, parent: QWidget | None) -> None:
        super().__init__(self.tr("Follow-up of a term"), parent)
        self.what = QLabel(term.what, self)
        self.what.setWordWrap(True)
        self.form.addRow(self.tr("Term:"), self.what)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Was it kept"))
        self.status.addItem(self.tr("Not yet followed up"), TERM_OPEN)
        self.status.addItem(self.tr("Fulfilled"), TERM_FULFILLED)
        self.status.addItem(self.tr("Broken"), TERM_BROKEN)
        self.row(self.tr("&Kept:"), self.status)
        self.when = DateEdit(lang, optional=False, parent=self)
        self.when.setAccessibleName(self.tr("Date it was followed up"))
        self.row(self.tr("&On:"), self.when)
        self.follow_up = DateEdit(lang, optional=False, parent=self)
        self.follow_up.setAccessibleName(self.tr("Follow up on"))
        self.row(self.tr("&Follow up on:"), self.follow_up)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on the follow-up"))
        self.row(self.tr("&Note:"), self.note)
        set_combo(self.status, term.status)
        self.when.set_value(term.status_on or date.today())
        self.follow_up.set_value(term.follow_up)
        self.note.setText(term.note)
        self.status.currentIndexChanged.connect(self._on_status)
        self._on_status()

    def _on_status(self, *_args: object) -> None:
        open_ = combo_value(self.status) == TERM_OPEN
        self.when.setEnabled(not open_)
        self.follow_up.setEnabled(open_)

    def accept(self) -> None:
        if self.dates_unreadable(self.when, self.follow_up):
            return
        super().accept()

    def values(self) -> tuple[str, date, date, str]:
        """(status, on, follow up on, note)."""
        return (
            combo_value(self.status) or TERM_OPEN,
            self.when.value() or date.today(),
            self.follow_up.value() or date.today(),
            self.note.text().strip(),
        )


class CloseDialog(_Dialog):
    """Close the mediation case: why (a code), the outcome, a note."""

    def __init__(self, record: MediationRecord, lang: str, parent: QWidget | None) -> None:
        super().__init__(self.tr("Close the mediation case"), parent)
        ref = default_reference()
        self.reason = code_combo(
            ref.closing_reasons, lang, self.tr("Why it is closed"), self.tr("(choose)"), self
        )
        self.row(self.tr("&Why:"), self.reason)
        self.outcome = code_combo(
            ref.mediation_outcomes, lang, self.tr("Outcome"), self.tr("(choose)"), self
        )
        self.row(self.tr("&Outcome:"), self.outcome)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on the closing"))
        self.row(self.tr("&Note:"), self.note)
        self._recorded = record.outcome if record.outcome != "pending" else None
        set_combo(self.outcome, self._recorded)
        if (
            record.outcome == "agreement"
            and record.terms
            and all(t.status == TERM_FULFILLED for t in record.terms)
        ):
            set_combo(self.reason, "agreement_fulfilled")
        self.reason.currentIndexChanged.connect(self._on_reason)

    def _on_reason(self, *_args: object) -> None:
        implied = OUTCOME_FOR_REASON.get(combo_value(self.reason) or "")
        if self._recorded is None and implied is not None:
            set_combo(self.outcome, implied)

    def values(self) -> tuple[str | None, str | None, str]:
        return combo_value(self.reason), combo_value(self.outcome), self.note.text().strip()

    def accept(self) -> None:
        reason, outcome, _note = self.values()
        if reason is None:
            self.refuse(self.tr("Choose why the case is closed."))
            return
        if outcome is None or outcome == "pending":
            self.refuse(self.tr("Choose the outcome."))
            return
        super().accept()
