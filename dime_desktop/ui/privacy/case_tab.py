"""The case form's "Who saw this case" tab (issue 12): the access log of the
case — when, who, what (changed fields by name) — newest first, and the two
actions of the person's rights on this case: their own copy (art. 15) and
deletion (art. 17). Registered in ``ui/cases/case_form.extra_tab_factories``."""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.privacy.log_model import COL_CASE, COL_DETAIL, LogTableModel


class AccessPanel(QWidget):
    """Who saw the case of ``form`` (held weakly)."""

    def __init__(self, form: Any, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = weakref.ref(form)
        self._vault = vault
        self._settings = settings
        self._lang = str(getattr(settings, "language", "nb"))
        self.note = QLabel(
            self.tr(
                "Every opening, change, print and export of this case, with who did it. "
                "The log never holds what was written."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.model = LogTableModel(self._lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Who saw this case"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setColumnHidden(COL_CASE, True)
        self.table.setColumnHidden(COL_DETAIL, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel(self)
        self.copy_button = QPushButton(self.tr("The person's own &copy…"), self)
        self.copy_button.setAccessibleName(self.tr("The person's own copy"))
        self.copy_button.setToolTip(
            self.tr("Everything the vault holds about the client (GDPR art. 15)")
        )
        self.copy_button.clicked.connect(self.open_subject_export)
        self.delete_button = QPushButton(self.tr("&Delete the case…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the case"))
        self.delete_button.clicked.connect(self.open_delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.dialog: QWidget | None = None
        form.saved.connect(lambda _id: self.reload())
        form.form_closed.connect(lambda _f: self.close_dialog())
        self.reload()

    def case_id(self) -> int | None:
        form = self._form()
        return None if form is None else form.case_id

    def reload(self) -> None:
        case_id = self.case_id()
        saved = case_id is not None
        self.copy_button.setEnabled(saved)
        self.delete_button.setEnabled(saved)
        if not saved or self._vault is None or not self._vault.is_open:
            self.model.clear()
            self.status.setText(self.tr("Saved cases have a log."))
            return
        try:
            entries = self._vault.access_log.for_case(case_id)
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return
        self.model.set_entries(entries)
        n = len(entries)
        self.status.setText(self.tr("1 entry") if n == 1 else self.tr("{n} entries").format(n=n))

    def showEvent(self, event: Any) -> None:
        self.reload()
        super().showEvent(event)

    def close_dialog(self) -> None:
        if self.dialog is not None:
            import shiboken6

            if shiboken6.isValid(self.dialog):
                self.dialog.close()
            self.dialog = None

    def open_subject_export(self) -> QWidget | None:
        from dime_desktop.ui.privacy.dialogs import SubjectExportDialog

        case_id = self.case_id()
        if case_id is None:
            return None
        dialog = SubjectExportDialog(self._vault, self._settings, case_id, self)
        dialog.made.connect(lambda _p: self._case_saved_elsewhere())
        dialog.finished.connect(lambda _r: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _case_saved_elsewhere(self) -> None:
        form = self._form()
        if form is not None:
            form.reload_from_vault()  # the request's follow-up is on the case now

    def open_delete(self) -> QWidget | None:
        from dime_desktop.ui.privacy.dialogs import DeleteCaseDialog

        case_id = self.case_id()
        form = self._form()
        if case_id is None or form is None:
            return None
        dialog = DeleteCaseDialog(self._vault, [case_id], self)
        dialog.erased.connect(lambda _ids, f=form: f.close_without_asking())
        self.dialog = dialog
        dialog.open()
        return dialog


def access_tab(form: Any, vault: Any, settings: Any) -> tuple[QWidget, str]:
    panel = AccessPanel(form, vault, settings, form)
    return panel, QCoreApplication.translate("AccessPanel", "&Who saw this case")
