"""Consent per purpose of a case (issue 12): table ``case_consents``, one row
per case and purpose, written and read with the case by
:class:`~dime_desktop.storage.cases.CaseRepository` (these functions are its
small hooks, kept apart from its queries).

A row with the purpose ``*`` (:data:`REST`) stands for "every purpose without
a row of its own is not recorded": an imported register's case gets one row,
not six (an import of 100,000 cases stays as fast as before); reading the case
expands it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from dime_desktop.cases.model import CONSENT_NOT_RECORDED, CONSENT_PURPOSES, Case, CaseConsent

REST = "*"

_INSERT = (
    "INSERT INTO case_consents (case_id, purpose, status, given_on, method, note, "
    "withdrawn_on, withdrawal_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def has_table(conn: Any) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'case_consents'"
    ).fetchone()
    return row is not None


def write_consents(
    conn: Any, cases: Iterable[tuple[int, Case]], *, replace: bool = False, rest: bool = False
) -> None:
    """Store the consents of these (new or updated) cases; ``rest``: the
    purposes without a record are "not recorded" (an import)."""
    rows: list[tuple[Any, ...]] = []
    ids: list[int] = []
    for case_id, case in cases:
        ids.append(case_id)
        if rest and len(case.consents) < len(CONSENT_PURPOSES):
            rows.append((case_id, REST, CONSENT_NOT_RECORDED, None, None, "", None, ""))
        for c in case.consents:
            rows.append(
                (
                    case_id,
                    c.purpose,
                    c.status,
                    _iso(c.given_on),
                    c.method or None,
                    c.note,
                    _iso(c.withdrawn_on),
                    c.withdrawal_note,
                )
            )
    if not rows and not replace:
        return
    if not has_table(conn):
        return
    if replace:
        conn.executemany("DELETE FROM case_consents WHERE case_id = ?", [(i,) for i in ids])
    conn.executemany(_INSERT, rows)


def load_consents(conn: Any, cases: Mapping[int, Case], ids: Sequence[int]) -> None:
    """Fill ``case.consents`` of the loaded cases (in the order of the purposes)."""
    if not ids or not has_table(conn):
        return
    order = {p: n for n, p in enumerate(CONSENT_PURPOSES)}
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        "SELECT case_id, purpose, status, given_on, method, note, withdrawn_on, "
        f"withdrawal_note FROM case_consents WHERE case_id IN ({marks})",
        list(ids),
    ).fetchall()
    rest: set[int] = set()
    for case_id, purpose, status, given_on, method, note, withdrawn_on, w_note in sorted(
        rows, key=lambda r: (r[0], order.get(r[1], 99))
    ):
        case = cases.get(int(case_id))
        if purpose == REST:
            rest.add(int(case_id))
        elif case is not None:
            case.consents.append(
                CaseConsent(
                    purpose=purpose,
                    status=status,
                    given_on=_date(given_on),
                    method=method,
                    note=note,
                    withdrawn_on=_date(withdrawn_on),
                    withdrawal_note=w_note,
                )
            )
    for case_id in rest:
        case = cases.get(case_id)
        if case is None:
            continue
        have = {c.purpose for c in case.consents}
        case.consents += [
            CaseConsent(p, CONSENT_NOT_RECORDED) for p in CONSENT_PURPOSES if p not in have
        ]
        case.consents.sort(key=lambda c: order[c.purpose])


def mirror_referral_consent(
    conn: Any, case_id: int, given_on: date | None, method: str | None, note: str
) -> None:
    """The mediation desk recorded the client's consent to the referral
    (``mediation_cases.referral_consent_*``): the case's consent to
    ``mediation_referral`` is the same consent, so it says the same — unless
    it was withdrawn on the case since (the withdrawal stands)."""
    if given_on is None or not has_table(conn):
        return
    conn.execute(
        "INSERT INTO case_consents (case_id, purpose, status, given_on, method, note) "
        "VALUES (?, 'mediation_referral', 'given', ?, ?, ?) "
        "ON CONFLICT (case_id, purpose) DO UPDATE SET status = 'given', "
        "given_on = excluded.given_on, method = excluded.method, note = excluded.note, "
        "withdrawn_on = NULL, withdrawal_note = '' WHERE case_consents.status != 'withdrawn'",
        (case_id, given_on.isoformat(), method or None, note),
    )
