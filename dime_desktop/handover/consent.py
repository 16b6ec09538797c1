"""The client's consent to share a case, as a handover checks and shows it,
and the access log entry of a handover.

A handover sends a case to a colleague in another vault, most often the
mediation desk, so the consent record of issue 12 that speaks for it is the
purpose "refer to mediation" (``CONSENT_MEDIATION``). A case with no such
record falls back to the client's consent to store the identity (the case's
own rule for keeping a name at all): a case kept with consent but never asked
about a referral can still be handed over, and the dialog says on what the
handover rests.
"""

from __future__ import annotations

from typing import Any

from dime_desktop.cases.model import CONSENT_MEDIATION, CONSENT_STORE, Case
from dime_desktop.handover.content import ConsentToShare
from dime_desktop.storage import access_log as audit


def consent_to_share(vault: Any, case: Case) -> ConsentToShare:
    """What the vault knows of the client's consent to share ``case``.

    An anonymous contact (no client, or a client with no name, contact details
    or notes) has nobody to ask: ``source`` "anonymous", given. A withdrawn
    referral consent refuses the handover even when storing is consented."""
    client = case.client
    if client is None or not (
        client.name.strip() or client.contact.strip() or client.notes.strip()
    ):
        return ConsentToShare(True, "anonymous")
    referral = case.consent_of(CONSENT_MEDIATION)
    if referral is not None and referral.status != "not_recorded":
        on = referral.given_on.isoformat() if referral.given_on is not None else None
        return ConsentToShare(referral.active, "consent_record", on)
    store = case.consent_of(CONSENT_STORE)
    return ConsentToShare(store is not None and store.active, "consent_to_store")


def record_handed_over(vault: Any, references: list[str], detail: str) -> None:
    """Log "handed over" for each case in the access log (``detail`` a short
    code: the bundle's content and sequence, never the contact's name)."""
    for reference in references:
        case_id = vault.cases.get(reference).id
        vault.access_log.record(audit.HANDED_OVER, case_id=case_id, detail=detail)
