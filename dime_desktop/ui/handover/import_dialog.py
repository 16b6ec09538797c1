"""Import a handover bundle: who sent it (a trusted colleague, or "unknown:
compare fingerprint …" with the fingerprint to compare then and there), the
manifest (reference, whole case or summary, new here or merged, consent;
client names only out of discreet mode), a tick per case to accept it, and
the fields that differ side by side (this vault's value | the bundle's), each
with a tick to take the bundle's. Nothing is written before "Import"; a
refused bundle is said in one sentence and nothing is changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.handover import service
from dime_desktop.handover.merge import CasePlan, Conflict
from dime_desktop.ui.common.dialogs import show_message
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.handover.handover_view import fingerprint_label
from dime_desktop.ui.handover.models import BundleCasesModel, DifferencesModel


class ImportDialog(QDialog):
    imported = Signal(object)  # service.ImportResult

    COL_CASE = BundleCasesModel.COL_CASE
    COL_CLIENT = BundleCasesModel.COL_CLIENT

    def __init__(
        self,
        vault: Any,
        settings: Any,
        path: Path,
        parent: QWidget | None,
        *,
        discreet: bool = True,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._lang = str(getattr(settings, "language", "nb"))
        self._discreet = discreet
        self._path = Path(path)
        self._task: Task[Any] | None = None
        self.preview: service.ImportPreview | None = None
        self._conflicts: list[tuple[CasePlan, Conflict]] = []
        self.setWindowTitle(self.tr("Import a handover bundle"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.status = QLabel(self.tr("Checking the bundle…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Bundle"))
        self.sender_label = QLabel()
        self.sender_label.setWordWrap(True)
        self.sender_label.setAccessibleName(self.tr("Sender"))
        self.sender_fingerprint = fingerprint_label("", self.tr("Sender's fingerprint"))
        self.verify_box = QGroupBox(self.tr("Compare the fingerprint with the sender now"))
        self.trust_name = QLineEdit()
        self.trust_name.setAccessibleName(self.tr("The sender's name"))
        self.trust_office = QLineEdit()
        self.trust_office.setAccessibleName(self.tr("The sender's office"))
        self.compared = QCheckBox(self.tr("The fingerprint is the same as the sender's"))
        vf = QFormLayout(self.verify_box)
        vf.addRow(
            QLabel(
                self.tr(
                    "Call the sender (or meet them) and have them read their fingerprint. "
                    "Trust them only when every character is the same."
                )
            )
        )
        vf.addRow(self.tr("Name"), self.trust_name)
        vf.addRow(self.tr("Office"), self.trust_office)
        vf.addRow(self.compared)
        self.verify_box.hide()
        self.sender_fingerprint.hide()

        self.cases_model = BundleCasesModel(self._here_text, self)
        self.cases = QTableView()
        self.cases.setModel(self.cases_model)
        self.cases.setAccessibleName(self.tr("Cases in the bundle"))
        self.differences_model = DifferencesModel(self._lang, self)
        self.differences = QTableView()
        self.differences.setModel(self.differences_model)
        self.differences.setAccessibleName(self.tr("Differences"))
        for table in (self.cases, self.differences):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            table.setWordWrap(True)
        self.differences_label = QLabel(
            self.tr(
                "These fields differ. This vault's value is kept unless you tick to take the "
                "bundle's."
            )
        )
        self.differences_label.setWordWrap(True)
        self.already = QLabel()
        self.already.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import the ticked cases"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        self.trust_name.textChanged.connect(self._update)
        self.compared.toggled.connect(self._update)
        self.cases_model.dataChanged.connect(lambda *_args: self._update())

        self.refused_title = QLabel()
        bold = self.refused_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.refused_title.setFont(bold)
        self.refused_title.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.refused_title)
        layout.addWidget(self.status)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.sender_fingerprint)
        layout.addWidget(self.verify_box)
        layout.addWidget(self.cases, 2)
        layout.addWidget(self.differences_label)
        layout.addWidget(self.differences, 2)
        layout.addWidget(self.already)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for w in (self.cases, self.differences, self.differences_label):
            w.hide()
        layout.addStretch(1)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 150, self.fontMetrics().height() * 40)
        self._task = (
            Task(lambda: service.read_bundle(self._vault, self._path))
            .success(self._show)
            .failure(self._refused)
        )
        self._task.run()

    # --- showing -----------------------------------------------------------------------
    def _refused(self, exc: BaseException) -> None:
        self.refused_title.setText(self.tr("The bundle was refused"))
        self.refused_title.show()
        self.status.setText(error_text(exc))
        self.status.setAccessibleName(self.tr("Refused"))
        self.import_button.hide()
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 100, self.fontMetrics().height() * 8)

    def _show(self, preview: service.ImportPreview) -> None:
        self.preview = preview
        self.status.setText(self.tr("The bundle is whole, and its signature matches its sender."))
        sender = preview.sender
        if sender.contact is not None:
            self.sender_label.setText(self.tr("From: {name}").format(name=sender.contact.label()))
        else:
            self.sender_label.setText(
                self.tr("From: unknown: compare fingerprint {fingerprint}").format(
                    fingerprint=sender.fingerprint
                )
            )
            self.sender_fingerprint.setText(sender.fingerprint)
            self.sender_fingerprint.show()
            self.trust_office.setText(sender.identity.office)
            self.verify_box.show()
        self._conflicts = [(plan, c) for plan in preview.plans for c in plan.conflicts]
        self.cases_model.set_plans(preview.plans)
        self.differences_model.set_conflicts(self._conflicts)
        self._fill_personal()
        self.cases.resizeColumnsToContents()
        header = self.differences.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for table in (self.cases, self.differences):
            table.setTextElideMode(Qt.TextElideMode.ElideNone)
            table.resizeRowsToContents()
        self.cases.show()
        has_conflicts = bool(self._conflicts)
        self.differences.setVisible(has_conflicts)
        self.differences_label.setVisible(has_conflicts)
        if preview.already:
            self.already.setText(
                self.tr("Imported from this bundle before (nothing to do): {refs}").format(
                    refs=", ".join(c.reference for c in preview.already)
                )
            )
        if preview.nothing_new:
            self.status.setText(
                self.tr("Every case of this bundle was imported before; nothing changes.")
            )
        self._update()

    def _here_text(self, plan: CasePlan) -> str:
        if plan.local is None:
            return self.tr("new in this vault")
        if plan.status == "unchanged":
            return self.tr("{reference}: nothing new").format(reference=plan.local_reference)
        return self.tr("merged into {reference}").format(reference=plan.local_reference)

    def _fill_personal(self) -> None:
        """Names and personal values, or ••• in discreet mode."""
        self.cases_model.set_discreet(self._discreet)
        self.differences_model.set_discreet(self._discreet)
        if self.preview is None:
            return
        self.cases.resizeColumnsToContents()
        self._fit_rows()

    def _fit_rows(self) -> None:
        for table in (self.cases, self.differences):
            table.resizeRowsToContents()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_rows()

    def set_discreet(self, on: bool) -> None:
        self._discreet = bool(on)
        self._fill_personal()

    def _accepted_rows(self) -> list[int]:
        return self.cases_model.ticked_rows()

    def _update(self) -> None:
        ok = self.preview is not None and not self.preview.nothing_new
        if ok and self.preview is not None and not self.preview.sender.trusted:
            ok = self.compared.isChecked() and bool(self.trust_name.text().strip())
        self.import_button.setEnabled(ok and bool(self._accepted_rows()))

    # --- importing --------------------------------------------------------------------
    def do_import(self) -> None:
        preview = self.preview
        if preview is None:
            return
        accepted = set(self._accepted_rows())
        take = self.differences_model.taken()
        decisions = {
            plan.incoming.origin: service.Decision(
                r in accepted, frozenset(take.get(plan.incoming.origin, set()))
            )
            for r, plan in enumerate(preview.plans)
        }
        trust = None
        if not preview.sender.trusted:
            # the person ticked that the fingerprint on screen is the sender's
            trust = service.Trust(
                self.trust_name.text().strip(),
                self.trust_office.text().strip(),
                preview.sender.fingerprint,
            )
        self.import_button.setEnabled(False)

        def done(result: service.ImportResult) -> None:
            self.imported.emit(result)
            lines = []
            if result.trusted is not None:
                lines.append(
                    self.tr("{name} is now a trusted colleague.").format(
                        name=result.trusted.label()
                    )
                )
            if result.imported:
                lines.append(self.tr("Imported: {refs}").format(refs=", ".join(result.imported)))
            if result.unchanged:
                lines.append(
                    self.tr("Nothing new: {refs}").format(refs=", ".join(result.unchanged))
                )
            if result.rejected:
                lines.append(
                    self.tr("Rejected (nothing written): {refs}").format(
                        refs=", ".join(result.rejected)
                    )
                )
            if not lines:
                lines.append(self.tr("Nothing was imported."))
            box = show_message(
                self,
                self.tr("Bundle imported"),
                "\n".join(lines),
                icon=QMessageBox.Icon.Information,
            )
            box.finished.connect(lambda _r: self.accept())

        def failed(exc: BaseException) -> None:
            self.problem.setText(error_text(exc))
            self._update()

        self._task = (
            Task(lambda: service.apply_import(self._vault, preview, decisions, trust=trust))
            .success(done)
            .failure(failed)
        )
        self._task.run()
