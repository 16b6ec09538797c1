"""Follow-ups that are due, across all cases (the "What is due" view).

Reads ``follow_ups`` joined with the case's reference, status and client name;
the partial index ``follow_ups_due (due) WHERE done = 0`` serves the query.
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


_DUE_SQL = """
SELECT f.id, f.case_id, c.reference, f.due, f.note, c.status, COALESCE(c.client_name, '')
FROM follow_ups f JOIN cases c ON c.id = f.case_id
WHERE f.done = 0 AND f.due <= ?
ORDER BY f.due, c.year, c.seq, f.id
"""

_COUNT_SQL = "SELECT COUNT(*) FROM follow_ups WHERE done = 0 AND due <= ?"


class FollowUpQueries:
    """``FollowUpQueries(vault.database)``: follow-ups due by a date."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    def due_by(self, until: date) -> list[DueFollowUp]:
        """Every follow-up not done whose date is ``until`` or earlier, earliest first."""
        with self._db.read() as conn:
            rows = conn.execute(_DUE_SQL, (until.isoformat(),)).fetchall()
        return [
            DueFollowUp(
                follow_up_id=int(fid),
                case_id=int(case_id),
                reference=str(reference),
                due=date.fromisoformat(str(due)),
                note=str(note),
                case_status=str(status),
                client_name=str(name),
            )
            for fid, case_id, reference, due, note, status, name in rows
        ]

    def count_due_by(self, until: date) -> int:
        with self._db.read() as conn:
            (count,) = conn.execute(_COUNT_SQL, (until.isoformat(),)).fetchone()
        return int(count)
