"""The outreach log in the vault (table ``outreach_activities``)."""

from __future__ import annotations

import builtins
from contextlib import AbstractContextManager
from datetime import date
from typing import Any, Protocol

from dime_desktop.errors import OutreachInvalid, OutreachNotFound
from dime_desktop.outreach.model import OutreachActivity, validate_activity
from dime_desktop.reference import ReferenceData, default_reference


class DatabaseLike(Protocol):
    """What the repositories need of ``storage.database.Database``."""

    def read(self) -> AbstractContextManager[Any]: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


_COLUMNS = "id, activity_date, kind, title, audience, participants, participants_approx, notes"


def _row_to_activity(row: Any) -> OutreachActivity:
    return OutreachActivity(
        id=int(row[0]),
        activity_date=date.fromisoformat(row[1]),
        kind=row[2],
        title=row[3],
        audience=row[4],
        participants=None if row[5] is None else int(row[5]),
        participants_approx=bool(row[6]),
        notes=row[7],
    )


def _values(a: OutreachActivity) -> tuple[Any, ...]:
    return (
        a.activity_date.isoformat(),
        a.kind,
        a.title.strip(),
        a.audience.strip(),
        a.participants,
        1 if a.participants_approx else 0,
        a.notes,
    )


class OutreachRepository:
    def __init__(self, db: DatabaseLike, reference: ReferenceData | None = None) -> None:
        self._db = db
        self._ref = reference if reference is not None else default_reference()

    def _check(self, activity: OutreachActivity) -> None:
        problems = validate_activity(activity, self._ref)
        if problems:
            raise OutreachInvalid(problems)

    def add(self, activity: OutreachActivity) -> OutreachActivity:
        """Validate (OutreachInvalid) and store; returns a copy with its id."""
        self._check(activity)
        with self._db.transaction() as con:
            cur = con.execute(
                "INSERT INTO outreach_activities (activity_date, kind, title, audience,"
                " participants, participants_approx, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                _values(activity),
            )
            new_id = int(cur.lastrowid)
        return self.get(new_id)

    def update(self, activity: OutreachActivity) -> OutreachActivity:
        if activity.id is None:
            raise OutreachNotFound(-1)
        self._check(activity)
        with self._db.transaction() as con:
            cur = con.execute(
                "UPDATE outreach_activities SET activity_date = ?, kind = ?, title = ?,"
                " audience = ?, participants = ?, participants_approx = ?, notes = ?"
                " WHERE id = ?",
                (*_values(activity), activity.id),
            )
            if cur.rowcount == 0:
                raise OutreachNotFound(activity.id)
        return self.get(activity.id)

    def delete(self, activity_id: int) -> None:
        with self._db.transaction() as con:
            cur = con.execute("DELETE FROM outreach_activities WHERE id = ?", (activity_id,))
            if cur.rowcount == 0:
                raise OutreachNotFound(activity_id)

    def get(self, activity_id: int) -> OutreachActivity:
        with self._db.read() as con:
            row = con.execute(
                f"SELECT {_COLUMNS} FROM outreach_activities WHERE id = ?", (activity_id,)
            ).fetchone()
        if row is None:
            raise OutreachNotFound(activity_id)
        return _row_to_activity(row)

    def list(self, year: int | None = None) -> list[OutreachActivity]:
        """Activities by date (then id), of one year or all."""
        sql = f"SELECT {_COLUMNS} FROM outreach_activities"
        params: tuple[Any, ...] = ()
        if year is not None:
            # A range on the indexed ISO date, not strftime(), so the index is used.
            sql += " WHERE activity_date >= ? AND activity_date < ?"
            params = (f"{year:04d}-01-01", f"{year + 1:04d}-01-01")
        sql += " ORDER BY activity_date, id"
        with self._db.read() as con:
            rows = con.execute(sql, params).fetchall()
        return [_row_to_activity(r) for r in rows]

    def years(self) -> builtins.list[int]:
        """Years that have activities, newest first."""
        with self._db.read() as con:
            rows = con.execute(
                "SELECT DISTINCT CAST(substr(activity_date, 1, 4) AS INTEGER)"
                " FROM outreach_activities ORDER BY 1 DESC"
            ).fetchall()
        return [int(r[0]) for r in rows]
