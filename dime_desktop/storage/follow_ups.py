"""Follow-ups that are due, across all cases (the "What is due" view).

Reads ``follow_ups`` joined with the case's reference, status and client name;
the partial index ``follow_ups_due (due) WHERE done = 0`` serves the query.
A long list is read in chunks of ``CHUNK`` (100; keyset on (due, year, seq, id):
the index gives the date, SQLite sorts each day's follow-ups by reference),
each in its own read, so the database is never held long by it: the list is
read on a worker thread while the main thread may need the database too
(issue 14: 14,000 overdue follow-ups took 70-250 ms in one read at 100,000
cases, 200-800 ms at 300,000). Between two chunks a save may change a
follow-up; the list is then as of the moment each part was read.

``iter_due_by`` hands out each chunk as soon as it is read, in the list's final
order, so the caller's work on it (``followups.due_items``) runs between the
reads instead of in one long stretch after them: a worker thread busy in Python
holds the interpreter lock, and the main thread, which gives that lock up for
every row it reads, then waits for it row after row (measured at 300,000
cases: a page of the case list took 150-250 ms while the worker built 42,000
due items in one go after its reads; ≤ 15 ms when it builds them chunk by
chunk).

The open terms of mediation agreements are follow-ups too (issue 11: each
term is followed up on its date, ``COALESCE(follow_up_on, due)``): they come
in the same list, with the advice case's reference, ``term_key`` set (the
term's key) and ``note`` the term's text; terms of closed mediation cases are
not due. They are few (one mediation desk), so they are read in one query.
"""

from __future__ import annotations

from collections.abc import Iterator
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
WHERE f.done = 0 AND f.due <= ? AND f.due >= ? AND (f.due, c.year, c.seq, f.id) > (?, ?, ?, ?)
ORDER BY f.due, c.year, c.seq, f.id
LIMIT ?
"""
CHUNK = 100

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
        first (then by the case's reference; on one day, case follow-ups
        before agreement terms)."""
        return list(self.iter_due_by(until))

    def iter_due_by(self, until: date) -> Iterator[DueFollowUp]:
        """``due_by``, chunk by chunk as it is read (see the module's doc)."""
        with self._db.read() as conn:
            terms = conn.execute(_TERMS_SQL, (until.isoformat(),)).fetchall()
        pending = [
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
        pending.reverse()  # pop() from the end gives the earliest
        after: tuple[str, int, int, int] = ("", 0, 0, 0)
        while True:
            with self._db.read() as conn:
                chunk = conn.execute(
                    _DUE_SQL, (until.isoformat(), after[0], *after, CHUNK)
                ).fetchall()
            for fid, case_id, reference, due, note, status, name, _year, _seq in chunk:
                day = date.fromisoformat(str(due))
                while pending and pending[-1].due < day:
                    yield pending.pop()
                yield DueFollowUp(
                    follow_up_id=int(fid),
                    case_id=int(case_id),
                    reference=str(reference),
                    due=day,
                    note=str(note),
                    case_status=str(status),
                    client_name=str(name),
                )
            if len(chunk) < CHUNK:
                break
            last = chunk[-1]
            after = (str(last[3]), int(last[7]), int(last[8]), int(last[0]))
        while pending:
            yield pending.pop()

    def count_due_by(self, until: date) -> int:
        with self._db.read() as conn:
            (count,) = conn.execute(_COUNT_SQL, (until.isoformat(),)).fetchone()
            (terms,) = conn.execute(_COUNT_TERMS_SQL, (until.isoformat(),)).fetchone()
        return int(count) + int(terms)
