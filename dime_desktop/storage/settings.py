"""Settings that belong to one vault (strings; never personal data)."""

from __future__ import annotations

from typing import overload

from dime_desktop.storage.database import Database


class VaultSettings:
    """Key/value settings stored inside the encrypted vault."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @overload
    def get(self, key: str, default: str) -> str: ...
    @overload
    def get(self, key: str, default: None = None) -> str | None: ...
    def get(self, key: str, default: str | None = None) -> str | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT value FROM vault_settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("vault settings are strings")
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO vault_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete(self, key: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM vault_settings WHERE key = ?", (key,))

    def all(self) -> dict[str, str]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT key, value FROM vault_settings ORDER BY key").fetchall()
        return {str(k): str(v) for k, v in rows}
