"""Helpers every repository uses: the database protocol and JSON document columns."""

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
