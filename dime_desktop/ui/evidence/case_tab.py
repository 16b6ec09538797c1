"""The evidence tab of the case form (registered in ``ui/cases/case_form.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dime_desktop.ui.evidence.evidence_panel import EvidencePanel


def evidence_tab(form: Any, vault: Any, settings: Any) -> tuple[QWidget, str]:
    panel = EvidencePanel(vault, settings, form, form)
    return panel, QCoreApplication.translate("EvidencePanel", "E&vidence")
