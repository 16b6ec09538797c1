"""Discreet mode for what other capabilities show inside a case: while the case
form covers the client's name and texts (discreet mode, until "Show this
case"), a ``DiscreetCover`` shows a note instead of its content.

It follows the case form without being told: it listens to the form's own
covers (``currentChanged`` of each covered field) and asks ``form.is_revealed()``.
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class DiscreetCover(QStackedWidget):
    """``content``, or (while the case is covered) a note, with a button that
    shows the case when ``button_text`` is given (windows of their own)."""

    def __init__(
        self,
        content: QWidget,
        form: Any,
        text: str,
        button_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._form_ref = weakref.ref(form)
        self.content = content
        note = QWidget(self)
        layout = QVBoxLayout(note)
        self.note = QLabel(text, note)
        self.note.setWordWrap(True)
        self.show_button = QPushButton(button_text, note)
        self.show_button.clicked.connect(self._reveal)
        self.show_button.setVisible(bool(button_text))  # in the case form: its own button
        layout.addWidget(self.note)
        layout.addWidget(self.show_button)
        layout.addStretch(1)
        self.addWidget(content)
        self.addWidget(note)
        for cover in form.findChildren(QStackedWidget):
            if cover is not self and callable(getattr(cover, "covered", None)):
                cover.currentChanged.connect(lambda _i: self.update_cover())
        self.update_cover()

    def covered(self) -> bool:
        form = self._form_ref()
        revealed = getattr(form, "is_revealed", None)
        return callable(revealed) and not revealed()

    def update_cover(self) -> None:
        self.setCurrentIndex(1 if self.covered() else 0)

    def _reveal(self) -> None:
        form = self._form_ref()
        button = getattr(form, "reveal_button", None)
        if isinstance(button, QPushButton) and self.covered():
            button.click()
        self.update_cover()

    def showEvent(self, event: QShowEvent) -> None:
        self.update_cover()
        super().showEvent(event)
