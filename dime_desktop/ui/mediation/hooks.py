"""The mediation desk's hook in the advice desk's case form: a button
"Refer to mediation…" on its Mediation tab. Once the case has a mediation
record, the button opens it and the form's own mediation fields (referred,
area, outcome) are read-only (``CaseForm.set_mediation_kept``): the record is
the truth, and the case's columns follow it.

``add_referral_button(form, layout)`` is the one call the case form makes. The
button opens the case's mediation case in the Mediation screen of the same
main window (a new referral, prefilled from the case, when it has none yet);
it waits until the case is saved, since a referral points at a stored case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from dime_desktop.errors import DimeError


def _view_of(form: QWidget) -> Any:
    from dime_desktop.ui.mediation.mediation_view import MediationView

    window = form.window()
    try:  # the main window builds its screens when first asked for (issue 14)
        view = getattr(window, "mediation_view", None)
    except AttributeError:
        view = None
    return view if isinstance(view, MediationView) else window.findChild(MediationView)


def open_mediation_record(widget: QWidget, case_id: int) -> bool:
    """Open the mediation case of advice case ``case_id`` in the Mediation screen
    of ``widget``'s main window (False: that window has no Mediation screen)."""
    view = _view_of(widget)
    if view is None:
        return False
    screen = view.open_case(int(case_id))
    if screen is None:
        return False
    screen.show_follow_ups()
    return True


def add_referral_button(form: Any, layout: QFormLayout) -> QPushButton:
    """Add the button (and a one-line hint) to ``layout`` of ``form`` (a CaseForm)."""
    button = QPushButton(form)
    button.setAccessibleName(QCoreApplication.translate("MediationHook", "Refer to mediation"))
    hint = QLabel(form)
    hint.setWordWrap(True)
    row = QWidget(form)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(button)
    line.addWidget(hint, 1)
    layout.addRow("", row)

    def update(*_args: object) -> None:
        case_id = getattr(form, "case_id", None)
        has_record = False
        vault = getattr(form, "_vault", None)
        if case_id is not None and vault is not None and vault.is_open:
            try:
                has_record = vault.mediation.find(case_id) is not None
            except DimeError:
                has_record = False
        button.setText(
            QCoreApplication.translate("MediationHook", "Open the mediation case")
            if has_record
            else QCoreApplication.translate("MediationHook", "&Refer to mediation…")
        )
        button.setEnabled(case_id is not None)
        if case_id is None:
            text = QCoreApplication.translate(
                "MediationHook", "Save the case first: a referral points at a saved case."
            )
        elif has_record:
            text = QCoreApplication.translate(
                "MediationHook",
                "The mediation desk keeps the referral, the area and the outcome of this "
                "case: change them in the mediation case.",
            )
        else:
            text = ""
        hint.setText(text)
        set_kept = getattr(form, "set_mediation_kept", None)
        if callable(set_kept):
            set_kept(has_record)

    def refer() -> None:
        case_id = getattr(form, "case_id", None)
        view = _view_of(form)
        if case_id is None or view is None:
            return
        screen = view.refer_case(int(case_id))
        if screen is not None:  # a new referral, once saved, makes the fields the desk's
            screen.saved.connect(update)

    button.clicked.connect(refer)
    form.saved.connect(update)
    update()
    return button
