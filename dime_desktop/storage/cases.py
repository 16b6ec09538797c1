"""The case register in the vault: cases with their grounds, incident types,
journal, follow-ups, timeline, client and mediation, and the full-text index.

Tables: ``cases`` and its child tables (see ``storage/schema.py``), and the
FTS5 table ``case_search`` (one row per case, ``rowid = cases.id``; columns
``summary``, ``journal`` = every journal text joined, ``client_name``,
``counterpart_name``), which
this repository keeps in step on every add, update and delete.

References are ``DH-YYYY-NNN``: a new case gets the next number of the year it
was opened, counted inside the write transaction (``BEGIN IMMEDIATE``), so two
writers never get the same number. An imported reference keeps its own year
and number (``cases.year``/``cases.seq`` come from the reference).

User text for searching is never passed to ``MATCH`` as it is: it is split into
words, and each word becomes a quoted prefix term (see :func:`match_query`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

import sqlcipher3

from dime_desktop.cases.model import (
    DESK_ADVICE,
    DESK_MEDIATION,
    Case,
    CaseFilter,
    CaseGround,
    CaseSummaryRow,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
    changed_fields,
    consent_problems,
    format_reference,
    parse_reference,
    sync_store_flag,
    validate_case,
    withdrawn_purposes,
)
from dime_desktop.errors import (
    CaseChangedElsewhere,
    CaseInvalid,
    CaseNotFound,
    DuplicateReference,
    FieldProblem,
)
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.storage import access_log as audit
from dime_desktop.storage.consents import load_consents, write_consents


@dataclass
class _Inserted:
    ids: list[int]
    skipped: list[str]


class DatabaseLike(Protocol):
    """What the repositories need of ``storage.database.Database``."""

    def read(self) -> AbstractContextManager[Any]: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


@dataclass(frozen=True)
class AddManyResult:
    added: int
    skipped: list[str] = field(default_factory=list)  # references already in the vault


SORT_KEYS = (
    "reference",
    "opened",
    "closed",
    "area",
    "status",
    "client_name",
    "next_follow_up",
    "grounds",
)

# The earliest open follow-up of a case (served by the partial index follow_ups_due).
_NEXT_FOLLOW_UP = "(SELECT MIN(f.due) FROM follow_ups f WHERE f.case_id = c.id AND f.done = 0)"
# The case's grounds in its own order, as one text ("ethnicity,religion"); the
# list sorts by it in the order of the grounds in the law (reference order),
# see _grounds_rank_sql.
_GROUND_RANKS = (
    "(SELECT group_concat(r, ',') FROM (SELECT printf('%02d', {rank}) AS r "
    "FROM case_grounds g WHERE g.case_id = c.id ORDER BY g.position))"
)

# Each sort ends with the case id so paging is stable; "reference" sorts by
# (year, seq), which the UNIQUE (year, seq) index serves, and "opened" is served
# by the index on opened (SQLite appends the rowid to every index).
_ORDER_COLUMNS: dict[str, tuple[str, ...]] = {
    "reference": ("c.year", "c.seq"),
    "opened": ("c.opened", "c.id"),
    "closed": ("c.closed", "c.opened", "c.id"),
    "area": ("c.area", "c.opened", "c.id"),
    "status": ("c.status", "c.opened", "c.id"),
    "client_name": ("c.client_name COLLATE NOCASE", "c.opened", "c.id"),
    "next_follow_up": (_NEXT_FOLLOW_UP, "c.opened", "c.id"),
    "grounds": ("{grounds}", "c.opened", "c.id"),
}

_CASE_COLUMNS = (
    "reference",
    "year",
    "seq",
    "opened",
    "closed",
    "status",
    "channel",
    "area",
    "track",
    "counterpart_type",
    "counterpart_name",
    "summary",
    "mediation_referred",
    "mediation_area",
    "mediation_outcome",
    "has_client",
    "client_name",
    "client_contact",
    "client_language",
    "client_interpreter",
    "client_consent",
    "client_notes",
    "opened_year",
)

_INSERT_CASE = (
    f"INSERT INTO cases (id, {', '.join(_CASE_COLUMNS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_CASE_COLUMNS) + 3))})"
)
_UPDATE_CASE = (
    f"UPDATE cases SET {', '.join(f'{c} = ?' for c in _CASE_COLUMNS)}, updated_at = ? WHERE id = ?"
)
_SELECT_CASE = f"SELECT id, {', '.join(_CASE_COLUMNS)} FROM cases"

_INSERT_GROUND = (
    "INSERT INTO case_grounds (case_id, ground, perceived, assessed, by_association, position) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_INCIDENT = (
    "INSERT INTO case_incident_types (case_id, incident_type, position) VALUES (?, ?, ?)"
)
_INSERT_JOURNAL = "INSERT INTO journal_entries (id, case_id, entry_date, text) VALUES (?, ?, ?, ?)"
_INSERT_FOLLOW_UP = (
    "INSERT INTO follow_ups (id, case_id, due, note, done, source) VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_TIMELINE = (
    "INSERT INTO timeline_events (id, case_id, event_date, description) VALUES (?, ?, ?, ?)"
)
_INSERT_SEARCH = (
    "INSERT INTO case_search (rowid, summary, journal, client_name, counterpart_name) "
    "VALUES (?, ?, ?, ?, ?)"
)

_CHILD_TABLES = (
    "case_grounds",
    "case_incident_types",
    "journal_entries",
    "follow_ups",
    "timeline_events",
)

# How many ids go into one "IN (...)" list.
_CHUNK = 500

# A word for searching: letters and digits of any script (æ, ø, å included).
_WORD_RE = re.compile(r"[^\W_]+")
_MAX_SEARCH_WORDS = 16


def search_words(text: str) -> list[str]:
    """The words of a user's search text (letters and digits; everything else
    separates words)."""
    return _WORD_RE.findall(unicodedata.normalize("NFC", text))[:_MAX_SEARCH_WORDS]


def match_query(text: str | None) -> str | None:
    """An FTS5 query for the user's search text: every word as a quoted prefix
    term, all required (``"smør"* AND "brød"*``). None when there are no words.

    The words hold only letters and digits, so nothing the user types can act
    as FTS5 syntax (quotes, ``AND``, ``NEAR(``, ``*``, ``-``, column filters)."""
    if text is None:
        return None
    words = search_words(text)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _fts_text(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _chunks(items: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _case_values(case: Case, year: int, seq: int) -> tuple[Any, ...]:
    client = case.client
    m = case.mediation
    return (
        case.reference,
        year,
        seq,
        case.opened.isoformat(),
        _iso(case.closed),
        case.status,
        case.channel or None,
        case.area,
        case.track,
        case.counterpart_type or None,
        case.counterpart_name,
        case.summary,
        1 if m.referred else 0,
        m.area or None,
        m.outcome or None,
        0 if client is None else 1,
        "" if client is None else client.name,
        "" if client is None else client.contact,
        "" if client is None else client.preferred_language,
        1 if client is not None and client.interpreter_needed else 0,
        1 if client is not None and client.consent_to_store else 0,
        "" if client is None else client.notes,
        case.opened.year,
    )


def _search_values(case_id: int, case: Case) -> tuple[Any, ...]:
    journal = "\n".join(j.text for j in case.journal)
    name = "" if case.client is None else case.client.name
    return (
        case_id,
        _fts_text(case.summary),
        _fts_text(journal),
        _fts_text(name),
        _fts_text(case.counterpart_name),
    )


class _Rows:
    """Child rows of many cases, gathered for one executemany per table."""

    def __init__(self) -> None:
        self.grounds: list[tuple[Any, ...]] = []
        self.incidents: list[tuple[Any, ...]] = []
        self.journal: list[tuple[Any, ...]] = []
        self.follow_ups: list[tuple[Any, ...]] = []
        self.timeline: list[tuple[Any, ...]] = []
        self.search: list[tuple[Any, ...]] = []

    def add(self, case_id: int, case: Case, keep_ids: dict[str, set[int]] | None = None) -> None:
        """Rows for one case; child ids are kept only where ``keep_ids`` says
        they belonged to this case (an update), otherwise SQLite assigns them."""

        def child_id(table: str, value: int | None) -> int | None:
            if keep_ids is None or value is None or value not in keep_ids[table]:
                return None
            keep_ids[table].discard(value)  # the same id twice: the second gets a new one
            return value

        for pos, g in enumerate(case.grounds):
            self.grounds.append(
                (case_id, g.code, int(g.perceived), int(g.assessed), int(g.by_association), pos)
            )
        for pos, t in enumerate(case.incident_types):
            self.incidents.append((case_id, t, pos))
        for j in case.journal:
            self.journal.append(
                (child_id("journal_entries", j.id), case_id, j.entry_date.isoformat(), j.text)
            )
        for f in case.follow_ups:
            self.follow_ups.append(
                (
                    child_id("follow_ups", f.id),
                    case_id,
                    f.due.isoformat(),
                    f.note,
                    int(f.done),
                    f.source,
                )
            )
        for ev in case.timeline:
            self.timeline.append(
                (
                    child_id("timeline_events", ev.id),
                    case_id,
                    ev.event_date.isoformat(),
                    ev.description,
                )
            )
        self.search.append(_search_values(case_id, case))

    def write(self, conn: Any) -> None:
        conn.executemany(_INSERT_GROUND, self.grounds)
        conn.executemany(_INSERT_INCIDENT, self.incidents)
        conn.executemany(_INSERT_JOURNAL, self.journal)
        conn.executemany(_INSERT_FOLLOW_UP, self.follow_ups)
        conn.executemany(_INSERT_TIMELINE, self.timeline)
        conn.executemany(_INSERT_SEARCH, self.search)


def _where(flt: CaseFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.year is not None:
        clauses.append("c.opened_year = ?")
        params.append(flt.year)
    if flt.status is not None:
        clauses.append("c.status = ?")
        params.append(flt.status)
    if flt.area is not None:
        clauses.append("c.area = ?")
        params.append(flt.area)
    if flt.ground is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM case_grounds g WHERE g.case_id = c.id AND g.ground = ?)"
        )
        params.append(flt.ground)
    if flt.desk is not None:
        if flt.desk not in (DESK_ADVICE, DESK_MEDIATION):
            raise ValueError(f"unknown desk {flt.desk!r}")
        clauses.append("c.mediation_referred = ?")
        params.append(1 if flt.desk == DESK_MEDIATION else 0)
    query = match_query(flt.text)
    if query is not None:
        clauses.append("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
        params.append(query)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _row_to_case(row: Sequence[Any]) -> Case:
    (
        case_id,
        reference,
        _year,
        _seq,
        opened,
        closed,
        status,
        channel,
        area,
        track,
        counterpart_type,
        counterpart_name,
        summary,
        m_referred,
        m_area,
        m_outcome,
        has_client,
        c_name,
        c_contact,
        c_language,
        c_interpreter,
        c_consent,
        c_notes,
        _opened_year,
    ) = row
    client = (
        Client(
            name=c_name,
            contact=c_contact,
            preferred_language=c_language,
            interpreter_needed=bool(c_interpreter),
            consent_to_store=bool(c_consent),
            notes=c_notes,
        )
        if has_client
        else None
    )
    return Case(
        id=int(case_id),
        reference=reference,
        opened=date.fromisoformat(opened),
        closed=_date(closed),
        status=status,
        channel=channel,
        area=area,
        track=track,
        counterpart_type=counterpart_type,
        counterpart_name=counterpart_name,
        summary=summary,
        mediation=Mediation(referred=bool(m_referred), area=m_area, outcome=m_outcome),
        client=client,
    )


def _load_cases(conn: Any, ids: Sequence[int]) -> dict[int, Case]:
    """The cases with these ids (at most ``_CHUNK``), children included."""
    if not ids:
        return {}
    marks = _marks(len(ids))
    cases = {
        int(row[0]): _row_to_case(row)
        for row in conn.execute(f"{_SELECT_CASE} WHERE id IN ({marks})", list(ids))
    }
    for case_id, version in conn.execute(
        f"SELECT id, version FROM cases WHERE id IN ({marks})", list(ids)
    ):
        cases[int(case_id)].version = int(version)
    for case_id, code, perceived, assessed, assoc in conn.execute(
        "SELECT case_id, ground, perceived, assessed, by_association FROM case_grounds "
        f"WHERE case_id IN ({marks}) ORDER BY case_id, position",
        list(ids),
    ):
        cases[case_id].grounds.append(
            CaseGround(code, bool(perceived), bool(assessed), bool(assoc))
        )
    for case_id, code in conn.execute(
        "SELECT case_id, incident_type FROM case_incident_types "
        f"WHERE case_id IN ({marks}) ORDER BY case_id, position",
        list(ids),
    ):
        cases[case_id].incident_types.append(code)
    for entry_id, case_id, entry_date, text in conn.execute(
        "SELECT id, case_id, entry_date, text FROM journal_entries "
        f"WHERE case_id IN ({marks}) ORDER BY case_id, id",
        list(ids),
    ):
        cases[case_id].journal.append(JournalEntry(date.fromisoformat(entry_date), text, entry_id))
    for fid, case_id, due, note, done, source in conn.execute(
        "SELECT id, case_id, due, note, done, source FROM follow_ups "
        f"WHERE case_id IN ({marks}) ORDER BY case_id, id",
        list(ids),
    ):
        cases[case_id].follow_ups.append(
            FollowUp(date.fromisoformat(due), note, bool(done), fid, source)
        )
    for tid, case_id, event_date, description in conn.execute(
        "SELECT id, case_id, event_date, description FROM timeline_events "
        f"WHERE case_id IN ({marks}) ORDER BY case_id, id",
        list(ids),
    ):
        cases[case_id].timeline.append(
            TimelineEvent(date.fromisoformat(event_date), description, tid)
        )
    load_consents(conn, cases, ids)  # issue 12
    return cases


def _reference_taken(conn: Any, reference: str, year: int, seq: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM cases WHERE reference = ? UNION ALL "
        "SELECT 1 FROM cases WHERE year = ? AND seq = ? LIMIT 1",
        (reference, year, seq),
    ).fetchone()
    return row is not None


def _log_change(db: Any, old: Case | None, new: Case) -> None:
    """The access log's entries of a save (issue 12): created/changed with the
    names of the changed fields, and each consent withdrawn."""
    fields = changed_fields(old, new)
    if old is not None and not fields:
        return
    event = audit.CREATED if old is None else audit.CHANGED
    audit.record_on(db, event, case_id=new.id, case_ref=new.reference, fields=fields)
    for purpose in withdrawn_purposes(old, new):
        audit.record_on(
            db, audit.CONSENT_WITHDRAWN, case_id=new.id, case_ref=new.reference, detail=purpose
        )


class CaseRepository:
    """Cases in the vault's database. See ARCHITECTURE.md for the contract."""

    def __init__(self, db: DatabaseLike, ref: ReferenceData | None = None) -> None:
        self._db = db
        self._ref = ref if ref is not None else default_reference()

    # --- writing -----------------------------------------------------------

    def _check(self, case: Case, *, stored: Case | None = None, importing: bool = False) -> None:
        problems = validate_case(case, self._ref)
        # issue 12: no name or contact without consent to store, from the core
        problems += consent_problems(case, stored=stored, importing=importing)
        if problems:
            raise CaseInvalid(problems)
        sync_store_flag(case)

    def add(self, case: Case) -> Case:
        """Store a new case; give it the next reference of its opened year if it
        has none. Returns the stored case (with ids) as read back."""
        self._check(case)
        with self._db.transaction() as conn:
            case_id = self._insert(conn, [case], skip_existing=False).ids[0]
            saved = _load_cases(conn, [case_id])[case_id]
            _log_change(self._db, None, saved)
            return saved

    def add_many(
        self,
        cases: Sequence[Case],
        *,
        skip_existing: bool = False,
        consents_not_recorded: bool = False,
    ) -> AddManyResult:
        """Store many new cases in ONE transaction: all of them or none.

        Raises CaseInvalid (for the first invalid case) or DuplicateReference
        (a reference already in the vault, or twice in ``cases``); with
        ``skip_existing`` cases whose reference is already in the vault are
        left out and listed in ``skipped``. ``consents_not_recorded`` (an
        earlier register): every consent a case has no record of is stored as
        "not recorded" (issue 12)."""
        for case in cases:
            self._check(case, importing=True)
        with self._db.transaction() as conn:
            inserted = self._insert(
                conn, cases, skip_existing=skip_existing, imported=consents_not_recorded
            )
            audit.record_on(self._db, audit.IMPORT, detail=f"added:{len(inserted.ids)}")
        return AddManyResult(added=len(inserted.ids), skipped=inserted.skipped)

    def _insert(
        self, conn: Any, cases: Sequence[Case], *, skip_existing: bool, imported: bool = False
    ) -> _Inserted:
        # 1. Cases that bring their own reference: (year, seq) from it.
        numbered: list[tuple[Case, str | None, int, int]] = []
        skipped: list[str] = []
        in_batch: set[tuple[int, int]] = set()
        batch_refs: set[str] = set()
        for case in cases:
            if case.reference is None:
                numbered.append((case, None, 0, 0))
                continue
            reference = case.reference.strip()
            parsed = parse_reference(reference)
            if parsed is None:  # validate_case refuses these first
                raise CaseInvalid([FieldProblem("reference", "invalid_reference", reference)])
            year, seq = parsed
            if reference in batch_refs or parsed in in_batch:
                raise DuplicateReference(reference)
            if _reference_taken(conn, reference, year, seq):
                if skip_existing:
                    skipped.append(reference)
                    continue
                raise DuplicateReference(reference)
            batch_refs.add(reference)
            in_batch.add(parsed)
            numbered.append((case, reference, year, seq))

        # 2. New references: the next numbers of each opened year.
        next_seq: dict[int, int] = {}

        def take(year: int) -> int:
            if year not in next_seq:
                row = conn.execute(
                    "SELECT COALESCE(MAX(seq), 0) FROM cases WHERE year = ?", (year,)
                ).fetchone()
                in_this_batch = max((s for y, s in in_batch if y == year), default=0)
                next_seq[year] = max(int(row[0]), in_this_batch) + 1
            seq = next_seq[year]
            next_seq[year] = seq + 1
            return seq

        row = conn.execute("SELECT COALESCE(MAX(id), 0) FROM cases").fetchone()
        next_id = int(row[0]) + 1
        now = _now()
        case_rows: list[tuple[Any, ...]] = []
        children = _Rows()
        ids: list[int] = []
        for case, given, year, seq in numbered:
            if given is None:
                year = case.opened.year
                seq = take(year)
            reference = given if given is not None else format_reference(year, seq)
            case_id = next_id
            next_id += 1
            values = list(_case_values(case, year, seq))
            values[0] = reference
            case_rows.append((case_id, *values, now, now))
            children.add(case_id, case)
            ids.append(case_id)
        try:
            conn.executemany(_INSERT_CASE, case_rows)
        except sqlcipher3.IntegrityError as exc:  # only under a race we do not expect
            raise DuplicateReference(str(exc)) from None
        children.write(conn)
        # an earlier register's case: the consents it does not say are "not recorded"
        write_consents(conn, zip(ids, [n[0] for n in numbered], strict=True), rest=imported)
        return _Inserted(ids, skipped)

    def update(self, case: Case) -> Case:
        """Save changes to a stored case (found by ``case.id``). The journal,
        follow-ups and timeline are replaced by the case's lists; entries keep
        their ids. A changed reference is checked like a new one."""
        if case.id is None:
            raise CaseNotFound(case.reference or "(unsaved case)")
        with self._db.read() as conn:
            stored = _load_cases(conn, [case.id]).get(case.id)
        self._check(case, stored=stored)
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT reference, year, seq, version FROM cases WHERE id = ?", (case.id,)
            ).fetchone()
            if row is None:
                raise CaseNotFound(case.reference or str(case.id))
            reference, year, seq = row[0], int(row[1]), int(row[2])
            if case.version and case.version != int(row[3]):
                raise CaseChangedElsewhere(str(reference))
            wanted = case.reference.strip() if case.reference is not None else reference
            if wanted != reference:
                parsed = parse_reference(wanted)
                if parsed is None:  # validate_case refuses these first
                    raise CaseInvalid([FieldProblem("reference", "invalid_reference", wanted)])
                year, seq = parsed
                if conn.execute(
                    "SELECT 1 FROM cases WHERE id != ? "
                    "AND (reference = ? OR (year = ? AND seq = ?))",
                    (case.id, wanted, year, seq),
                ).fetchone():
                    raise DuplicateReference(wanted)
                reference = wanted
            keep: dict[str, set[int]] = {}
            for table in ("journal_entries", "follow_ups", "timeline_events"):
                keep[table] = {
                    int(r[0])
                    for r in conn.execute(f"SELECT id FROM {table} WHERE case_id = ?", (case.id,))
                }
            values = list(_case_values(case, year, seq))
            values[0] = reference
            conn.execute(_UPDATE_CASE, (*values, _now(), case.id))
            conn.execute("UPDATE cases SET version = version + 1 WHERE id = ?", (case.id,))
            for table in _CHILD_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,))
            conn.execute("DELETE FROM case_search WHERE rowid = ?", (case.id,))
            children = _Rows()
            children.add(case.id, case, keep)
            children.write(conn)
            write_consents(conn, [(case.id, case)], replace=True)
            saved = _load_cases(conn, [case.id])[case.id]
            _log_change(self._db, stored, saved)
            return saved

    def delete(self, case_id: int) -> None:
        """Delete a case with everything that belongs to it (CaseNotFound if
        there is none with this id)."""
        with self._db.transaction() as conn:
            for table in (*_CHILD_TABLES, "intake_sessions"):
                conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
            conn.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
            row = conn.execute("SELECT reference FROM cases WHERE id = ?", (case_id,)).fetchone()
            cursor = conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            if cursor.rowcount == 0:
                raise CaseNotFound(str(case_id))
            audit.record_on(
                self._db, audit.DELETED, case_id=case_id, case_ref=str(row[0]), detail="all"
            )

    # --- reading -----------------------------------------------------------

    def get(self, reference: str) -> Case:
        """The case with this reference (CaseNotFound if none)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT id FROM cases WHERE reference = ?", (reference.strip(),)
            ).fetchone()
            if row is None:
                raise CaseNotFound(reference)
            case_id = int(row[0])
            return _load_cases(conn, [case_id])[case_id]

    def get_by_id(self, case_id: int) -> Case:
        with self._db.read() as conn:
            case = _load_cases(conn, [case_id]).get(case_id)
        if case is None:
            raise CaseNotFound(str(case_id))
        return case

    def existing_references(self, references: Iterable[str]) -> set[str]:
        """Those of ``references`` that a stored case already has (the same
        text, or the same year and number, e.g. DH-2019-0001 and DH-2019-001)."""
        found: set[str] = set()
        with self._db.read() as conn:
            for reference in references:
                text = reference.strip()
                parsed = parse_reference(text)
                year, seq = parsed if parsed is not None else (-1, -1)
                if _reference_taken(conn, text, year, seq):
                    found.add(reference)
        return found

    def count(self, flt: CaseFilter = CaseFilter()) -> int:  # noqa: B008 (frozen, immutable)
        where, params = _where(flt)
        with self._db.read() as conn:
            row = conn.execute(f"SELECT COUNT(*) FROM cases c{where}", params).fetchone()
        return int(row[0])

    def _grounds_rank_sql(self) -> str:
        """SQL for a case's grounds as ranks in the order of the reference data
        (the order of the law), e.g. ``04,05`` for ethnicity and religion."""
        whens = " ".join(
            f"WHEN '{code}' THEN {n}"
            for n, code in enumerate(self._ref.grounds.codes())
            if code.replace("_", "").isalnum()  # codes are identifiers; never quotes
        )
        return _GROUND_RANKS.format(rank=f"CASE g.ground {whens} ELSE 99 END")

    def list_rows(
        self,
        flt: CaseFilter = CaseFilter(),  # noqa: B008 (frozen, immutable)
        *,
        sort: str = "opened",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[CaseSummaryRow]:
        """One page of the list of cases matching ``flt``: ``sort`` is one of
        SORT_KEYS; ``offset``/``limit`` page through it (limit None: all)."""
        if sort not in _ORDER_COLUMNS:
            raise ValueError(f"unknown sort key {sort!r}; expected one of {SORT_KEYS}")
        direction = " DESC" if descending else ""
        columns = [c.format(grounds=self._grounds_rank_sql()) for c in _ORDER_COLUMNS[sort]]
        order = ", ".join(col + direction for col in columns)
        if sort in ("next_follow_up", "grounds"):
            # cases without any come last, whichever way the list is sorted
            order = f"{columns[0]} IS NULL, " + order
        if sort == "reference":
            order += ", c.id" + direction
        where, params = _where(flt)
        sql = (
            "SELECT c.id, c.reference, c.opened, c.closed, c.status, c.area, "
            f"c.mediation_referred, c.client_name FROM cases c{where} ORDER BY {order}"
        )
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, -1 if limit is None else max(limit, 0), max(offset, 0)]
        with self._db.read() as conn:
            rows = conn.execute(sql, params).fetchall()
            ids = [int(r[0]) for r in rows]
            grounds: dict[int, list[str]] = {}
            follow: dict[int, str] = {}
            for chunk in _chunks(ids):
                marks = _marks(len(chunk))
                for case_id, code in conn.execute(
                    f"SELECT case_id, ground FROM case_grounds WHERE case_id IN ({marks}) "
                    "ORDER BY case_id, position",
                    list(chunk),
                ):
                    grounds.setdefault(case_id, []).append(code)
                for case_id, due in conn.execute(
                    f"SELECT case_id, MIN(due) FROM follow_ups WHERE done = 0 "
                    f"AND case_id IN ({marks}) GROUP BY case_id",
                    list(chunk),
                ):
                    follow[case_id] = due
        return [
            CaseSummaryRow(
                id=case_id,
                reference=r[1],
                opened=date.fromisoformat(r[2]),
                closed=_date(r[3]),
                status=r[4],
                area=r[5],
                grounds=tuple(grounds.get(case_id, ())),
                desk=DESK_MEDIATION if r[6] else DESK_ADVICE,
                client_name=r[7],
                next_follow_up=_date(follow.get(case_id)),
            )
            for case_id, r in zip(ids, rows, strict=True)
        ]

    def iter_cases(self, flt: CaseFilter = CaseFilter()) -> Iterator[Case]:  # noqa: B008
        """Every matching case, whole, by reference (year, number); read in
        batches, so a long iteration never holds the database."""
        where, params = _where(flt)
        with self._db.read() as conn:
            ids = [
                int(r[0])
                for r in conn.execute(
                    f"SELECT c.id FROM cases c{where} ORDER BY c.year, c.seq", params
                )
            ]
        for chunk in _chunks(ids):
            with self._db.read() as conn:
                loaded = _load_cases(conn, chunk)
            for case_id in chunk:
                case = loaded.get(case_id)
                if case is not None:  # deleted meanwhile
                    yield case

    def years(self) -> list[int]:
        """The years in which cases were opened, newest first."""
        with self._db.read() as conn:
            return [
                int(r[0])
                for r in conn.execute(
                    "SELECT DISTINCT opened_year FROM cases ORDER BY opened_year DESC"
                )
            ]
