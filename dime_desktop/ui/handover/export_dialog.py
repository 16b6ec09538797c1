"""Hand over cases: which cases, to which trusted colleague, the whole case or
a referral summary; the client's consent per case is shown before anything
is written; the bundle is saved 0600 and the app says it holds personal data,
encrypted."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError
from dime_desktop.handover import service
from dime_desktop.handover.content import FULL, SUMMARY
from dime_desktop.ui.common.dialogs import ask_save_path, show_message
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.handover.models import ConsentModel
from dime_desktop.ui.handover.texts import consent_text

BUNDLE_FILTER = "DiMe handover bundle (*.dimebundle)"


def split_references(text: str) -> list[str]:
    return [r for r in re.split(r"[\s,;]+", text.strip().upper()) if r]


class ExportDialog(QDialog):
    def __init__(
        self, vault: Any, settings: Any, references: list[str], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._settings = settings
        self._task: Task[Any] | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Hand over cases"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.cases = QLineEdit(", ".join(references))
        self.cases.setAccessibleName(self.tr("Cases (references)"))
        self.cases.setPlaceholderText("DH-2024-001, DH-2024-002")
        self.cases.editingFinished.connect(self.check)
        self.to = QComboBox()
        self.to.setAccessibleName(self.tr("To"))
        contacts = vault.identity.contacts()
        for c in contacts:
            self.to.addItem(f"{c.label()} – {c.fingerprint}", c.fingerprint)
        self.whole = QRadioButton(
            self.tr("The whole case: journal, intake, follow-ups, documents and evidence")
        )
        self.summary = QRadioButton(self.tr("A referral summary only (what the mediator needs)"))
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.summary)
        self.whole.setChecked(True)
        self.whole.toggled.connect(lambda _on: self.check())

        self.table_model = ConsentModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Consent to share"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        note = QLabel(
            self.tr(
                "The file holds personal data, encrypted: only the colleague's vault can open "
                "it. Move it on a stick or send it as you would a letter, and delete it once "
                "it has been imported."
            )
        )
        note.setWordWrap(True)
        if not contacts:
            self.problem.setText(
                self.tr("Add the colleague first: Handover → Add a colleague… (their public key).")
            )

        form = QFormLayout()
        form.addRow(self.tr("Cases"), self.cases)
        form.addRow(self.tr("To"), self.to)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save the bundle…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.ask_where)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.whole)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 110, self.fontMetrics().height() * 28)
        self.check()

    @property
    def content(self) -> str:
        return SUMMARY if self.summary.isChecked() else FULL

    def check(self) -> bool:
        """Show each case's consent; True when the bundle can be made."""
        refs = split_references(self.cases.text())
        rows: list[tuple[str, str]] = []
        ok = bool(refs) and self.to.count() > 0
        problems = []
        for ref in refs:
            try:
                (found,) = service.export_checks(self._vault, [ref], content=self.content)
            except DimeError as exc:
                problems.append(error_text(exc))
                ok = False
                continue
            text = consent_text(found.consent.source, found.consent.given)
            if found.has_mediation:
                text += " · " + self.tr("with its mediation record")
            rows.append((found.reference, text))
            if not found.consent.given:
                ok = False
                problems.append(
                    self.tr(
                        "{reference}: the client has not consented; it cannot be handed over."
                    ).format(reference=found.reference)
                )
        self.table_model.set_rows(rows)
        if self.to.count() == 0:
            ok = False
        elif problems or not refs:
            self.problem.setText("\n".join(problems))
        else:
            self.problem.clear()
        self.save_button.setEnabled(ok)
        return ok

    def ask_where(self) -> None:
        if not self.check():
            return
        refs = split_references(self.cases.text())
        name = (refs[0] if len(refs) == 1 else "saker") + ".dimebundle"
        ask_save_path(
            self,
            self.tr("Save the handover bundle"),
            name,
            BUNDLE_FILTER,
            self.write,
            default_suffix="dimebundle",
        )

    def write(self, path: Path) -> None:
        refs = split_references(self.cases.text())
        contact = self._vault.identity.contact_by_fingerprint(self.to.currentData())
        content = self.content
        self.save_button.setEnabled(False)

        def done(result: service.ExportResult) -> None:
            self.result_path = result.path
            self.save_button.setEnabled(True)
            n = len(result.references)
            saved = (
                self.tr(
                    "Saved {path} for {to}: 1 case. The file holds personal data, "
                    "encrypted; only that vault can open it. Delete it once it has been "
                    "imported."
                )
                if n == 1
                else self.tr(
                    "Saved {path} for {to}: {n} cases. The file holds personal data, "
                    "encrypted; only that vault can open it. Delete it once it has been "
                    "imported."
                )
            )
            box = show_message(
                self,
                self.tr("Bundle saved"),
                saved.format(path=result.path, to=contact.label(), n=n),
                icon=QMessageBox.Icon.Information,
            )
            box.finished.connect(lambda _r: self.accept())

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.problem.setText(error_text(exc))

        self._task = (
            Task(
                lambda: service.export_bundle(self._vault, refs, contact, content=content, out=path)
            )
            .success(done)
            .failure(failed)
        )
        self._task.run()
