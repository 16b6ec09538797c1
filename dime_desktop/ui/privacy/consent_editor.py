"""The client's consents per purpose on the case form (issue 12): what was
given, when and how, and withdrawals (with date and note; a withdrawal puts a
follow-up on the case). The records are ``CaseConsent``s of the case; the
core (``privacy.consent``) does the giving and withdrawing."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.cases.model import (
    CONSENT_PURPOSES,
    CONSENT_STORE,
    Case,
    CaseConsent,
    FollowUp,
)
from dime_desktop.privacy import consent as core
from dime_desktop.reference import default_reference
from dime_desktop.ui.common.widgets import DateEdit, ProblemLabel
from dime_desktop.ui.privacy.models import ConsentTableModel


def consent_to_dict(c: CaseConsent) -> dict[str, Any]:
    return {
        "purpose": c.purpose,
        "status": c.status,
        "given_on": c.given_on.isoformat() if c.given_on else None,
        "method": c.method,
        "note": c.note,
        "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
        "withdrawal_note": c.withdrawal_note,
    }


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def consent_from_dict(d: dict[str, Any]) -> CaseConsent:
    return CaseConsent(
        purpose=str(d.get("purpose")),
        status=str(d.get("status") or "given"),
        given_on=_day(d.get("given_on")),
        method=d.get("method") or None,
        note=str(d.get("note") or ""),
        withdrawn_on=_day(d.get("withdrawn_on")),
        withdrawal_note=str(d.get("withdrawal_note") or ""),
    )


class ConsentDialog(QDialog):
    """Register a consent (date, how, note) or its withdrawal (date, note)."""

    def __init__(
        self, language: str, purpose_label: str, *, withdraw: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.withdraw = withdraw
        self.setWindowTitle(
            self.tr("Withdraw consent") if withdraw else self.tr("Register consent")
        )
        form = QFormLayout()
        form.addRow(self.tr("Purpose:"), QLabel(purpose_label, self))
        self.date = DateEdit(language, optional=False, parent=self)
        self.date.set_value(date.today())
        self.date.setAccessibleName(self.tr("Date of the consent"))
        label = QLabel(self.tr("&Date:"), self)
        label.setBuddy(self.date)
        form.addRow(label, self.date)
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("How the consent was given"))
        for entry in default_reference().consent_methods:
            self.method.addItem(entry.label(language), entry.code)
        if not withdraw:
            how = QLabel(self.tr("&How:"), self)
            how.setBuddy(self.method)
            form.addRow(how, self.method)
        self.method.setVisible(not withdraw)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on the consent"))
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        if withdraw:
            form.addRow(
                "",
                QLabel(self.tr("A follow-up on the case says what to do now."), self),
            )
        self.problem = ProblemLabel(self, reserve_lines=1)
        form.addRow("", self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Withdraw") if withdraw else self.tr("Register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.date.problem()
        if problem is not None:
            self.problem.show_problem(self.tr("This is not a valid date."))
            self.date.setFocus()
            return
        day = self.date.value()
        if day is not None and day > date.today():
            self.problem.show_problem(self.tr("The date cannot be in the future."))
            return
        super().accept()


class ConsentEditor(QWidget):
    """The consents of one case; ``changed`` after each change, ``withdrawn``
    with the follow-up a withdrawal asks for (the form adds it to its list)."""

    changed = Signal()
    withdrawn = Signal(object)  # FollowUp

    COLUMNS = 4

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = language
        self._records: list[CaseConsent] = []
        self._client_flag = False  # the old tick, for a case without a record
        self.dialog: ConsentDialog | None = None
        self.model = ConsentTableModel(language, self)
        self.model.set_case(self._case())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # every purpose shows, without an inner scrollbar and without empty rows:
        # rows as tall as the text needs, the table exactly header + rows high
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setFixedHeight(
            header.sizeHint().height()
            + rows.defaultSectionSize() * len(CONSENT_PURPOSES)
            + 2 * self.table.frameWidth()
        )
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.give_button = QPushButton(self.tr("Register consent…"), self)
        self.give_button.setAccessibleName(self.tr("Register consent"))
        self.give_button.clicked.connect(lambda: self.open_dialog(withdraw=False))
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw consent"))
        self.withdraw_button.clicked.connect(lambda: self.open_dialog(withdraw=True))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._refresh()

    # --- state -----------------------------------------------------------------------
    def records(self) -> list[CaseConsent]:
        return [consent_from_dict(consent_to_dict(c)) for c in self._records]

    def state(self) -> list[dict[str, Any]]:
        return [consent_to_dict(c) for c in self._records]

    def set_state(self, items: list[dict[str, Any]], *, client_flag: bool = False) -> None:
        self._records = [consent_from_dict(d) for d in items if isinstance(d, dict)]
        self._client_flag = client_flag
        self._refresh()

    def _case(self) -> Case:
        from dime_desktop.cases.model import Client

        return Case(
            opened=date.today(),
            area="",
            client=Client(consent_to_store=self._client_flag),
            consents=self.records(),
        )

    def store_given(self) -> bool:
        return self._case().has_consent(CONSENT_STORE)

    def set_store_given(self, on: bool) -> None:
        """The "agrees that we store this" tick: on gives it (today, orally);
        off withdraws a consent that stands (with a follow-up)."""
        if on == self.store_given():
            return
        case = self._case()
        if on:
            core.give(case, CONSENT_STORE, date.today(), "oral")
            self._records = case.consents
            self._client_flag = True
            self._refresh()
            self.changed.emit()
        else:
            follow = core.withdraw(case, CONSENT_STORE, date.today(), "", self._lang)
            self._records = case.consents
            self._client_flag = False
            self._refresh()
            self.changed.emit()
            self.withdrawn.emit(follow)

    # --- the table ---------------------------------------------------------------------
    def current_purpose(self) -> str:
        row = max(self.table.currentIndex().row(), 0)
        return CONSENT_PURPOSES[min(row, len(CONSENT_PURPOSES) - 1)]

    def _refresh(self) -> None:
        row = self.table.currentIndex().row()
        self.model.set_case(self._case())
        self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = core.state_of(self._case(), self.current_purpose())
        self.withdraw_button.setEnabled(state == "given")

    def open_dialog(self, *, withdraw: bool) -> ConsentDialog:
        purpose = self.current_purpose()
        dialog = ConsentDialog(
            self._lang, core.texts().label(purpose, self._lang), withdraw=withdraw, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(dialog, purpose))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, dialog: ConsentDialog, purpose: str) -> None:
        case = self._case()
        day = dialog.date.value() or date.today()
        note = dialog.note.text()
        follow: FollowUp | None = None
        if dialog.withdraw:
            follow = core.withdraw(case, purpose, day, note, self._lang)
        else:
            core.give(case, purpose, day, dialog.method.currentData(), note)
        self._records = case.consents
        if purpose == CONSENT_STORE:
            self._client_flag = not dialog.withdraw
        self._refresh()
        self.changed.emit()
        if follow is not None:
            self.withdrawn.emit(follow)
