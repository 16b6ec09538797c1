"""Document drafts of a case (a complaint, a police report, letters...) with
every saved version, its exports and its seal (tables ``document_drafts``,
``document_draft_versions``, ``document_exports``).

* Every save is a new version with its date; a version's text never changes
  (a database trigger refuses it).
* Every export of a version is recorded with the SHA-256 of the file written.
* "Mark as sent" seals a version with the date, the recipient and the SHA-256
  of one of its exports. A sealed version never changes at all (a trigger
  again); later edits are saved as a new version.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

import sqlcipher3

from dime_desktop.drafting.model import DocumentText
from dime_desktop.errors import CaseNotFound, DocumentDraftNotFound, VersionSealed
from dime_desktop.storage import access_log as audit


class DatabaseLike(Protocol):
    def read(self) -> AbstractContextManager[Any]: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(doc: DocumentText) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class DraftVersion:
    id: int
    draft_id: int
    number: int
    lang: str
    saved_at: str  # UTC, ISO 8601
    content: DocumentText
    sealed_at: str | None = None
    sent_on: date | None = None
    sent_to: str = ""
    sent_sha256: str = ""
    sent_format: str = ""

    @property
    def sealed(self) -> bool:
        return self.sealed_at is not None


@dataclass(frozen=True)
class DocumentDraft:
    id: int
    case_id: int
    kind: str
    created_at: str
    updated_at: str
    latest: DraftVersion
    version_count: int


@dataclass(frozen=True)
class ExportRecord:
    id: int
    version_id: int
    exported_at: str
    format: str  # "pdf" | "docx"
    sha256: str
    size: int
    redacted: bool


_VERSION_COLUMNS = (
    "id, draft_id, number, lang, saved_at, content, sealed_at, sent_on, sent_to, "
    "sent_sha256, sent_format"
)


def _version(row: Any) -> DraftVersion:
    (vid, draft_id, number, lang, saved_at, content, sealed_at, sent_on, sent_to, sha, fmt) = row
    return DraftVersion(
        id=vid,
        draft_id=draft_id,
        number=number,
        lang=lang,
        saved_at=saved_at,
        content=DocumentText.from_dict(json.loads(content)),
        sealed_at=sealed_at,
        sent_on=date.fromisoformat(sent_on) if sent_on else None,
        sent_to=sent_to or "",
        sent_sha256=sha or "",
        sent_format=fmt or "",
    )


def _draft(row: Any, latest: DraftVersion, count: int) -> DocumentDraft:
    draft_id, case_id, kind, created_at, updated_at = row
    return DocumentDraft(draft_id, case_id, kind, created_at, updated_at, latest, count)


def _export(row: Any) -> ExportRecord:
    eid, vid, at, fmt, sha, size, redacted = row
    return ExportRecord(eid, vid, at, fmt, sha, size, bool(redacted))


def _log(db: Any, conn: Any, event: str, draft_id: int, what: str) -> None:
    """The access log's entry (issue 12): the draft's case and kind, never its text."""
    row = conn.execute(
        "SELECT case_id, kind FROM document_drafts WHERE id = ?", (draft_id,)
    ).fetchone()
    if row is None:
        return
    kind = str(row[1])
    detail = f"{kind}.{what}"
    fields = ["documents"] if event == audit.CHANGED else []
    audit.record_on(db, event, case_id=int(row[0]), fields=fields, detail=detail)


class DocumentDraftRepository:
    """``create``, ``save_version``, ``list_for_case``, ``get``, ``versions``,
    ``version``, ``record_export``, ``exports``, ``seal``, ``delete``."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    # --- reading -----------------------------------------------------------------
    def _latest(self, conn: Any, draft_id: int) -> tuple[DraftVersion, int]:
        row = conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM document_draft_versions WHERE draft_id = ? "
            "ORDER BY number DESC LIMIT 1",
            (draft_id,),
        ).fetchone()
        count = conn.execute(
            "SELECT count(*) FROM document_draft_versions WHERE draft_id = ?", (draft_id,)
        ).fetchone()[0]
        if row is None:
            raise DocumentDraftNotFound(f"with id {draft_id}")
        return _version(row), int(count)

    def get(self, draft_id: int) -> DocumentDraft:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT id, case_id, kind, created_at, updated_at FROM document_drafts "
                "WHERE id = ?",
                (draft_id,),
            ).fetchone()
            if row is None:
                raise DocumentDraftNotFound(f"with id {draft_id}")
            latest, count = self._latest(conn, draft_id)
        return _draft(row, latest, count)

    def list_for_case(self, case_id: int) -> list[DocumentDraft]:
        """The case's drafts, the most recently changed first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, case_id, kind, created_at, updated_at FROM document_drafts "
                "WHERE case_id = ? ORDER BY updated_at DESC, id DESC",
                (case_id,),
            ).fetchall()
            out = []
            for row in rows:
                latest, count = self._latest(conn, row[0])
                out.append(_draft(row, latest, count))
        return out

    def versions(self, draft_id: int) -> list[DraftVersion]:
        """Every version, oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_VERSION_COLUMNS} FROM document_draft_versions WHERE draft_id = ? "
                "ORDER BY number",
                (draft_id,),
            ).fetchall()
        if not rows:
            raise DocumentDraftNotFound(f"with id {draft_id}")
        return [_version(r) for r in rows]

    def version(self, version_id: int) -> DraftVersion:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_VERSION_COLUMNS} FROM document_draft_versions WHERE id = ?",
                (version_id,),
            ).fetchone()
        if row is None:
            raise DocumentDraftNotFound(f"version with id {version_id}")
        return _version(row)

    def exports(self, version_id: int) -> list[ExportRecord]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, version_id, exported_at, format, sha256, size, redacted "
                "FROM document_exports WHERE version_id = ? ORDER BY id",
                (version_id,),
            ).fetchall()
        return [_export(r) for r in rows]

    # --- writing -----------------------------------------------------------------
    def create(self, case_id: int, doc: DocumentText) -> DocumentDraft:
        """A new draft of the case, with ``doc`` as version 1."""
        now = _now()
        with self._db.transaction() as conn:
            try:
                cur = conn.execute(
                    "INSERT INTO document_drafts (case_id, kind, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    (case_id, doc.kind, now, now),
                )
            except sqlcipher3.IntegrityError:  # no such case
                raise CaseNotFound(str(case_id)) from None
            draft_id = int(cur.lastrowid)
            conn.execute(
                "INSERT INTO document_draft_versions (draft_id, number, lang, content, saved_at) "
                "VALUES (?, 1, ?, ?, ?)",
                (draft_id, doc.lang, _json(doc), now),
            )
            _log(self._db, conn, audit.CHANGED, draft_id, "created")
        return self.get(draft_id)

    def save_version(self, draft_id: int, doc: DocumentText) -> DraftVersion:
        """Save ``doc`` as the draft's next version (the latest is returned
        unchanged when ``doc`` is the same text)."""
        text = _json(doc)
        now = _now()
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT number, content FROM document_draft_versions WHERE draft_id = ? "
                "ORDER BY number DESC LIMIT 1",
                (draft_id,),
            ).fetchone()
            if row is None:
                raise DocumentDraftNotFound(f"with id {draft_id}")
            if row[1] == text:
                number = int(row[0])
            else:
                number = int(row[0]) + 1
                conn.execute(
                    "INSERT INTO document_draft_versions "
                    "(draft_id, number, lang, content, saved_at) VALUES (?, ?, ?, ?, ?)",
                    (draft_id, number, doc.lang, text, now),
                )
                conn.execute(
                    "UPDATE document_drafts SET updated_at = ? WHERE id = ?", (now, draft_id)
                )
                _log(self._db, conn, audit.CHANGED, draft_id, "version")
            vid = conn.execute(
                "SELECT id FROM document_draft_versions WHERE draft_id = ? AND number = ?",
                (draft_id, number),
            ).fetchone()[0]
        return self.version(int(vid))

    def record_export(
        self, version_id: int, *, fmt: str, sha256: str, size: int, redacted: bool = False
    ) -> ExportRecord:
        """Note that ``version_id`` was exported to a file with this fingerprint."""
        with self._db.transaction() as conn:
            try:
                cur = conn.execute(
                    "INSERT INTO document_exports "
                    "(version_id, exported_at, format, sha256, size, redacted) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (version_id, _now(), fmt, sha256, size, 1 if redacted else 0),
                )
            except sqlcipher3.IntegrityError:
                raise DocumentDraftNotFound(f"version with id {version_id}") from None
            eid = int(cur.lastrowid)
            draft = conn.execute(
                "SELECT draft_id FROM document_draft_versions WHERE id = ?", (version_id,)
            ).fetchone()
            detail = f"{fmt}.redacted" if redacted else fmt
            _log(self._db, conn, audit.EXPORTED, int(draft[0]), detail)
            row = conn.execute(
                "SELECT id, version_id, exported_at, format, sha256, size, redacted "
                "FROM document_exports WHERE id = ?",
                (eid,),
            ).fetchone()
        return _export(row)

    def seal(self, export_id: int, *, sent_on: date, recipient: str) -> DraftVersion:
        """Mark the version of export ``export_id`` as sent: on ``sent_on``, to
        ``recipient``, the exported file's SHA-256. A version is sealed once."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT e.version_id, e.format, e.sha256, e.redacted, v.sealed_at, v.draft_id, "
                "v.number FROM document_exports e JOIN document_draft_versions v "
                "ON v.id = e.version_id WHERE e.id = ?",
                (export_id,),
            ).fetchone()
            if row is None:
                raise DocumentDraftNotFound(f"export with id {export_id}")
            version_id, fmt, sha, redacted, sealed_at, draft_id, number = row
            if sealed_at is not None:
                raise VersionSealed(draft_id, number)
            if redacted:
                raise ValueError("a redacted copy is never what is sent")
            conn.execute(
                "UPDATE document_draft_versions SET sealed_at = ?, sent_on = ?, sent_to = ?, "
                "sent_sha256 = ?, sent_format = ? WHERE id = ?",
                (_now(), sent_on.isoformat(), recipient.strip(), sha, fmt, version_id),
            )
            _log(self._db, conn, audit.SEALED, int(draft_id), fmt)
        return self.version(int(version_id))

    def delete(self, draft_id: int) -> None:
        """Delete a draft with all its versions; refused when a version was sent
        (a record of what left the service)."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT number FROM document_draft_versions WHERE draft_id = ? "
                "AND sealed_at IS NOT NULL ORDER BY number LIMIT 1",
                (draft_id,),
            ).fetchone()
            if row is not None:
                raise VersionSealed(draft_id, int(row[0]))
            _log(self._db, conn, audit.CHANGED, draft_id, "removed")
            cur = conn.execute("DELETE FROM document_drafts WHERE id = ?", (draft_id,))
            if cur.rowcount == 0:
                raise DocumentDraftNotFound(f"with id {draft_id}")
