"""Unsaved contents of open forms, kept inside the encrypted vault across a
lock (table ``drafts``: one JSON document per key)."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol


class DatabaseLike(Protocol):
    def read(self) -> AbstractContextManager[Any]: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


def to_json(data: dict[str, Any]) -> str:
    """JSON text for a document column (keeps æøå readable, sorted keys)."""
    if not isinstance(data, dict):
        raise TypeError("a document must be a dict")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def from_json(text: str) -> dict[str, Any] | None:
    """The dict stored as JSON text; None if the text is not a JSON object."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DraftRepository:
    """``save(key, data)``, ``load_all()``, ``delete(key)``, ``clear()``."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    def save(self, key: str, data: dict[str, Any]) -> None:
        """Store (or replace) the draft under ``key``."""
        text = to_json(data)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (key, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (key, text, utc_now()),
            )

    def load_all(self) -> dict[str, dict[str, Any]]:
        """Every draft by key (a draft that is not a JSON object is left out)."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT key, data FROM drafts ORDER BY key").fetchall()
        drafts: dict[str, dict[str, Any]] = {}
        for key, text in rows:
            data = from_json(text)
            if data is not None:
                drafts[key] = data
        return drafts

    def delete(self, key: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def clear(self) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM drafts")
