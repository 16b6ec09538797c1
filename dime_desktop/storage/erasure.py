"""Deleting cases so that nothing of them is left (issue 12): anonymisation
that keeps the statistical fields, full deletion, the deletion log, and the
clean-up that makes the removed text unreadable in the file itself.

**Anonymise** (``keep_statistics``) keeps exactly what the yearly statistics
count (``storage/statistics.py``): the case's year and dates, status, area,
channel, track, counterpart type, grounds (with their flags), incident types,
the three mediation columns, and of a mediation record its area, stage,
outcome, dates, the *existence* of its talks, held meetings, stage history and
the status of its terms. Everything else goes: names, contacts, notes,
summary, journal, timeline, follow-ups, intake answers, consents, evidence
(files included), document drafts, the other party's name, the mediation
parties and every text of the record, and unsaved forms of the case.

**Delete** (``all``) removes the case row and (by the foreign keys) every
part of it; the statistics change.

**The deletion log** (``case_erasures``: case id, reference, mode, reason,
time) remains; it holds no personal data. :func:`replay` applies a log to
another copy of the vault (a restored backup), so no restore brings a case
back.

**No byte left** (:func:`purge`): the vault runs with ``secure_delete``, so
SQLite overwrites removed cells and freed pages with zeros; FTS5 keeps deleted
words in older index segments until they are merged, so the index is
optimised; then the WAL is checkpointed with TRUNCATE (the -wal file is
emptied); and when many cases went (:data:`VACUUM_AT`), VACUUM rebuilds the
file. :func:`scrub_file` does the same to a database file that is not open
(a backup), without migrating it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from dime_desktop.errors import CaseNotFound
from dime_desktop.storage import access_log as audit

KEEP_STATISTICS = "keep_statistics"
DELETE_ALL = "all"
MODES = (KEEP_STATISTICS, DELETE_ALL)
REASON_RETENTION = "retention"
REASON_REQUEST = "request"  # the person asked (GDPR art. 17)
REASONS = (REASON_RETENTION, REASON_REQUEST)
VACUUM_AT = 10  # cases in one go, or a quarter of the file free


@dataclass(frozen=True)
class Erasure:
    """One entry of the deletion log."""

    case_id: int
    reference: str
    mode: str
    reason: str
    erased_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "reference": self.reference,
            "mode": self.mode,
            "reason": self.reason,
            "erased_at": audit.now_text(self.erased_at),
        }


def _tables(conn: Any) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(conn: Any, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


# What stays of each kept row (the rest of its text columns is emptied).
_BLANK_CASE = {
    "counterpart_name": "''",
    "summary": "''",
    "has_client": "0",
    "client_name": "''",
    "client_contact": "''",
    "client_language": "''",
    "client_interpreter": "0",
    "client_consent": "0",
    "client_notes": "''",
}
# child tables of a case removed whole when it is anonymised (all of them hold text)
_CASE_CHILDREN = (
    "journal_entries",
    "follow_ups",
    "timeline_events",
    "intake_sessions",
    "case_consents",
    "retention_holds",
    "evidence_items",  # witnesses and the files' chunks go with them (foreign keys)
    "document_drafts",  # versions and exports go with them
)
_MEDIATION_BLANK = {
    "mediation_cases": (
        "mediator = '', referral_consent_note = '', referral_note = '', closing_note = '', "
        "referral_consent_method = NULL, criminal = 0",
        "case_id = ?",
    ),
    "mediation_talks": (
        "party = NULL, participants = '', notes = ''",
        "mediation_id IN (SELECT id FROM mediation_cases WHERE case_id = ?)",
    ),
    "mediation_meetings": (
        "place = NULL, place_text = '', participants = '', notes = ''",
        "mediation_id IN (SELECT id FROM mediation_cases WHERE case_id = ?)",
    ),
    "mediation_terms": (
        "party = NULL, what = '', note = ''",
        "mediation_id IN (SELECT id FROM mediation_cases WHERE case_id = ?)",
    ),
    "mediation_history": (
        "changed_by = '', note = ''",
        "mediation_id IN (SELECT id FROM mediation_cases WHERE case_id = ?)",
    ),
}
_MEDIATION_REMOVE = ("mediation_parties", "mediation_suitability")


def _forget_unsaved_forms(conn: Any, tables: set[str], case_id: int) -> None:
    for table, prefix in (("unsaved_forms", "case:"), ("mediation_unsaved_forms", "mediation:")):
        if table in tables:
            conn.execute(
                f"DELETE FROM {table} WHERE key = ? OR json_extract(data, '$.case_id') = ?",
                (f"{prefix}{case_id}", case_id),
            )
    if "drafts" in tables:  # the name of unsaved_forms before issue 10
        conn.execute(
            "DELETE FROM drafts WHERE key = ? OR json_extract(data, '$.case_id') = ?",
            (f"case:{case_id}", case_id),
        )


def _anonymise_rows(conn: Any, tables: set[str], case_id: int) -> None:
    case_columns = _columns(conn, "cases")
    sets = [f"{c} = {v}" for c, v in _BLANK_CASE.items() if c in case_columns]
    if "version" in case_columns:
        sets.append("version = version + 1")
    if "updated_at" in case_columns:
        sets.append("updated_at = ?")
        conn.execute(
            f"UPDATE cases SET {', '.join(sets)} WHERE id = ?",
            (audit.now_text(), case_id),
        )
    else:
        conn.execute(f"UPDATE cases SET {', '.join(sets)} WHERE id = ?", (case_id,))
    for table in _CASE_CHILDREN:
        if table in tables:
            conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    if "mediation_cases" in tables:
        for table in _MEDIATION_REMOVE:
            if table in tables:
                conn.execute(
                    f"DELETE FROM {table} WHERE mediation_id IN "
                    "(SELECT id FROM mediation_cases WHERE case_id = ?)",
                    (case_id,),
                )
        for table, (sets_sql, where) in _MEDIATION_BLANK.items():
            if table in tables:
                conn.execute(f"UPDATE {table} SET {sets_sql} WHERE {where}", (case_id,))


def _search_row(conn: Any, tables: set[str], case_id: int, *, keep: bool) -> None:
    if "case_search" not in tables:
        return
    conn.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    if keep:  # an empty row, as the repository keeps one per case
        columns = [str(r[1]) for r in conn.execute("PRAGMA table_info(case_search)")]
        marks = ", ".join("?" * (len(columns) + 1))
        conn.execute(
            f"INSERT INTO case_search (rowid, {', '.join(columns)}) VALUES ({marks})",
            (case_id, *([""] * len(columns))),
        )


def erase_in(conn: Any, case_id: int, mode: str) -> bool:
    """Remove what ``mode`` removes of the case, inside an open transaction
    on ``conn`` (a vault's or a backup's); False when there is no such case."""
    if mode not in MODES:
        raise ValueError(f"unknown erasure mode {mode!r}")
    tables = _tables(conn)
    if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
        return False
    _forget_unsaved_forms(conn, tables, case_id)
    if mode == DELETE_ALL:
        for table in _CASE_CHILDREN:  # (also without the foreign keys' cascade)
            if table in tables:
                conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
        if "mediation_cases" in tables:
            conn.execute("DELETE FROM mediation_cases WHERE case_id = ?", (case_id,))
        for table in ("case_grounds", "case_incident_types"):
            conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
        _search_row(conn, tables, case_id, keep=False)
        conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    else:
        _anonymise_rows(conn, tables, case_id)
        _search_row(conn, tables, case_id, keep=True)
    return True


def _log_erasure(conn: Any, e: Erasure) -> None:
    conn.execute(
        "INSERT INTO case_erasures (case_id, reference, mode, reason, erased_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (e.case_id, e.reference, e.mode, e.reason, audit.now_text(e.erased_at)),
    )


class ErasureRepository:
    """``vault.erasures``: erase cases, read the deletion log, purge the file."""

    def __init__(self, db: Any) -> None:
        self._db = db

    def erase(self, case_ids: Sequence[int], mode: str, reason: str) -> list[Erasure]:
        """Anonymise (``keep_statistics``) or delete (``all``) the cases, log
        each in the deletion log and the access log, in ONE transaction.
        CaseNotFound (nothing done) when one is missing. Then call
        :meth:`purge` (the vault's ``erase_cases`` does)."""
        if reason not in REASONS:
            raise ValueError(f"unknown erasure reason {reason!r}")
        done: list[Erasure] = []
        now = datetime.now(UTC)
        with self._db.transaction() as conn:
            for case_id in case_ids:
                row = conn.execute(
                    "SELECT reference FROM cases WHERE id = ?", (case_id,)
                ).fetchone()
                if row is None:
                    raise CaseNotFound(str(case_id))
                reference = str(row[0])
                erase_in(conn, case_id, mode)
                entry = Erasure(case_id, reference, mode, reason, now)
                _log_erasure(conn, entry)
                audit.record_on(
                    self._db, audit.DELETED, case_id=case_id, case_ref=reference, detail=mode
                )
                done.append(entry)
        return done

    def log(self) -> list[Erasure]:
        """The deletion log, oldest first."""
        with self._db.read() as conn:
            return read_log(conn)

    def erased(self, case_id: int) -> Erasure | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT case_id, reference, mode, reason, erased_at FROM case_erasures "
                "WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                (case_id,),
            ).fetchone()
        return None if row is None else _erasure(row)

    def anonymised_ids(self) -> set[int]:
        with self._db.read() as conn:
            return {
                int(r[0])
                for r in conn.execute(
                    "SELECT case_id FROM case_erasures WHERE mode = ?", (KEEP_STATISTICS,)
                )
            }

    def replay(self, erasures: Iterable[Erasure]) -> list[Erasure]:
        """Apply another copy's deletion log here (a restored backup): every
        case it erased is erased here too, and the log is merged. Returns
        what had to be applied."""
        applied: list[Erasure] = []
        with self._db.transaction() as conn:
            applied = replay_in(conn, erasures)
        return applied

    def retention_candidates(self) -> list[RetentionRow]:
        """Closed cases not erased yet, with what the retention rules need."""
        with self._db.read() as conn:
            tables = _tables(conn)
            mediation = "mediation_cases" in tables
            holds = "retention_holds" in tables
            sql = (
                "SELECT c.id, c.reference, c.closed, c.opened_year, c.area, "
                + (
                    "(SELECT m.closed_on FROM mediation_cases m WHERE m.case_id = c.id), "
                    if mediation
                    else "NULL, "
                )
                + "c.mediation_referred"
                + (
                    " OR EXISTS (SELECT 1 FROM mediation_cases m WHERE m.case_id = c.id)"
                    if mediation
                    else ""
                )
                + ", "
                + (
                    "(SELECT h.until FROM retention_holds h WHERE h.case_id = c.id)"
                    if holds
                    else "NULL"
                )
                + " FROM cases c WHERE c.status = 'closed' AND c.closed IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM case_erasures e WHERE e.case_id = c.id)"
                + " ORDER BY c.closed, c.id"
            )
            rows = conn.execute(sql).fetchall()
        return [
            RetentionRow(
                case_id=int(r[0]),
                reference=str(r[1]),
                closed=date.fromisoformat(r[2]),
                opened_year=int(r[3]),
                area=str(r[4]),
                mediation_closed=None if r[5] is None else date.fromisoformat(r[5]),
                mediation=bool(r[6]),
                hold_until=None if r[7] is None else date.fromisoformat(r[7]),
            )
            for r in rows
        ]

    def hold(self, case_id: int, until: date | None) -> None:
        """Not due for review before ``until`` (None: the hold ends)."""
        with self._db.transaction() as conn:
            if until is None:
                conn.execute("DELETE FROM retention_holds WHERE case_id = ?", (case_id,))
            else:
                conn.execute(
                    "INSERT INTO retention_holds (case_id, until) VALUES (?, ?) "
                    "ON CONFLICT (case_id) DO UPDATE SET until = excluded.until",
                    (case_id, until.isoformat()),
                )

    def purge(self, *, vacuum: bool = False) -> None:
        """Make removed text unreadable in the file: merge the full-text
        index, checkpoint the WAL (TRUNCATE), and VACUUM when asked or when a
        quarter of the file is free pages."""
        with self._db.transaction() as conn:
            optimise_search(conn)
        conn = self._db.connection
        with self._db._lock:  # no transaction may be open for these
            free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            if vacuum or (pages and free * 4 >= pages):
                conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


@dataclass(frozen=True)
class RetentionRow:
    case_id: int
    reference: str
    closed: date
    opened_year: int
    area: str
    mediation_closed: date | None
    mediation: bool
    hold_until: date | None


def optimise_search(conn: Any) -> None:
    if "case_search" in _tables(conn):
        conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")


def _erasure(row: Sequence[Any]) -> Erasure:
    return Erasure(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), audit.parse_time(str(row[4]))
    )


def read_log(conn: Any) -> list[Erasure]:
    if "case_erasures" not in _tables(conn):
        return []
    return [
        _erasure(r)
        for r in conn.execute(
            "SELECT case_id, reference, mode, reason, erased_at FROM case_erasures ORDER BY id"
        )
    ]


def replay_in(conn: Any, erasures: Iterable[Erasure]) -> list[Erasure]:
    """:meth:`ErasureRepository.replay` inside an open transaction."""
    tables = _tables(conn)
    known = {(e.case_id, e.mode) for e in read_log(conn)} if "case_erasures" in tables else set()
    applied: list[Erasure] = []
    for e in erasures:
        if (e.case_id, e.mode) in known:
            continue  # this copy's own log has it: it was erased here already
        row = conn.execute("SELECT reference FROM cases WHERE id = ?", (e.case_id,)).fetchone()
        if row is None and e.reference:  # the same case under its reference
            row = conn.execute(
                "SELECT id FROM cases WHERE reference = ?", (e.reference,)
            ).fetchone()
            case_id = None if row is None else int(row[0])
        else:
            case_id = e.case_id if row is not None else None
        if case_id is not None:
            erase_in(conn, case_id, e.mode)
            applied.append(e)
        if "case_erasures" in tables:
            _log_erasure(conn, e)
            known.add((e.case_id, e.mode))
    return applied


def scrub_file(path: Path, key: bytes, erasures: Sequence[Erasure]) -> int:
    """Apply ``erasures`` to the database file at ``path`` (not open anywhere;
    a backup's copy), merge the search index and VACUUM, so nothing of the
    erased cases is left in it; the file keeps its schema (never migrated)
    and is left with a rollback journal (one file). Returns how many cases
    had to be erased in it."""
    from dime_desktop.storage.database import _pragma_key, storage_error

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_pragma_key(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        try:
            applied = replay_in(conn, erasures)
            if applied:
                optimise_search(conn)
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        if applied:
            conn.execute("VACUUM")
        return len(applied)
    except sqlcipher3.Error as exc:
        mapped = storage_error(path, exc)
        if mapped is not None:
            raise mapped from None
        raise
    finally:
        conn.close()


def read_log_of_file(path: Path, key: bytes) -> list[Erasure]:
    """The deletion log of a database file that is not open (read-only,
    nothing written); [] when it has none or ``key`` does not open it."""
    from dime_desktop.storage.database import _pragma_key, _readonly_uri, check_file

    check_file(path)
    conn = sqlcipher3.connect(_readonly_uri(path), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_pragma_key(key))
        try:
            return read_log(conn)
        except sqlcipher3.Error:
            return []
    finally:
        conn.close()
