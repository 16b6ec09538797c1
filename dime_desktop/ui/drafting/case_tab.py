"""The documents tab of the case form (registered in ``ui/cases/case_form.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dime_desktop.ui.drafting.drafts_panel import DraftsPanel


def drafts_tab(form: Any, vault: Any, settings: Any) -> tuple[QWidget, str]:
    panel = DraftsPanel(vault, settings, form, form)
    return panel, QCoreApplication.translate("DraftsPanel", "Doc&uments")
