"""Consent per purpose (issue 12): give, withdraw, and what a withdrawal asks
for. The purposes and texts are data (``resources/privacy/consent.json``);
the records live on the case (``Case.consents``, stored by the case
repository, which refuses a name or contact without consent to store:
``cases.model.consent_problems``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from dime_desktop.cases.model import (
    CONSENT_GIVEN,
    CONSENT_NOT_RECORDED,
    CONSENT_PURPOSES,
    CONSENT_STORE,
    CONSENT_WITHDRAWN,
    Case,
    CaseConsent,
    FollowUp,
)
from dime_desktop.errors import ReferenceDataError
from dime_desktop.paths import resource_path

FOLLOW_UP_SOURCE = "consent:"  # + the purpose: FollowUp.source of a withdrawal's follow-up
STATE_NONE = "none"


@dataclass(frozen=True)
class Purpose:
    code: str
    label: dict[str, str]
    help: dict[str, str]
    follow_up: dict[str, str]


@dataclass(frozen=True)
class ConsentTexts:
    purposes: dict[str, Purpose]
    statuses: dict[str, dict[str, str]]
    not_recorded: dict[str, str]

    def label(self, purpose: str, lang: str) -> str:
        p = self.purposes.get(purpose)
        return purpose if p is None else p.label.get(lang, p.label["en"])

    def status(self, status: str, lang: str) -> str:
        return self.statuses.get(status, {}).get(lang, status)


@lru_cache(maxsize=1)
def texts() -> ConsentTexts:
    path = resource_path("privacy", "consent.json")
    try:
        doc: Any = json.loads(path.read_text(encoding="utf-8"))
        purposes = {}
        for n, p in enumerate(doc["purposes"]):
            purposes[p["code"]] = Purpose(
                p["code"], {"nb": p["nb"], "en": p["en"]}, p["help"], p["follow_up"]
            )
            if p["code"] != CONSENT_PURPOSES[n]:
                raise KeyError(f"purposes[{n}] is {p['code']!r}, expected {CONSENT_PURPOSES[n]!r}")
        return ConsentTexts(purposes, doc["statuses"], doc["not_recorded"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReferenceDataError(path, "purposes", str(exc)) from None


def state_of(case: Case, purpose: str) -> str:
    """``given``, ``withdrawn``, ``not_recorded`` or ``none`` (never asked)."""
    record = case.consent_of(purpose)
    return STATE_NONE if record is None else record.status


def _replace(case: Case, record: CaseConsent) -> None:
    case.consents = [c for c in case.consents if c.purpose != record.purpose]
    case.consents.append(record)
    case.consents.sort(key=lambda c: CONSENT_PURPOSES.index(c.purpose))
    if record.purpose == CONSENT_STORE and case.client is not None:
        case.client.consent_to_store = record.active


def give(
    case: Case, purpose: str, on: date | None, method: str | None, note: str = ""
) -> CaseConsent:
    """Record the consent to ``purpose`` as given (replacing an earlier record)."""
    if purpose not in CONSENT_PURPOSES:
        raise ValueError(f"unknown consent purpose {purpose!r}")
    record = CaseConsent(purpose, CONSENT_GIVEN, on, method, note.strip())
    _replace(case, record)
    return record


def withdraw(case: Case, purpose: str, on: date, note: str, lang: str) -> FollowUp:
    """Record the withdrawal of the consent to ``purpose`` (date and note) and
    put the follow-up it asks for on the case, due the same day
    ("remove the client's contact details", "stop the referral"). Returns it."""
    current = case.consent_of(purpose)
    given_on = current.given_on if current is not None else None
    method = current.method if current is not None else None
    given_note = current.note if current is not None else ""
    record = CaseConsent(purpose, CONSENT_WITHDRAWN, given_on, method, given_note, on, note.strip())
    _replace(case, record)
    text = (
        texts().purposes[purpose].follow_up.get(lang) or texts().purposes[purpose].follow_up["en"]
    )
    source = FOLLOW_UP_SOURCE + purpose
    for f in case.follow_ups:  # withdrawn twice: one follow-up
        if f.source == source and not f.done:
            f.due, f.note = on, text
            return f
    follow = FollowUp(due=on, note=text, source=source)
    case.follow_ups.append(follow)
    return follow


def mark_not_recorded(case: Case, purposes: tuple[str, ...] = CONSENT_PURPOSES) -> None:
    """An earlier register's case: every purpose without a record becomes
    "not recorded" (the import maps what it can first)."""
    for purpose in purposes:
        if not any(c.purpose == purpose for c in case.consents):
            if (
                purpose == CONSENT_STORE
                and case.client is not None
                and case.client.consent_to_store
            ):
                give(case, purpose, None, None)  # the register said yes, not when or how
                continue
            case.consents.append(CaseConsent(purpose, CONSENT_NOT_RECORDED))
    case.consents.sort(key=lambda c: CONSENT_PURPOSES.index(c.purpose))


def answer_store(case: Case, agrees: bool, today: date) -> None:
    """The intake's question "does the person consent to us storing it?":
    yes gives it (today, orally) unless it stands; no takes back a yes given
    today (the same conversation) and otherwise changes nothing (a withdrawal
    is recorded with its date and note on the consent tab)."""
    if case.client is None:
        return
    record = next((c for c in case.consents if c.purpose == CONSENT_STORE), None)
    if agrees:
        if record is None or not record.active:
            give(case, CONSENT_STORE, today, "oral")
        case.client.consent_to_store = True
        return
    if record is None:
        case.client.consent_to_store = False
    elif record.active and record.given_on == today:
        case.consents = [c for c in case.consents if c.purpose != CONSENT_STORE]
        case.client.consent_to_store = False
