"""A panel on a case tab that follows the case form's case (evidence,
documents): it learns the case id when the form is first saved, and when a
form restored after a lock gets its id after the panel was built."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class CaseTabPanel(QWidget):
    """Subclasses set ``_form``, ``_case_id`` and ``_closed`` in ``__init__``,
    connect ``form.saved`` to ``_on_case_saved`` and implement ``set_case``."""

    _form: Any
    _case_id: int | None
    _closed: bool

    def set_case(self, case_id: int | None) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        # a form restored after a lock (CaseForm.from_unsaved_form_data) is
        # built with no case, so its panels are too; it then takes the case id
        # from the unsaved draft without a signal: the panel asks when shown
        # (tests/journeys/test_case_tabs_after_lock.py)
        case_id = getattr(self._form, "case_id", None)
        if case_id != self._case_id and not self._closed:
            self.set_case(case_id)
        super().showEvent(event)

    def _on_case_saved(self, case_id: int) -> None:
        if self._case_id != case_id:
            self.set_case(case_id)
