"""Unsaved contents of open forms (a case tab, a mediation case), kept inside
the encrypted vault across a lock (table ``unsaved_forms``: one JSON document
per key). Not to be confused with document drafts (``storage/document_drafts.py``)."""

from __future__ import annotations

from typing import Any

from dime_desktop.storage.json_columns import DatabaseLike, from_json, to_json, utc_now


class UnsavedFormRepository:
    """``save(key, data)``, ``load_all()``, ``delete(key)``, ``clear()``."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    def save(self, key: str, data: dict[str, Any]) -> None:
        """Store (or replace) the unsaved contents under ``key``."""
        text = to_json(data)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO unsaved_forms (key, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (key, text, utc_now()),
            )

    def load_all(self) -> dict[str, dict[str, Any]]:
        """Every unsaved form by key (one that is not a JSON object is left out)."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT key, data FROM unsaved_forms ORDER BY key").fetchall()
        forms: dict[str, dict[str, Any]] = {}
        for key, text in rows:
            data = from_json(text)
            if data is not None:
                forms[key] = data
        return forms

    def delete(self, key: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM unsaved_forms WHERE key = ?", (key,))

    def clear(self) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM unsaved_forms")
