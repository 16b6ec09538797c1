"""The Handover screen: this vault's fingerprint and public key, the trusted
colleagues (name, office, fingerprint, date verified), and the two errands:
hand cases over (a bundle) and import a bundle.

The vault's key pair is made the first time this screen is shown (not at
unlock). Fingerprints are shown in a large fixed-width font, in groups, to be
read out on the phone. No client data is shown here; the import dialog obeys
discreet mode.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError
from dime_desktop.handover import service
from dime_desktop.handover.identity import PublicIdentity, read_public_identity
from dime_desktop.ui.common.dialogs import ask_open_paths, ask_save_path, show_message
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.widgets import format_date

KEY_FILTER = "DiMe public key (*.json);;All files (*)"
BUNDLE_FILTER = "DiMe handover bundle (*.dimebundle);;All files (*)"


def fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10) * 1.4)
    font.setBold(True)
    return font


def fingerprint_label(text: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setFont(fingerprint_font())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    return label


class AddContactDialog(QDialog):
    """A colleague's public key file: its fingerprint to compare, their name and
    office, and the box that says it was compared. Trust adds the contact."""

    def __init__(self, vault: Any, identity: PublicIdentity, path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault = vault
        self._identity = identity
        self.setWindowTitle(self.tr("Add a colleague"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QLabel(
            self.tr(
                "Compare this fingerprint with the colleague, in person or on the phone. "
                "Trust the key only when every character is the same."
            )
        )
        intro.setWordWrap(True)
        self.fingerprint = fingerprint_label(identity.fingerprint, self.tr("Their fingerprint"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.office = QLineEdit(identity.office)
        self.office.setAccessibleName(self.tr("Office"))
        self.compared = QCheckBox(self.tr("I have compared the fingerprint with the colleague"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Office"), self.office)
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton(
            self.tr("Trust"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.trust_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._trust)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        self.compared.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.compared)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.added: Any = None

    def _update(self) -> None:
        self.trust_button.setEnabled(bool(self.name.text().strip()) and self.compared.isChecked())

    def _trust(self) -> None:
        try:
            self.added = self._vault.identity.add_contact(
                self.name.text(),
                self._identity,
                office=self.office.text(),
                verified_on=date.today(),
            )
        except DimeError as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()


class HandoverView(QWidget):
    """The Handover screen (see the module's notes)."""

    COL_NAME, COL_OFFICE, COL_FINGERPRINT, COL_VERIFIED = range(4)

    def __init__(self, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HandoverView")
        self._vault = vault
        self._settings = settings
        self._lang = str(getattr(settings, "language", "nb"))
        self._main = parent
        self._dialogs: list[QWidget] = []
        self._loaded = False

        title = QLabel(self.tr("Handover"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Cases travel between vaults as files: encrypted to the colleague's vault "
                "and signed by this one. Compare fingerprints once, in person or on the phone."
            )
        )
        intro.setWordWrap(True)

        own = QGroupBox(self.tr("This vault"))
        self.own_fingerprint = fingerprint_label("", self.tr("This vault's fingerprint"))
        self.office = QLineEdit()
        self.office.setAccessibleName(self.tr("This office"))
        self.office.setPlaceholderText(self.tr("for example Diskrimineringshjelpen Oslo"))
        self.office.editingFinished.connect(self._save_office)
        self.save_key_button = QPushButton(self.tr("Save the public key…"))
        self.save_key_button.clicked.connect(self.save_public_key)
        own_form = QFormLayout(own)
        own_form.addRow(self.tr("Fingerprint"), self.own_fingerprint)
        own_form.addRow(self.tr("Office"), self.office)
        key_row = QHBoxLayout()
        key_row.addWidget(self.save_key_button)
        key_row.addStretch(1)
        own_form.addRow("", key_row)

        trusted = QGroupBox(self.tr("Trusted colleagues"))
        from dime_desktop.ui.handover.models import ContactsModel

        self.contacts_model = ContactsModel(lambda day: format_date(day, self._lang), self)
        self.contacts = QTableView()
        self.contacts.setModel(self.contacts_model)
        self.contacts.setAccessibleName(self.tr("Trusted colleagues"))
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.add_contact_button = QPushButton(self.tr("Add a colleague…"))
        self.add_contact_button.clicked.connect(lambda: self.add_contact())
        self.remove_contact_button = QPushButton(self.tr("Remove"))
        self.remove_contact_button.setAccessibleName(self.tr("Remove the colleague"))
        self.remove_contact_button.clicked.connect(self._remove_contact)
        row = QHBoxLayout()
        row.addWidget(self.add_contact_button)
        row.addWidget(self.remove_contact_button)
        row.addStretch(1)
        tl = QVBoxLayout(trusted)
        tl.addWidget(self.contacts)
        tl.addLayout(row)

        bundles = QGroupBox(self.tr("Cases"))
        self.export_button = QPushButton(self.tr("Hand over cases…"))
        self.export_button.clicked.connect(lambda: self.open_export())
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        self.import_button.clicked.connect(lambda: self.open_import())
        bl = QHBoxLayout(bundles)
        bl.addWidget(self.export_button)
        bl.addWidget(self.import_button)
        bl.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(own)
        layout.addWidget(trusted, 1)
        layout.addWidget(bundles)

        # Case → Hand over cases… (the open case, or those selected in the list)
        self.export_action = QAction(self.tr("&Hand over cases…"), self)
        self.export_action.triggered.connect(self._export_from_main)
        self.import_action = QAction(self.tr("Import a &handover bundle…"), self)
        self.import_action.triggered.connect(lambda: self.open_import())

    # --- state ---------------------------------------------------------------------
    @property
    def discreet(self) -> bool:
        return bool(getattr(self._main, "discreet", True))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Show this vault's fingerprint (the key pair is made now if it has none)."""
        if self._vault is None or not self._vault.is_open:
            return
        try:
            identity = self._vault.identity.public()
            contacts = self._vault.identity.contacts()
        except DimeError as exc:
            self.own_fingerprint.setText(error_text(exc))
            return
        self._loaded = True
        self.own_fingerprint.setText(identity.fingerprint)
        if not self.office.hasFocus():
            self.office.setText(identity.office)
        self.contacts_model.set_contacts(contacts)

    def clear(self) -> None:
        """On lock: close the dialogs, forget what was shown."""
        for dialog in list(self._dialogs):
            dialog.close()
        self._dialogs.clear()
        self.contacts_model.set_contacts([])
        self.own_fingerprint.clear()
        self._loaded = False

    def set_discreet(self, on: bool) -> None:
        for dialog in self._dialogs:
            setter = getattr(dialog, "set_discreet", None)
            if callable(setter):
                setter(on)

    def _keep(self, dialog: QWidget) -> QWidget:
        self._dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )
        dialog.finished.connect(lambda *_: self.reload())  # type: ignore[attr-defined]
        return dialog

    # --- this vault ------------------------------------------------------------------
    def _save_office(self) -> None:
        if self._vault is None or not self._vault.is_open:
            return
        try:
            if self.office.text().strip() != self._vault.identity.office():
                self._vault.identity.set_office(self.office.text())
        except DimeError as exc:
            show_message(self, self.tr("Handover"), error_text(exc))

    def save_public_key(self) -> None:
        def chosen(path: Path) -> None:
            self._save_office()
            try:
                identity = service.export_identity(self._vault, path)
            except DimeError as exc:
                show_message(self, self.tr("Handover"), error_text(exc))
                return
            show_message(
                self,
                self.tr("Public key saved"),
                self.tr(
                    "Saved {path}. Give it to your colleague (it holds no secret) and read "
                    "them the fingerprint {fingerprint} when they add it."
                ).format(path=path, fingerprint=identity.fingerprint),
                icon=QMessageBox.Icon.Information,
            )

        ask_save_path(
            self,
            self.tr("Save the public key"),
            "dime-public-key.json",
            KEY_FILTER,
            chosen,
            default_suffix="json",
        )

    # --- colleagues ------------------------------------------------------------------
    def add_contact(self, path: Path | None = None) -> None:
        if path is None:
            ask_open_paths(
                self,
                self.tr("The colleague's public key"),
                KEY_FILTER,
                lambda paths: self.add_contact(paths[0]),
                many=False,
            )
            return
        try:
            identity = read_public_identity(path)
        except DimeError as exc:
            show_message(self, self.tr("Add a colleague"), error_text(exc))
            return
        dialog = AddContactDialog(self._vault, identity, path, self)
        self._keep(dialog)
        dialog.open()

    def _remove_contact(self) -> None:
        from dime_desktop.ui.handover.models import ContactIdRole

        index = self.contacts.currentIndex()
        if not index.isValid():
            return
        contact_id = int(self.contacts_model.data(index, ContactIdRole))
        from dime_desktop.ui.common.widgets import confirm_removal

        def remove() -> None:
            self._vault.identity.remove_contact(contact_id)
            self.reload()

        confirm_removal(
            self,
            self.tr("Remove the colleague"),
            self.tr(
                "Remove {name}? Bundles from them are then refused until trusted again."
            ).format(name=self.contacts_model.index(index.row(), 0).data()),
            remove,
        )

    # --- bundles ---------------------------------------------------------------------
    def _selected_references(self) -> list[str]:
        main = self._main
        if main is None:
            return []
        tabs = getattr(main, "case_tabs", None)
        current = tabs.currentWidget() if tabs is not None else None
        reference = getattr(current, "case_reference", None)
        if reference:
            return [str(reference)]
        table = getattr(main, "table", None)
        model = getattr(main, "model", None)
        if table is None or model is None:
            return []
        refs = []
        for index in table.selectionModel().selectedRows():
            row = model.row_at(index.row())
            if row is not None:
                refs.append(row.reference)
        return refs

    def _export_from_main(self) -> None:
        self.open_export(self._selected_references())

    def open_export(self, references: list[str] | None = None) -> QWidget:
        from dime_desktop.ui.handover.export_dialog import ExportDialog

        dialog = ExportDialog(self._vault, self._settings, references or [], self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_import(self, path: Path | None = None) -> QWidget | None:
        if path is None:
            ask_open_paths(
                self,
                self.tr("Import a handover bundle"),
                BUNDLE_FILTER,
                self._import_chosen,
                many=False,
            )
            return None
        from dime_desktop.ui.handover.import_dialog import ImportDialog

        dialog = ImportDialog(self._vault, self._settings, path, self, discreet=self.discreet)
        dialog.imported.connect(self._after_import)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _import_chosen(self, paths: list[Path]) -> None:
        self.open_import(paths[0])

    def _after_import(self, _result: object) -> None:
        reload = getattr(self._main, "reload", None)
        if callable(reload):
            reload()
        self.reload()
