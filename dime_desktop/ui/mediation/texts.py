"""Words for the mediation screens: what a problem of the core means, in the
user's language (context "Mediation"), naming the checklist item or the party."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dime_desktop.errors import FieldProblem
from dime_desktop.mediation.checklist import Checklist, default_checklist
from dime_desktop.mediation.model import MediationRecord


def term_state_text(state: str) -> str:
    """fulfilled, late, broken, open, overdue as words."""
    return {
        "fulfilled": QCoreApplication.translate("Mediation", "Fulfilled"),
        "late": QCoreApplication.translate("Mediation", "Fulfilled late"),
        "broken": QCoreApplication.translate("Mediation", "Broken"),
        "open": QCoreApplication.translate("Mediation", "Open"),
        "overdue": QCoreApplication.translate("Mediation", "Overdue"),
    }.get(state, state)


def problem_text(
    p: FieldProblem, record: MediationRecord | None, lang: str, checklist: Checklist | None = None
) -> str:
    """One problem of the record or of a step as a sentence."""
    cl = checklist or default_checklist()
    item_label = ""
    if p.field.startswith("suitability."):
        item = cl.item(p.field.split(".", 1)[1])
        item_label = item.label.get(lang) if item is not None else p.field
    party = p.value
    if record is not None and "." in p.field and p.field.split(".")[0] in ("consent", "parties"):
        found = record.party(p.field.split(".", 1)[1])
        if found is not None:
            party = found.display_name() or party
    code, field = p.code, p.field
    if code == "unanswered":
        return QCoreApplication.translate("Mediation", "Not answered: {item}").format(
            item=item_label
        )
    if code == "no_without_reason":
        return QCoreApplication.translate(
            "Mediation", "“{item}” is answered no: write the reason to go on."
        ).format(item=item_label)
    if code == "review_again":
        return QCoreApplication.translate(
            "Mediation", "Answer “{item}” again: the parties or their consents have changed."
        ).format(item=item_label)
    if code == "client_missing":
        return QCoreApplication.translate("Mediation", "Add the client as a party.")
    if code == "other_party_missing":
        return QCoreApplication.translate("Mediation", "Add the other party.")
    if code == "consent_missing":
        return QCoreApplication.translate(
            "Mediation", "{party} has not consented to mediation."
        ).format(party=party)
    if code == "consent_withdrawn":
        return QCoreApplication.translate(
            "Mediation", "{party} has withdrawn the consent to mediation."
        ).format(party=party)
    if code == "guardian_missing":
        return QCoreApplication.translate(
            "Mediation", "{party} is under 18: add a guardian."
        ).format(party=party)
    if code == "no_meeting_held":
        return QCoreApplication.translate("Mediation", "No meeting is marked as held.")
    if code == "not_agreement":
        return QCoreApplication.translate("Mediation", "The outcome is not an agreement.")
    if code == "who_missing":
        return QCoreApplication.translate("Mediation", "{term}: choose who does it.").format(
            term=_term(p.value)
        )
    if code == "what_missing":
        return QCoreApplication.translate("Mediation", "{term}: write what is to be done.").format(
            term=_term(p.value)
        )
    if code == "not_all_fulfilled":
        return QCoreApplication.translate(
            "Mediation", "Not every term of the agreement is fulfilled."
        )
    if code == "closed_before_referred":
        return QCoreApplication.translate(
            "Mediation", "The case cannot be closed before it was referred."
        )
    if code == "accompanies_unknown":
        return QCoreApplication.translate(
            "Mediation", "{name}: choose the party this person accompanies."
        ).format(name=p.value)
    if code in ("withdrawn_without_consent", "withdrawn_before_given"):
        return QCoreApplication.translate(
            "Mediation", "A consent is withdrawn before it was given."
        )
    if code == "two_clients":
        return QCoreApplication.translate("Mediation", "Only one party can be the client.")
    if code == "party_unknown":
        return QCoreApplication.translate(
            "Mediation", "A party that is no longer in the case is named."
        )
    if code == "status_date_missing":
        return QCoreApplication.translate(
            "Mediation", "{term}: fill in the date it was followed up."
        ).format(term=_term(p.value))
    if code == "not_allowed":
        return QCoreApplication.translate(
            "Mediation", "This step is not possible from the case's stage."
        )
    if code == "closed":
        return QCoreApplication.translate("Mediation", "The case is closed. Reopen it first.")
    if code == "required":
        if field == "area":
            return QCoreApplication.translate("Mediation", "Choose the mediation area.")
        if field == "referral_consent":
            return QCoreApplication.translate(
                "Mediation", "Record that the client consented to the referral, and when."
            )
        if field == "referral_consent_method":
            return QCoreApplication.translate(
                "Mediation", "Record how the client gave consent to the referral."
            )
        if field == "agreement_on":
            return QCoreApplication.translate(
                "Mediation", "Fill in the date the agreement was made."
            )
        if field == "terms":
            return QCoreApplication.translate(
                "Mediation", "Add at least one term to the agreement."
            )
        if field == "closing_reason":
            return QCoreApplication.translate("Mediation", "Choose why the case is closed.")
        if field == "outcome":
            return QCoreApplication.translate("Mediation", "Choose the outcome first.")
        if field == "closed_on":
            return QCoreApplication.translate("Mediation", "Fill in the date the case was closed.")
        return QCoreApplication.translate(
            "Mediation", "Something must be filled in: {field}"
        ).format(field=field)
    if code == "unknown_value":
        return QCoreApplication.translate("Mediation", "Unknown value “{value}”.").format(
            value=p.value
        )
    return QCoreApplication.translate("Mediation", "{field}: {problem}").format(
        field=field, problem=code.replace("_", " ")
    )


def _term(value: str) -> str:
    """ "term 2" → "Term 2" in the user's language."""
    number = value.rsplit(" ", 1)[-1]
    return QCoreApplication.translate("Mediation", "Term {number}").format(number=number)
