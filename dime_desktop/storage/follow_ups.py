"""Follow-ups that are due, across all cases (the "What is due" view).

Reads ``follow_ups`` joined with the case's reference, status and client name;
the partial index ``follow_ups_due (due) WHERE done = 0`` serves the query.
A long list is read in chunks of ``CHUNK`` (250; keyset on (due, id) along that
index), each in its own read, so the database is never held long by it: the
list is read on a worker thread while the main thread may need the database
too (issue 14: 14,000 overdue follow-ups took 70-250 ms in one read at 100,000
cases, 200-800 ms at 300,000). Between two chunks a save may change a
follow-up; the list is then as of the moment each part was read.

The open terms of mediation agreements are follow-ups too (issue 11: each
term is followed up on its date, ``COALESCE(follow_up_on, due)``): they come
in the same list, with the advice case's reference, ``term_key`` set (the
term's key) and ``note`` the term's text; terms of closed mediation cases are
not due. They are few (one mediation desk), so they are read in one query.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol


class DatabaseLike(Protocol):
    def read(self) -> AbstractContextManager[Any]: ...


@dataclass(frozen=True)
class DueFollowUp:
    """One follow-up not yet done, with what a list of them shows of its case."""

    follow_up_id: int
    case_id: int
    reference: str
    due: date
    note: str
    case_status: str
    client_name: str  # "" for an anonymous contact
    term_key: str = ""  # a mediation agreement's term (its key); "" for a case follow-up

    @property
    def is_mediation_term(self) -> bool:
        return bool(self.term_key)


_DUE_SQL = """
SELECT f.id, f.case_id, c.reference, f.due, f.note, c.status, COALESCE(c.client_name, ''),
       c.year, c.seq
FROM follow_ups f INDEXED BY follow_ups_due JOIN cases c ON c.id = f.case_id
WHERE f.done = 0 AND f.due <= ? AND (f.due, f.id) > (?, ?)
ORDER BY f.due, f.id
LIMIT ?
"""
CHUNK = 250

_COUNT_SQL = "SELECT COUNT(*) FROM follow_ups WHERE done = 0 AND due <= ?"

_TERMS_SQL = """
SELECT t.key, m.case_id, c.reference, COALESCE(t.follow_up_on, t.due) AS f, t.what, c.status,
       COALESCE(c.client_name, ''), c.year, c.seq
FROM mediation_terms t JOIN mediation_cases m ON m.id = t.mediation_id
JOIN cases c ON c.id = m.case_id
WHERE t.status = 'open' AND m.stage != 'closed' AND f <= ?
ORDER BY f, c.year, c.seq, t.position
"""
_COUNT_TERMS_SQL = (
    "SELECT COUNT(*) FROM mediation_terms t JOIN mediation_cases m ON m.id = t.mediation_id"
    " WHERE t.status = 'open' AND m.stage != 'closed' AND COALESCE(t.follow_up_on, t.due) <= ?"
)


class FollowUpQueries:
    """``FollowUpQueries(vault.database)``: follow-ups due by a date."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    def due_by(self, until: date) -> list[DueFollowUp]:
        """Every follow-up not done whose date is ``until`` or earlier, earliest
        first (then by the case's reference)."""
        rows: list[Any] = []
        after: tuple[str, int] = ("", 0)
        while True:
            with self._db.read() as conn:
                chunk = conn.execute(_DUE_SQL, (until.isoformat(), *after, CHUNK)).fetchall()
            rows += chunk
            if len(chunk) < CHUNK:
                break
            after = (str(chunk[-1][3]), int(chunk[-1][0]))
        with self._db.read() as conn:
            terms = conn.execute(_TERMS_SQL, (until.isoformat(),)).fetchall()
        rows.sort(key=lambda r: (r[3], r[7], r[8], r[0]))  # due, reference year and number, id
        found = [
            DueFollowUp(
                follow_up_id=int(fid),
                case_id=int(case_id),
                reference=str(reference),
                due=date.fromisoformat(str(due)),
                note=str(note),
                case_status=str(status),
                client_name=str(name),
            )
            for fid, case_id, reference, due, note, status, name, _year, _seq in rows
        ]
        if not terms:
            return found
        found += [
            DueFollowUp(
                follow_up_id=0,
                case_id=int(case_id),
                reference=str(reference),
                due=date.fromisoformat(str(due)),
                note=str(what),
                case_status=str(status),
                client_name=str(name),
                term_key=str(key),
            )
            for key, case_id, reference, due, what, status, name, _year, _seq in terms
        ]
        found.sort(key=lambda f: f.due)  # stable: on one day, case follow-ups first
        return found

    def count_due_by(self, until: date) -> int:
        with self._db.read() as conn:
            (count,) = conn.execute(_COUNT_SQL, (until.isoformat(),)).fetchone()
            (terms,) = conn.execute(_COUNT_TERMS_SQL, (until.isoformat(),)).fetchone()
        return int(count) + int(terms)
