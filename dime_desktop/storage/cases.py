"""The case register in the vault: cases with their grounds, incident types,
journal, follow-ups, timeline, client and mediation, and the full-text index.

Tables: ``cases`` and its child tables (see ``storage/schema.py``), and the
FTS5 table ``case_search`` (one row per case, ``rowid = cases.id``; columns
``summary``, ``journal`` = every journal text joined, ``client_name``,
``counterpart_name``; contentless: it holds the index only), which
this repository keeps in step on every add, update and delete.

Four columns of ``cases`` this repository keeps in step as well (it is the
only writer of follow-ups, grounds and incident types): the list's sort keys
``next_due`` (the earliest follow-up not done) and ``grounds_key`` (the case's
grounds as ranks in the order of the law, ``04,05``; the order used is in the
table ``ground_order``), and the statistics' ``grounds_combo`` and
``incidents_key`` (codes sorted, joined by '+'). Listing, counting and
searching are in ``storage/case_list.py``.

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
from dime_desktop.storage import case_list, schema
from dime_desktop.storage.case_list import SORT_KEYS
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
# Keys written with the case (never read back into a Case): the list's sort
# keys and the statistics' combinations (storage/schema.py, issue 14).
_WRITE_COLUMNS = (*_CASE_COLUMNS, "next_due", "grounds_key", "grounds_combo", "incidents_key")

_INSERT_CASE = (
    f"INSERT INTO cases (id, {', '.join(_WRITE_COLUMNS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_WRITE_COLUMNS) + 3))})"
)
_UPDATE_CASE = (
    f"UPDATE cases SET {', '.join(f'{c} = ?' for c in _WRITE_COLUMNS)}, updated_at = ? WHERE id = ?"
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

# FTS5 writes each transaction's rows as a new segment, and every search (a
# prefix-index probe above all) looks into every segment: 10 segments make a
# 1-letter search of 100,000 cases 12x slower than 1 (issue 14). After each
# save some merge work (at most _MERGE_PAGES pages, a fraction of a
# millisecond) keeps them few; a batch of _OPTIMIZE_FROM cases or more (an
# import) ends with 'optimize' (one segment; 0.5 s at 100,000 cases).
_MERGE_PAGES = 16
_OPTIMIZE_FROM = 1000

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


def combination(codes: Iterable[str]) -> str | None:
    """Codes as the statistics count them together: sorted, joined by '+'."""
    ordered = sorted(codes)
    return "+".join(ordered) if ordered else None


def next_due(case: Case) -> str | None:
    """The list's "next follow-up": the earliest one not done (ISO date)."""
    dates = [f.due for f in case.follow_ups if not f.done]
    return min(dates).isoformat() if dates else None


def _case_values(case: Case, year: int, seq: int, grounds_key: str | None) -> tuple[Any, ...]:
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
        next_due(case),
        grounds_key,
        combination(case.ground_codes()),
        combination(case.incident_types),
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


def _taken(conn: Any, wanted: Sequence[tuple[str, int, int]]) -> set[str]:
    """Those of the (reference, year, seq) that a stored case already has: the
    same text, or the same year and number. Two set-based queries per 500,
    never one query per reference."""
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        refs = sorted({r for r, _, _ in chunk})
        marks = _marks(len(refs))
        stored_refs = {
            str(r[0])
            for r in conn.execute(f"SELECT reference FROM cases WHERE reference IN ({marks})", refs)
        }
        pairs = sorted({(y, n) for _, y, n in chunk if y >= 0})
        stored_pairs: set[tuple[int, int]] = set()
        if pairs:
            values = ", ".join("(?, ?)" for _ in pairs)
            stored_pairs = {
                (int(r[0]), int(r[1]))
                for r in conn.execute(
                    f"SELECT year, seq FROM cases WHERE (year, seq) IN (VALUES {values})",
                    [v for pair in pairs for v in pair],
                )
            }
        found.update(r for r, y, n in chunk if r in stored_refs or (y, n) in stored_pairs)
    return found


def _tidy_search(conn: Any, cases_written: int) -> None:
    """Keep case_search in few segments (see _MERGE_PAGES)."""
    if cases_written >= _OPTIMIZE_FROM:
        conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")
    else:
        conn.execute(
            "INSERT INTO case_search (case_search, rank) VALUES ('merge', ?)", (_MERGE_PAGES,)
        )


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
        self._ranks = {code: n for n, code in enumerate(self._ref.grounds.codes())}
        self._ground_order_checked = False
        self._plans: dict[tuple[str, ...], tuple[tuple[int, int], case_list.TextPlan]] = {}
        self._terms_conn: Any = None

    # --- sort keys kept in the case row ----------------------------------------

    def grounds_key(self, codes: Sequence[str]) -> str | None:
        """A case's grounds as ranks in the law's order, in the case's own
        order (``04,05``); None without grounds. The list sorts by it."""
        if not codes:
            return None
        return ",".join(f"{self._ranks.get(code, 99):02d}" for code in codes)

    def _check_ground_order(self, conn: Any) -> None:
        """Make the stored grounds keys follow this program's order of the
        grounds (once per repository; after a change of the reference data every
        key is computed again, in SQL)."""
        if self._ground_order_checked:
            return
        stored = [str(r[0]) for r in conn.execute("SELECT code FROM ground_order ORDER BY rank")]
        wanted = list(self._ranks)
        if stored != wanted:
            conn.execute("DELETE FROM ground_order")
            conn.executemany(
                "INSERT INTO ground_order (code, rank) VALUES (?, ?)",
                [(code, rank) for code, rank in self._ranks.items()],
            )
            conn.execute(schema.GROUNDS_KEY_SQL)
        self._ground_order_checked = True

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
            _tidy_search(conn, 1)
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
            if inserted.ids:
                _tidy_search(conn, len(inserted.ids))
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
        brought: list[tuple[str, int, int]] = []
        for case in cases:
            if case.reference is None:
                continue
            reference = case.reference.strip()
            parsed = parse_reference(reference)
            if parsed is None:  # validate_case refuses these first
                raise CaseInvalid([FieldProblem("reference", "invalid_reference", reference)])
            brought.append((reference, *parsed))
        taken = _taken(conn, brought) if brought else set()
        self._check_ground_order(conn)
        for case in cases:
            if case.reference is None:
                numbered.append((case, None, 0, 0))
                continue
            reference = case.reference.strip()
            parsed = parse_reference(reference)
            assert parsed is not None  # checked above
            year, seq = parsed
            if reference in batch_refs or parsed in in_batch:
                raise DuplicateReference(reference)
            if reference in taken:
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
            values = list(_case_values(case, year, seq, self.grounds_key(case.ground_codes())))
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
            self._check_ground_order(conn)
            values = list(_case_values(case, year, seq, self.grounds_key(case.ground_codes())))
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
            _tidy_search(conn, 1)
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
            _tidy_search(conn, 1)
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
        wanted: list[tuple[str, int, int]] = []
        original: dict[str, list[str]] = {}
        for reference in references:
            text = reference.strip()
            parsed = parse_reference(text)
            year, seq = parsed if parsed is not None else (-1, -1)
            wanted.append((text, year, seq))
            original.setdefault(text, []).append(reference)
        with self._db.read() as conn:
            taken = _taken(conn, wanted)
        return {r for text in taken for r in original[text]}

    # --- listing, counting, searching (SQL in storage/case_list.py) -------------

    def _conditions(
        self, conn: Any, flt: CaseFilter, *, every_match: bool = False
    ) -> case_list.Conditions:
        """The WHERE of ``flt``. ``every_match``: for reading or counting every
        match (not one page), where a search text always drives (collecting the
        matches once beats probing every case)."""
        words = search_words(flt.text) if flt.text else []
        plan = self._text_plan(conn, words) if words else None
        rare = flt.ground is not None and case_list.ground_is_rare(
            conn, flt.ground, self._cases_hint(conn)
        )
        mode = "drive" if every_match else None
        return case_list.conditions(flt, plan, rare_ground=rare, text_mode=mode)

    @staticmethod
    def _cases_hint(conn: Any) -> int:
        """About how many cases there are (the highest id: one index seek)."""
        (top,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM cases").fetchone()
        return int(top)

    def _text_plan(self, conn: Any, words: list[str]) -> case_list.TextPlan:
        """The search plan of ``words``, kept until the vault changes."""
        (changes,) = conn.execute("SELECT total_changes()").fetchone()
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        stamp = (int(changes), int(version))
        key = tuple(words)
        kept = self._plans.get(key)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        if self._terms_conn is not conn:
            case_list.ensure_search_terms(conn)
            self._terms_conn = conn
        plan = case_list.plan_text(conn, words, self._cases_hint(conn))
        if len(self._plans) >= 64:
            self._plans.clear()
        self._plans[key] = (stamp, plan)
        return plan

    def count(
        self,
        flt: CaseFilter = CaseFilter(),  # noqa: B008 (frozen, immutable)
        *,
        at_most: int | None = None,
    ) -> int:
        """How many cases match ``flt``. With ``at_most``, counting stops once
        more than ``at_most`` match (the result is then ``at_most + 1``)."""
        return self.count_matches(flt, at_most=at_most).n

    def count_matches(
        self,
        flt: CaseFilter = CaseFilter(),  # noqa: B008
        *,
        at_most: int | None = None,
        cancel: case_list.CancelToken | None = None,
    ) -> case_list.CaseCount:
        """Like :meth:`count`, saying whether the number is exact. ``cancel``
        stops it from another thread (``case_list.SearchCancelled``)."""
        with self._db.read() as conn, case_list.cancellable(conn, cancel):
            where = self._conditions(conn, flt, every_match=at_most is None)
            return case_list.count(conn, flt, where, at_most)

    def page(
        self,
        flt: CaseFilter = CaseFilter(),  # noqa: B008
        *,
        sort: str = "opened",
        descending: bool = True,
        after: case_list.SortPosition | None = None,
        before: case_list.SortPosition | None = None,
        limit: int = case_list.PAGE_ROWS,
        cancel: case_list.CancelToken | None = None,
    ) -> case_list.CasePage:
        """One page of the list (keyset paging): the rows just after the
        position ``after`` (None: the first rows), or just before ``before``
        (``case_list.END``: the last rows). ``sort`` is one of SORT_KEYS;
        next_follow_up / grounds: cases without come last either way; grounds
        sort in the order of the reference data (the law's order). ``cancel``
        stops it from another thread (``case_list.SearchCancelled``)."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}; expected one of {SORT_KEYS}")
        if after is not None and before is not None:
            raise ValueError("a page is read after a position or before one, not both")
        if sort == "grounds":
            self._check_ground_order_first()
        with self._db.read() as conn, case_list.cancellable(conn, cancel):
            where = self._conditions(conn, flt)
            return case_list.page(
                conn,
                where,
                sort=sort,
                descending=descending,
                after=after,
                before=before,
                limit=limit,
            )

    def _check_ground_order_first(self) -> None:
        if self._ground_order_checked:
            return
        with self._db.read() as conn:
            stored = [
                str(r[0]) for r in conn.execute("SELECT code FROM ground_order ORDER BY rank")
            ]
        if stored == list(self._ranks):
            self._ground_order_checked = True
            return
        with self._db.transaction() as conn:  # once, after the grounds' order changed
            self._check_ground_order(conn)

    def list_rows(
        self,
        flt: CaseFilter = CaseFilter(),  # noqa: B008 (frozen, immutable)
        *,
        sort: str = "opened",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[CaseSummaryRow]:
        """The list of cases matching ``flt`` from row ``offset`` (``limit``
        None: all). Read page by page with :meth:`page`."""
        rows: list[CaseSummaryRow] = []
        skip = max(offset, 0)
        wanted = None if limit is None else max(limit, 0)
        position: case_list.SortPosition | None = None
        while wanted is None or len(rows) < wanted:
            size = 1000 if wanted is None else min(1000, skip + wanted - len(rows))
            got = self.page(flt, sort=sort, descending=descending, after=position, limit=size)
            if got.rows:
                position = got.positions[-1]
            batch = got.rows
            if skip:
                dropped = min(skip, len(batch))
                batch = batch[dropped:]
                skip -= dropped
            rows.extend(batch)
            if not got.more:
                break
        return rows if wanted is None else rows[:wanted]

    def iter_cases(self, flt: CaseFilter = CaseFilter()) -> Iterator[Case]:  # noqa: B008
        """Every matching case, whole, by reference (year, number); read in
        batches, so a long iteration never holds the database."""
        with self._db.read() as conn:
            ids = case_list.ids_by_reference(conn, self._conditions(conn, flt, every_match=True))
        for chunk in _chunks(ids):
            with self._db.read() as conn:
                loaded = _load_cases(conn, chunk)
            for case_id in chunk:
                case = loaded.get(case_id)
                if case is not None:  # deleted meanwhile
                    yield case

    def years(self) -> list[int]:
        """The years in which cases were opened, newest first (one index seek
        per year, not a scan of every case)."""
        with self._db.read() as conn:
            return [
                int(r[0])
                for r in conn.execute(
                    "WITH RECURSIVE y(v) AS ("
                    " SELECT MAX(opened_year) FROM cases"
                    " UNION ALL"
                    " SELECT (SELECT MAX(opened_year) FROM cases WHERE opened_year < y.v)"
                    " FROM y WHERE y.v IS NOT NULL"
                    ") SELECT v FROM y WHERE v IS NOT NULL"
                )
            ]
