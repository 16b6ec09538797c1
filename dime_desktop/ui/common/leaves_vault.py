"""The one warning before anything is written out of the vault (evidence
exports, documents), and the question that goes with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def leaves_vault_text() -> str:
    return QCoreApplication.translate(
        "LeavesVault",
        "The file you save now leaves the encrypted vault: anyone who can open the "
        "folder can read it. Save it only where it is safe, and delete it when it is "
        "no longer needed.",
    )


def ask_leaves_vault(
    parent: QWidget, title: str, on_continue: Callable[[], object], *, detail: str = ""
) -> QMessageBox:
    """A window-modal warning with Continue and Cancel (non-blocking);
    ``on_continue`` runs only when the user chose Continue."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(leaves_vault_text())
    if detail:
        box.setInformativeText(detail)
    go = box.addButton(
        QCoreApplication.translate("LeavesVault", "&Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("LeavesVault", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(go)
    box.setAccessibleName(title)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is go:
            on_continue()

    box.finished.connect(finished)
    box.open()
    return box
