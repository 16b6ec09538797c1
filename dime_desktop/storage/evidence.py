"""The evidence list of each case, with the files' bytes, inside the encrypted
vault (tables ``evidence_items``, ``evidence_witnesses``, ``evidence_chunks``).

The bytes of a file are stored in the SQLCipher database in chunks of 1 MiB:
they are encrypted and authenticated with the same key as everything else,
added in the same transaction as their record (an item never exists without
its bytes or the other way round), and removed with ``secure_delete``. They
are read back into memory only; nothing here writes a file.

A file is read and checked (size, type from its first bytes, SHA-256) before
the write transaction starts, so a slow disk or USB stick never holds the
vault's lock; the progress callback reports reading, then storing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path, PurePath
from typing import Any, Protocol

import sqlcipher3

from dime_desktop.errors import CaseNotFound, EvidenceInvalid, EvidenceNotFound, VaultDamaged
from dime_desktop.evidence.files import (
    CHUNK_BYTES,
    CheckedFile,
    check_bytes,
    media_type_of,
    read_chunks,
)
from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness, validate_item
from dime_desktop.storage import access_log as audit

Progress = Callable[[int, int], None]  # (done, total); total = 2 × size: reading, then storing


class DatabaseLike(Protocol):
    def read(self) -> AbstractContextManager[Any]: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


_COLUMNS = (
    "case_id",
    "position",
    "kind",
    "description",
    "received",
    "given_by",
    "note",
    "online_platform",
    "online_url",
    "online_user_name",
    "online_posted_at",
    "online_context",
    "file_name",
    "media_type",
    "size",
    "sha256",
    "added_at",
    "updated_at",
)
_SELECT = f"SELECT id, {', '.join(_COLUMNS)} FROM evidence_items"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_values(item: EvidenceItem) -> tuple[Any, ...]:
    o = item.online
    return (
        item.case_id,
        item.position,
        item.kind,
        item.description.strip(),
        item.received.isoformat() if item.received else None,
        item.given_by.strip(),
        item.note,
        o.platform.strip(),
        o.url.strip(),
        o.user_name.strip(),
        o.posted_at.strip(),
        o.context,
        item.file_name,
        item.media_type,
        item.size,
        item.sha256,
        item.added_at,
        _now(),
    )


def _item(row: Any, witnesses: list[Witness]) -> EvidenceItem:
    (item_id, case_id, position, kind, description, received, given_by, note) = row[:8]
    platform, url, user, posted, context = row[8:13]
    file_name, media_type, size, sha256, added_at, _updated = row[13:19]
    return EvidenceItem(
        case_id=case_id,
        description=description,
        kind=kind,
        received=date.fromisoformat(received) if received else None,
        given_by=given_by,
        note=note,
        online=OnlineDetails(platform, url, user, posted, context),
        witnesses=witnesses,
        file_name=file_name,
        media_type=media_type,
        size=size,
        sha256=sha256,
        position=position,
        added_at=added_at,
        id=item_id,
    )


def _log(db: Any, case_id: int, detail: str) -> None:
    audit.record_on(db, audit.CHANGED, case_id=case_id, fields=["evidence"], detail=detail)


class EvidenceRepository:
    """``list_for_case(case_id)``, ``get``, ``add`` (a record), ``add_file(item, path)``,
    ``add_bytes(item, name, data)``, ``update``, ``move``, ``delete``,
    ``read_bytes``, ``chunks``."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    # --- reading ---------------------------------------------------------------
    def _witnesses(self, conn: Any, ids: Iterable[int]) -> dict[int, list[Witness]]:
        out: dict[int, list[Witness]] = {}
        ids = list(ids)
        if not ids:
            return out
        marks = ", ".join("?" * len(ids))
        rows = conn.execute(
            "SELECT item_id, name, contact, consent, note FROM evidence_witnesses "
            f"WHERE item_id IN ({marks}) ORDER BY item_id, position, id",
            ids,
        ).fetchall()
        for item_id, name, contact, consent, note in rows:
            out.setdefault(item_id, []).append(Witness(name, contact, bool(consent), note))
        return out

    def list_for_case(self, case_id: int) -> list[EvidenceItem]:
        """The case's evidence in list order (records only, no bytes)."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"{_SELECT} WHERE case_id = ? ORDER BY position, id", (case_id,)
            ).fetchall()
            witnesses = self._witnesses(conn, (r[0] for r in rows))
        return [_item(r, witnesses.get(r[0], [])) for r in rows]

    def get(self, item_id: int) -> EvidenceItem:
        with self._db.read() as conn:
            row = conn.execute(f"{_SELECT} WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise EvidenceNotFound(item_id)
            witnesses = self._witnesses(conn, [item_id])
        return _item(row, witnesses.get(item_id, []))

    def count(self, case_id: int) -> int:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT count(*) FROM evidence_items WHERE case_id = ?", (case_id,)
            ).fetchone()
        return int(row[0])

    def with_sha256(self, case_id: int, sha256: str) -> list[EvidenceItem]:
        """Items of the case whose file has this fingerprint (the same file twice)."""
        return [i for i in self.list_for_case(case_id) if i.sha256 == sha256]

    def chunks(self, item_id: int) -> Iterator[bytes]:
        """The file's bytes chunk by chunk (each chunk read on demand)."""
        with self._db.read() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM evidence_chunks WHERE item_id = ? ORDER BY seq", (item_id,)
                ).fetchall()
            ]
        for chunk_id in ids:
            with self._db.read() as conn:
                row = conn.execute(
                    "SELECT data FROM evidence_chunks WHERE id = ?", (chunk_id,)
                ).fetchone()
            if row is None:
                raise EvidenceNotFound(item_id)
            yield bytes(row[0])

    def read_bytes(self, item_id: int) -> bytes:
        """The whole file, into memory, after checking it against its SHA-256
        (VaultDamaged if it does not match: the stored bytes changed)."""
        item = self.get(item_id)
        data = b"".join(self.chunks(item_id))
        if item.has_file and hashlib.sha256(data).hexdigest() != item.sha256:
            raise VaultDamaged(
                f"The file of evidence item {item_id} does not match its fingerprint (SHA-256)."
            )
        return data

    # --- writing ---------------------------------------------------------------
    def _check(self, item: EvidenceItem) -> None:
        problems = validate_item(item)
        if problems:
            raise EvidenceInvalid(problems)

    def _insert(
        self,
        conn: Any,
        item: EvidenceItem,
        chunks: Iterable[bytes] = (),
        progress: Callable[[int], None] | None = None,
    ) -> int:
        if item.position <= 0:
            row = conn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM evidence_items WHERE case_id = ?",
                (item.case_id,),
            ).fetchone()
            item.position = int(row[0])
        item.added_at = item.added_at or _now()
        try:
            cur = conn.execute(
                f"INSERT INTO evidence_items ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))})",
                _row_values(item),
            )
        except sqlcipher3.IntegrityError:  # no such case (foreign key)
            raise CaseNotFound(str(item.case_id)) from None
        item_id = int(cur.lastrowid)
        self._insert_witnesses(conn, item_id, item.witnesses)
        done = 0
        for seq, block in enumerate(chunks):
            conn.execute(
                "INSERT INTO evidence_chunks (item_id, seq, data) VALUES (?, ?, ?)",
                (item_id, seq, block),
            )
            done += len(block)
            if progress is not None:
                progress(done)
        return item_id

    @staticmethod
    def _insert_witnesses(conn: Any, item_id: int, witnesses: list[Witness]) -> None:
        conn.executemany(
            "INSERT INTO evidence_witnesses (item_id, position, name, contact, consent, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    item_id,
                    n,
                    w.name.strip(),
                    w.contact.strip() if w.consent else "",
                    1 if w.consent else 0,
                    w.note,
                )
                for n, w in enumerate(witnesses)
            ],
        )

    def add(self, item: EvidenceItem) -> EvidenceItem:
        """Add a record without a file (a witness, say)."""
        item = replace(item, file_name="", media_type="", size=0, sha256="", id=None)
        self._check(item)
        with self._db.transaction() as conn:
            item_id = self._insert(conn, item)
            _log(self._db, item.case_id, "added")
        return self.get(item_id)

    def _add_checked(
        self,
        item: EvidenceItem,
        checked: CheckedFile,
        blocks: list[bytes],
        progress: Progress | None,
    ) -> EvidenceItem:
        item = replace(
            item,
            file_name=checked.name,
            media_type=checked.media_type,
            size=checked.size,
            sha256=checked.sha256,
            id=None,
        )
        total = checked.size
        report = None if progress is None else (lambda done: progress(total + done, 2 * total))
        with self._db.transaction() as conn:
            item_id = self._insert(conn, item, blocks, report)
            _log(self._db, item.case_id, "added")
        return self.get(item_id)

    def add_bytes(
        self,
        item: EvidenceItem,
        name: str,
        data: bytes,
        *,
        progress: Progress | None = None,
    ) -> EvidenceItem:
        """Add a file that is already in memory (a pasted screenshot, a dropped picture)."""
        self._check(item)
        checked = check_bytes(name, data)
        blocks = [data[i : i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES)]
        return self._add_checked(item, checked, blocks, progress)

    def add_received(self, item: EvidenceItem, data: bytes | None) -> EvidenceItem:
        """Add an item that came from another vault (a handover bundle): its
        fields, its ``added_at`` and its file as they were there. The bytes
        must match the item's SHA-256 (VaultDamaged otherwise); the item goes
        last in the case's list."""
        self._check(item)
        item = replace(item, id=None, position=0)
        blocks: list[bytes] = []
        if item.sha256:
            if data is None or hashlib.sha256(data).hexdigest() != item.sha256:
                raise VaultDamaged(
                    f"The file of evidence item {item.description!r} does not match its "
                    "fingerprint (SHA-256)."
                )
            blocks = [data[i : i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES)]
        with self._db.transaction() as conn:
            item_id = self._insert(conn, item, blocks)
        return self.get(item_id)

    def add_file(
        self, item: EvidenceItem, path: Path, *, progress: Progress | None = None
    ) -> EvidenceItem:
        """Add the file at ``path``: checked (size, type), hashed, and stored
        with the record in one transaction. The source file is only read."""
        self._check(item)
        path = Path(path)
        digest = hashlib.sha256()
        blocks: list[bytes] = []
        media = ""
        total = 0

        def reading(done: int, size: int) -> None:
            nonlocal total
            total = size
            if progress is not None:
                progress(done, 2 * size)

        for block in read_chunks(path, progress=reading):
            if not blocks:
                media = media_type_of(path.name, block[:4096])  # before anything is kept
            digest.update(block)
            blocks.append(block)
        size = sum(len(b) for b in blocks)
        checked = CheckedFile(PurePath(path.name).name, media, size, digest.hexdigest())
        return self._add_checked(item, checked, blocks, progress)

    def update(self, item: EvidenceItem) -> EvidenceItem:
        """Save the record's fields (the file and its fingerprint never change)."""
        if item.id is None:
            raise EvidenceNotFound(0)
        self._check(item)
        old = self.get(item.id)
        kept = replace(
            item,
            case_id=old.case_id,
            file_name=old.file_name,
            media_type=old.media_type,
            size=old.size,
            sha256=old.sha256,
            position=old.position,
            added_at=old.added_at,
        )
        with self._db.transaction() as conn:
            conn.execute(
                f"UPDATE evidence_items SET {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE id = ?",
                (*_row_values(kept), item.id),
            )
            conn.execute("DELETE FROM evidence_witnesses WHERE item_id = ?", (item.id,))
            self._insert_witnesses(conn, item.id, kept.witnesses)
            if kept != old:
                _log(self._db, old.case_id, "updated")
        return self.get(item.id)

    def move(self, item_id: int, offset: int) -> None:
        """Move an item ``offset`` places up (negative) or down in its list;
        positions are renumbered 1, 2, 3... (the attachment numbers)."""
        item = self.get(item_id)
        with self._db.transaction() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM evidence_items WHERE case_id = ? ORDER BY position, id",
                    (item.case_id,),
                ).fetchall()
            ]
            i = ids.index(item_id)
            j = max(0, min(len(ids) - 1, i + offset))
            ids.insert(j, ids.pop(i))
            conn.executemany(
                "UPDATE evidence_items SET position = ? WHERE id = ?",
                [(n, iid) for n, iid in enumerate(ids, start=1)],
            )
            if i != j:
                _log(self._db, item.case_id, "moved")

    def log_export(self, case_id: int, detail: str) -> None:
        """Evidence left the vault (``evidence/export.py``): the access log says so."""
        audit.record_on(self._db, audit.EXPORTED, case_id=case_id, detail=detail)

    def delete(self, item_id: int) -> None:
        """Remove the item and its bytes (overwritten: ``secure_delete``)."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT case_id FROM evidence_items WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                raise EvidenceNotFound(item_id)
            conn.execute("DELETE FROM evidence_items WHERE id = ?", (item_id,))
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM evidence_items WHERE case_id = ? ORDER BY position, id",
                    (row[0],),
                ).fetchall()
            ]
            conn.executemany(
                "UPDATE evidence_items SET position = ? WHERE id = ?",
                [(n, iid) for n, iid in enumerate(ids, start=1)],
            )
            _log(self._db, int(row[0]), "removed")
