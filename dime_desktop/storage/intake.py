"""The answers of the guided sorting conversation of a case (table
``intake_sessions``: one JSON document per case)."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from dime_desktop.errors import CaseNotFound
from dime_desktop.storage import access_log as audit
from dime_desktop.storage.json_columns import DatabaseLike, from_json, to_json, utc_now


def _answers(text: str) -> object:
    """What the conversation holds (its answers and decisions; not the step it is at)."""
    data = from_json(text) or {}
    return {k: v for k, v in data.items() if k not in ("step", "current", "position")}


class IntakeRepository:
    """``load(case_id) -> dict | None``, ``save(case_id, data)``."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    def load(self, case_id: int) -> dict[str, Any] | None:
        """The stored answers of the case, or None if there are none."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT data FROM intake_sessions WHERE case_id = ?", (case_id,)
            ).fetchone()
        return None if row is None else from_json(row[0])

    def save(self, case_id: int, data: dict[str, Any], *, changed: bool | None = None) -> None:
        """Store (or replace) the answers of the case (CaseNotFound if there is
        no case with this id). The access log notes a change of the answers;
        ``changed`` (the case form knows) says whether the adviser changed any."""
        text = to_json(data)
        with self._db.transaction() as conn:
            old = conn.execute(
                "SELECT data FROM intake_sessions WHERE case_id = ?", (case_id,)
            ).fetchone()
            try:
                conn.execute(
                    "INSERT INTO intake_sessions (case_id, data, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (case_id) DO UPDATE SET data = excluded.data, "
                    "updated_at = excluded.updated_at",
                    (case_id, text, utc_now()),
                )
            except sqlcipher3.IntegrityError:  # no such case (foreign key)
                raise CaseNotFound(str(case_id)) from None
            if (
                changed
                if changed is not None
                else old is None or _answers(old[0]) != _answers(text)
            ):
                audit.record_on(self._db, audit.CHANGED, case_id=case_id, fields=["intake"])

    def delete(self, case_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM intake_sessions WHERE case_id = ?", (case_id,))
