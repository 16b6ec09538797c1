"""Windows of their own (the document editor, the evidence viewer) still obey
the app's keys: Ctrl+L locks from anywhere, as it does in the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_lock_shortcut(window: QWidget, main_window: Callable[[], QWidget | None]) -> QAction:
    """Ctrl+L in ``window`` triggers the lock action of ``main_window()``."""
    action = QAction(window)
    action.setShortcut(QKeySequence("Ctrl+L"))

    def lock() -> None:
        main = main_window()
        lock_action = getattr(main, "lock_action", None) if main is not None else None
        if isinstance(lock_action, QAction):
            lock_action.trigger()

    action.triggered.connect(lock)
    window.addAction(action)
    return action
