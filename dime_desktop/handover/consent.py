"""The client's consent to share a case, as a handover checks and shows it.

The consent record of issue 12 (helper "gdpr": consent per purpose) is not on
main yet; until it is, the case's "consent to store" (``Client.consent_to_store``)
stands in for the consent to share. ``consent_to_share`` is the ONE place to
switch over (read the record's "share" purpose first when it exists).
"""

from __future__ import annotations

from typing import Any

from dime_desktop.cases.model import Case
from dime_desktop.handover.content import ConsentToShare


def consent_to_share(vault: Any, case: Case) -> ConsentToShare:
    """What the vault knows of the client's consent to share ``case``.

    An anonymous contact (no client, or a client with no name, contact details
    or notes) has nobody to ask: ``source`` "anonymous", given."""
    # ISSUE 12 SWITCH-OVER: when the consent record exists, read its "share"
    # purpose here (given, recorded_on) and return source "consent_record".
    client = case.client
    if client is None or not (
        client.name.strip() or client.contact.strip() or client.notes.strip()
    ):
        return ConsentToShare(True, "anonymous")
    return ConsentToShare(bool(client.consent_to_store), "consent_to_store")


def record_handed_over(vault: Any, references: list[str], to: str) -> None:
    """ISSUE 12 CALL SITE: log "handed over" in the access log (the gdpr
    helper's hash-chained log) for each reference, to the contact ``to``.
    The log is not on main yet, so nothing is recorded here; the handover
    itself is kept in the table ``handover_sent``."""
    return None
