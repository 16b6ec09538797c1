"""The coordinator's retention screen (issue 12): the rules (years after
closing per desk, the log's own years) with their reasons — the defaults are
confirmed at first use — and the list of cases due for deletion, one or many
approved at once (anonymised: the statistics stay the same)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError
from dime_desktop.privacy import retention
from dime_desktop.reference import default_reference
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.widgets import format_date, install_wheel_guard
from dime_desktop.ui.privacy.models import DueForDeletionModel


class RetentionView(QWidget):
    """``clear()`` on lock; shows references only (no names)."""

    erased = Signal(object)  # case ids, after a deletion (the register reloads)

    def __init__(self, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()
        self._vault = vault
        self._lang = str(getattr(settings, "language", "nb"))
        self._ref = default_reference()
        self._due: list[retention.DueCase] = []
        self.dialog: QWidget | None = None
        d = retention.defaults()
        title = QLabel(self.tr("Retention and deletion"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        # the rules
        self.rules_box = QGroupBox(self.tr("How long cases are kept"), self)
        self.advice_years = self._years(self.tr("Advice desk, years after closing"))
        self.mediation_years = self._years(self.tr("Mediation desk, years after closing"))
        self.log_years = self._years(self.tr("Access log, years"))
        form = QFormLayout(self.rules_box)
        self.reasons: list[QLabel] = []
        for label, spin, reason in (
            (self.tr("&Advice desk:"), self.advice_years, d.reason("advice", self._lang)),
            (self.tr("&Mediation desk:"), self.mediation_years, d.reason("mediation", self._lang)),
            (self.tr("Access &log:"), self.log_years, d.reason("access_log", self._lang)),
        ):
            caption = QLabel(label, self.rules_box)
            caption.setBuddy(spin)
            row = QWidget(self.rules_box)
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(spin, 0, Qt.AlignmentFlag.AlignLeft)
            why = QLabel(reason, row)
            why.setWordWrap(True)
            box.addWidget(why)
            self.reasons.append(why)
            form.addRow(caption, row)
        self.rules_state = QLabel(self.rules_box)
        self.rules_state.setWordWrap(True)
        self.rules_state.setAccessibleName(self.tr("State of the rules"))
        self.confirm_button = QPushButton(self.tr("&Confirm the rules"), self.rules_box)
        self.confirm_button.setAccessibleName(self.tr("Confirm the rules"))
        self.confirm_button.clicked.connect(self.confirm)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.rules_state, 1)
        confirm_row.addWidget(self.confirm_button)
        form.addRow(confirm_row)

        # the due list
        self.due_box = QGroupBox(self.tr("Due for deletion"), self)
        self.model = DueForDeletionModel(
            lambda area: self._ref.areas.label(area, self._lang), self._lang, self
        )
        self.table = QTableView(self.due_box)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases due for deletion"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.due_state = QLabel(self.due_box)
        self.all_button = QPushButton(self.tr("Tick &all"), self.due_box)
        self.all_button.clicked.connect(self.tick_all)
        self.approve_button = QPushButton(self.tr("&Delete the ticked cases…"), self.due_box)
        self.approve_button.setAccessibleName(self.tr("Delete the ticked cases"))
        self.approve_button.clicked.connect(self.approve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.due_state, 1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.approve_button)
        due_layout = QVBoxLayout(self.due_box)
        due_layout.addWidget(self.table, 1)
        due_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.due_box, 1)
        self.reload()

    def _years(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        spin.setAccessibleName(name)
        spin.setSuffix(self.tr(" years"))
        return spin

    # --- state ----------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        self._vault = vault
        self.reload()

    def showEvent(self, event: Any) -> None:
        self.reload()
        super().showEvent(event)

    def rules_on_screen(self, base: retention.RetentionRules) -> retention.RetentionRules:
        return replace(
            base,
            advice_years=self.advice_years.value(),
            mediation_years=self.mediation_years.value(),
            log_years=self.log_years.value(),
        )

    def reload(self) -> None:
        if self._vault is None or not self._vault.is_open:
            return
        try:
            rules = retention.rules_of(self._vault)
            due = retention.due_cases(self._vault, date.today(), rules)
        except Exception as exc:  # a DimeError: shown, never raised
            self.due_state.setText(error_text(exc))
            return
        for spin, value in (
            (self.advice_years, rules.advice_years),
            (self.mediation_years, rules.mediation_years),
            (self.log_years, rules.log_years),
        ):
            spin.setValue(value)
        if rules.confirmed and rules.confirmed_on is not None:
            who = rules.confirmed_by or self.tr("(unknown)")
            self.rules_state.setText(
                self.tr("Confirmed on {date} by {who}.").format(
                    date=format_date(rules.confirmed_on, self._lang), who=who
                )
            )
            self.confirm_button.setText(self.tr("&Save the rules"))
            for why in self.reasons:  # room for the list; the reasons are on the tooltip
                why.setVisible(False)
                holder = why.parentWidget()
                if holder is not None:
                    holder.setToolTip(why.text())
        else:
            self.rules_state.setText(
                self.tr(
                    "These are the defaults. The coordinator confirms them (or other numbers) "
                    "before any case is listed as due."
                )
            )
            self.confirm_button.setText(self.tr("&Confirm the rules"))
            for why in self.reasons:
                why.setVisible(True)
        self.confirm_button.setAccessibleName(self.confirm_button.text().replace("&", ""))
        self._fill(due, rules.confirmed)

    def _fill(self, due: list[retention.DueCase], confirmed: bool) -> None:
        self._due = due
        self.model.set_due(due)
        self.due_box.setEnabled(confirmed)
        if not confirmed:
            self.due_state.setText(self.tr("Confirm the rules first."))
        elif not due:
            self.due_state.setText(self.tr("No case is due for deletion."))
        else:
            self.due_state.setText(
                self.tr("1 case is due.")
                if len(due) == 1
                else self.tr("{n} cases are due.").format(n=len(due))
            )
        self._update_buttons()

    def ticked(self) -> list[int]:
        return self.model.ticked()

    def _update_buttons(self) -> None:
        self.approve_button.setEnabled(bool(self.ticked()))
        self.all_button.setEnabled(bool(self._due))

    # --- actions ----------------------------------------------------------------------
    def tick_all(self) -> None:
        self.model.tick_all()

    def confirm(self) -> None:
        try:
            base = retention.rules_of(self._vault)
            retention.confirm_rules(self._vault, self.rules_on_screen(base), date.today())
        except ValueError as exc:  # out of range (the spin boxes keep to the range)
            self.rules_state.setText(str(exc))
            return
        except DimeError as exc:
            self.rules_state.setText(error_text(exc))
            return
        self.reload()

    def approve(self) -> QWidget | None:
        from dime_desktop.ui.privacy.dialogs import DeleteCaseDialog

        ids = self.ticked()
        if not ids:
            return None
        dialog = DeleteCaseDialog(self._vault, ids, self, reason="retention")
        dialog.erased.connect(self._after_erase)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_erase(self, ids: object) -> None:
        self.reload()
        self.erased.emit(ids)

    def clear(self) -> None:
        self.model.set_due([])
        self._due = []
        if self.dialog is not None:
            import shiboken6

            if shiboken6.isValid(self.dialog):
                self.dialog.close()
            self.dialog = None
