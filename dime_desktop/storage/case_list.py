"""The case list's queries: filters, full-text search, sorting and keyset pages.

``CaseRepository.count / page / list_rows / iter_cases`` build their SQL here.
What makes them hold at 300,000 cases (issue 14):

* **Keyset pages.** A page continues from the sort position of the last row it
  showed (``WHERE (opened, id) < (?, ?)``), never with ``OFFSET``: the 500th
  page costs what the first costs. Every sort has an index that ends in
  ``opened`` (and the rowid), so a page reads ``limit`` index entries and
  ``limit`` rows. Sorts whose first column can be NULL (closed, next
  follow-up, grounds) are read in two *sections* (the rows with a value, the
  rows without), each served by the same index; a :class:`SortPosition` says
  in which section a row sits.
* **Search plans chosen by hit count.** The search text is tokenised by FTS5
  itself (the same ``unicode61`` tokenizer, in a private in-memory database),
  so what is asked is exactly what was indexed and no user text reaches
  ``MATCH`` as it is. Words of one to three letters use the table's prefix
  indexes; longer words are expanded to the indexed words they begin (at most
  :data:`MAX_EXPANSION`), so FTS5 never has to merge the doclists of a prefix.
  Then the matches are counted, up to a cap, from FTS alone, and:

  - few matches (at most :data:`COUNT_CAP`): the matches drive — each is looked
    up and the few are sorted (``c.id IN (SELECT rowid …)``);
  - many: the sort index is walked and each row is checked against the set of
    matches (``+c.id IN (…)``: the unary ``+`` keeps the planner from driving
    by the match list), which stops after one page;
  - most of the vault (at least ``crossover_hits(n)``): the sort index is walked
    and each row is probed in FTS (``EXISTS (… MATCH ? AND rowid = c.id)``),
    which never materialises the match list; the cost of a page then depends on
    the share of matches, not their number.

* **Counts.** Without text the count is exact (indexes serve it). With text it
  is counted up to :data:`COUNT_CAP` + 1: above the cap the list says
  "1,000+" (``CaseCount.exact`` False). Text alone is counted from FTS alone.
* **Ground filter** as an ``IN`` over ``case_grounds`` when the ground is rare
  (it drives), as a primary-key probe (``EXISTS``) when common; the desk, area
  and status filters have indexes that end in ``opened``.
"""

from __future__ import annotations

import contextlib
import math
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlcipher3

from dime_desktop.cases.model import (
    DESK_ADVICE,
    DESK_MEDIATION,
    CaseFilter,
    CaseSummaryRow,
)

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

PAGE_ROWS = 200
#: Text searches are counted up to this; more shows as "1,000+".
COUNT_CAP = 1000
#: Longest prefix (in characters) the FTS table has a prefix index for.
PREFIX_INDEX_MAX = 3
#: A longer word becomes an OR of at most this many indexed words; beyond it
#: the word stays a prefix query.
MAX_EXPANSION = 32
#: Costs measured on the 2-core machine (benchmarks/speed/schema_costs.py and
#: run_all.py, encrypted, warm cache): one FTS probe of a row ~60 µs (with
#: detail=none; ~30 µs with positions), one match put into the match set and
#: walked past ~0.35 µs. The two plans cost the same at sqrt(34,000 * n)
#: matches (59,000 of 100,000 cases, 101,000 of 300,000): ~20-36 ms.
_PROBE_US = 60.0
_COLLECT_US = 0.35

# The FTS5 tokenizer of case_search (storage/schema.py); used again to split
# search text into exactly the tokens that were indexed.
TOKENIZER = "unicode61 remove_diacritics 0"

_SELECT = (
    "SELECT c.id, c.reference, c.year, c.seq, c.opened, c.closed, c.status, c.area, "
    "c.mediation_referred, c.client_name, c.next_due, c.grounds_key FROM cases c"
)
# Positions of the selected columns.
_ID, _REF, _YEAR, _SEQ, _OPENED, _CLOSED, _STATUS, _AREA = 0, 1, 2, 3, 4, 5, 6, 7
_REFERRED, _CLIENT, _NEXT_DUE, _GROUNDS_KEY = 8, 9, 10, 11


def crossover_hits(cases: int) -> int:
    """From how many matches walking the list and probing FTS row by row is
    cheaper than collecting the matches: probing costs _PROBE_US per row read
    (PAGE_ROWS * cases / hits rows per page), collecting _COLLECT_US per match."""
    n = max(cases, 1)
    return max(COUNT_CAP + 1, int(math.sqrt(_PROBE_US * PAGE_ROWS * n / _COLLECT_US)))


# --- cancelling ----------------------------------------------------------------------


class SearchCancelled(Exception):
    """A search was stopped because a newer one (or a lock) came first. Not a
    user's error: whoever cancelled drops the result."""


class CancelToken:
    """Handed to a search; :meth:`cancel` (from any thread) stops its SQL
    within a few thousand SQLite steps (a progress handler installed only for
    that search's statements)."""

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled


#: SQLite VM steps between two looks at the token (~0.1 ms of work).
PROGRESS_STEPS = 5000


@contextlib.contextmanager
def cancellable(conn: Any, token: CancelToken | None) -> Iterator[None]:
    """Run the block's SQL so that ``token.cancel()`` aborts it (raises
    SearchCancelled). Call with the database lock held (inside ``db.read()``),
    so only this search's statements can be stopped."""
    if token is None:
        yield
        return
    if token.cancelled:
        raise SearchCancelled()
    conn.set_progress_handler(lambda: 1 if token.cancelled else 0, PROGRESS_STEPS)
    try:
        yield
    except sqlcipher3.OperationalError:
        if token.cancelled:
            raise SearchCancelled() from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if token.cancelled:
        raise SearchCancelled()


# --- positions and pages -------------------------------------------------------------


@dataclass(frozen=True)
class SortPosition:
    """Where a row sits in a sorted list: its section and its sort values."""

    section: int
    values: tuple[Any, ...]


#: The position after the last row of any list ("read backwards from the end").
END = SortPosition(1_000_000, ())


@dataclass(frozen=True)
class CasePage:
    """Rows of the list in list order, each row's position, and whether more
    rows follow in the direction read (after the last row; before the first
    when reading backwards)."""

    rows: list[CaseSummaryRow]
    positions: list[SortPosition]
    more: bool


@dataclass(frozen=True)
class CaseCount:
    """How many cases match: exact, or at least ``n`` (``exact`` False)."""

    n: int
    exact: bool


@dataclass(frozen=True)
class _Section:
    where: str  # "" or a condition that picks this section's rows
    columns: tuple[str, ...]  # ORDER BY expressions, ending in the case id
    key: tuple[int, ...]  # positions of their values in a selected row


def _sections(sort: str, descending: bool) -> list[_Section]:
    """The sections of a sort in list order."""
    opened_id = ("c.opened", "c.id")
    if sort == "reference":
        return [_Section("", ("c.year", "c.seq", "c.id"), (_YEAR, _SEQ, _ID))]
    if sort == "opened":
        return [_Section("", opened_id, (_OPENED, _ID))]
    if sort in ("area", "status", "client_name"):
        column, pos = {
            "area": ("c.area", _AREA),
            "status": ("c.status", _STATUS),
            "client_name": ("c.client_name COLLATE NOCASE", _CLIENT),
        }[sort]
        return [_Section("", (column, *opened_id), (pos, _OPENED, _ID))]
    if sort == "closed":
        # as SQLite orders NULL: open cases first ascending, last descending
        with_value = _Section(
            "c.closed IS NOT NULL", ("c.closed", *opened_id), (_CLOSED, _OPENED, _ID)
        )
        without = _Section("c.closed IS NULL", opened_id, (_OPENED, _ID))
        return [with_value, without] if descending else [without, with_value]
    if sort in ("next_follow_up", "grounds"):
        # cases without any come last, whichever way the list is sorted
        column, pos = (
            ("c.next_due", _NEXT_DUE)
            if sort == "next_follow_up"
            else ("c.grounds_key", _GROUNDS_KEY)
        )
        return [
            _Section(f"{column} IS NOT NULL", (column, *opened_id), (pos, _OPENED, _ID)),
            _Section(f"{column} IS NULL", opened_id, (_OPENED, _ID)),
        ]
    raise ValueError(f"unknown sort key {sort!r}; expected one of {SORT_KEYS}")


def _row(r: Sequence[Any], grounds: dict[int, list[str]]) -> CaseSummaryRow:
    case_id = int(r[_ID])
    return CaseSummaryRow(
        id=case_id,
        reference=r[_REF],
        opened=date.fromisoformat(r[_OPENED]),
        closed=None if r[_CLOSED] is None else date.fromisoformat(r[_CLOSED]),
        status=r[_STATUS],
        area=r[_AREA],
        grounds=tuple(grounds.get(case_id, ())),
        desk=DESK_MEDIATION if r[_REFERRED] else DESK_ADVICE,
        client_name=r[_CLIENT],
        next_follow_up=None if r[_NEXT_DUE] is None else date.fromisoformat(r[_NEXT_DUE]),
    )


# --- the search text -----------------------------------------------------------------


class _Tokenizer:
    """FTS5's own tokenizer in a private in-memory database (no vault data is
    written anywhere; nothing is counted as a change of the vault)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: Any = None

    def tokens(self, words: Sequence[str]) -> list[list[str]]:
        """The indexed tokens of each word (case-folded as FTS5 folds them)."""
        with self._lock:
            if self._conn is None:
                conn = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
                conn.execute(f'CREATE VIRTUAL TABLE words USING fts5 (w, tokenize = "{TOKENIZER}")')
                conn.execute("CREATE VIRTUAL TABLE tokens USING fts5vocab (words, instance)")
                self._conn = conn
            conn = self._conn
            conn.execute("BEGIN")
            try:
                conn.executemany(
                    "INSERT INTO words (rowid, w) VALUES (?, ?)", list(enumerate(words))
                )
                found = conn.execute("SELECT doc, term FROM tokens ORDER BY doc, offset").fetchall()
            finally:
                conn.execute("ROLLBACK")
        out: list[list[str]] = [[] for _ in words]
        for doc, term in found:
            out[int(doc)].append(str(term))
        return out


_TOKENIZER = _Tokenizer()


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _next_string(text: str) -> str | None:
    """The smallest string above every string that starts with ``text``."""
    last = ord(text[-1])
    if last >= 0x10FFFF:
        return None
    return text[:-1] + chr(last + 1)


@dataclass(frozen=True)
class TextPlan:
    """How one search text is asked: the FTS5 expression (None: it matches
    nothing), how many cases it matches (counted up to ``counted_to``) and
    the way the list is read (``drive``, ``walk`` or ``probe``)."""

    match: str | None
    hits: int
    counted_to: int
    mode: str

    @property
    def hits_exact(self) -> bool:
        return self.hits < self.counted_to


_NOTHING = TextPlan(None, 0, 1, "none")


def plan_text(conn: Any, words: Sequence[str], cases_hint: int) -> TextPlan:
    """The plan for a search of ``words`` (see the module text)."""
    tokens = _TOKENIZER.tokens([unicodedata.normalize("NFC", w) for w in words])
    if any(not t for t in tokens):
        return _NOTHING  # a word that indexes to nothing can match nothing
    terms: list[str] = []
    merges = False  # a prefix FTS5 must merge (probing would merge at every row)
    for token in (t for word in tokens for t in word):
        if len(token) <= PREFIX_INDEX_MAX:
            terms.append(_quoted(token) + "*")
            continue
        upper = _next_string(token)
        found = (
            []
            if upper is None
            else [
                str(r[0])
                for r in conn.execute(
                    "SELECT term FROM temp.case_search_terms WHERE term >= ? AND term < ? LIMIT ?",
                    (token, upper, MAX_EXPANSION + 1),
                )
            ]
        )
        if not found and upper is not None:
            return _NOTHING
        if upper is None or len(found) > MAX_EXPANSION:
            terms.append(_quoted(token) + "*")
            merges = True
        elif len(found) == 1:
            terms.append(_quoted(found[0]))
        else:
            terms.append("(" + " OR ".join(_quoted(t) for t in found) + ")")
    match = " AND ".join(terms)
    crossover = crossover_hits(cases_hint)
    (hits,) = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM case_search WHERE case_search MATCH ? LIMIT ?)",
        (match, crossover),
    ).fetchone()
    hits = int(hits)
    if hits <= COUNT_CAP:
        mode = "drive"
    elif hits < crossover or merges:
        mode = "walk"
    else:
        mode = "probe"
    return TextPlan(match, hits, crossover, mode)


def ensure_search_terms(conn: Any) -> None:
    """The vocabulary of case_search as a temp table of this connection."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_terms "
        "USING fts5vocab (main, case_search, row)"
    )


# --- the query ------------------------------------------------------------------------


_TEXT_CONDITION = {
    "drive": "c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)",
    "walk": "+c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)",
    "probe": "EXISTS (SELECT 1 FROM case_search WHERE case_search MATCH ? AND rowid = c.id)",
}


@dataclass(frozen=True)
class Conditions:
    """The WHERE of a filter: SQL conditions on ``cases c`` and their values."""

    clauses: tuple[str, ...]
    params: tuple[Any, ...]
    text: TextPlan | None  # None: no text filter
    nothing: bool = False  # the filter can match no case

    def sql(self, extra: Sequence[str] = ()) -> str:
        parts = [*extra, *self.clauses]
        return (" WHERE " + " AND ".join(parts)) if parts else ""


def ground_is_rare(conn: Any, ground: str, cases_hint: int) -> bool:
    """Whether the cases with ``ground`` are few enough to drive the query:
    looking each up and sorting them (~1 µs each) is then cheaper than probing
    ``case_grounds`` at every row of a page (~1 µs per row, PAGE_ROWS * n / h
    rows)."""
    limit = max(COUNT_CAP, int(math.sqrt(PAGE_ROWS * max(cases_hint, 1))))
    (n,) = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM case_grounds WHERE ground = ? LIMIT ?)",
        (ground, limit + 1),
    ).fetchone()
    return int(n) <= limit


def conditions(
    flt: CaseFilter, text: TextPlan | None, *, rare_ground: bool, text_mode: str | None = None
) -> Conditions:
    """SQL for ``flt``; ``text`` is the plan of ``flt.text`` (None: no words)."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.year is not None:
        # The year a case was opened (cases.opened_year, which CaseRepository
        # always writes as the year of cases.opened), asked as a range of
        # opened: the index on opened serves it in list order.
        clauses.append("c.opened BETWEEN ? AND ?")
        params += [f"{flt.year:04d}-01-01", f"{flt.year:04d}-12-31"]
    if flt.status is not None:
        clauses.append("c.status = ?")
        params.append(flt.status)
    if flt.area is not None:
        clauses.append("c.area = ?")
        params.append(flt.area)
    if flt.ground is not None:
        clauses.append(
            "c.id IN (SELECT case_id FROM case_grounds WHERE ground = ?)"
            if rare_ground
            else "EXISTS (SELECT 1 FROM case_grounds g WHERE g.case_id = c.id AND g.ground = ?)"
        )
        params.append(flt.ground)
    if flt.desk is not None:
        if flt.desk not in (DESK_ADVICE, DESK_MEDIATION):
            raise ValueError(f"unknown desk {flt.desk!r}")
        clauses.append("c.mediation_referred = ?")
        params.append(1 if flt.desk == DESK_MEDIATION else 0)
    if text is not None:
        if text.match is None:
            return Conditions((), (), text, nothing=True)
        mode = text_mode or text.mode
        clauses.append(_TEXT_CONDITION[mode])
        params.append(text.match)
    return Conditions(tuple(clauses), tuple(params), text)


def only_text(flt: CaseFilter) -> bool:
    return (
        flt.year is None
        and flt.status is None
        and flt.area is None
        and flt.ground is None
        and flt.desk is None
    )


def count(conn: Any, flt: CaseFilter, where: Conditions, at_most: int | None) -> CaseCount:
    """How many cases match; with ``at_most``, counting stops above it."""
    if where.nothing:
        return CaseCount(0, True)
    text = where.text
    if text is not None and text.match is not None and only_text(flt):
        # one FTS row per case: count from FTS alone
        if at_most is not None and (text.hits_exact or text.hits > at_most):
            n = min(text.hits, at_most + 1)
            return CaseCount(n, n <= at_most)
        if text.hits_exact:
            return CaseCount(text.hits, True)
        (n,) = conn.execute(
            "SELECT count(*) FROM case_search WHERE case_search MATCH ?", (text.match,)
        ).fetchone()
        return CaseCount(int(n), True)
    if flt.ground is not None and text is None and only_text(replace(flt, ground=None)):
        # the ground alone: its index counts it
        sql = "SELECT 1 FROM case_grounds WHERE ground = ?"
        params: tuple[Any, ...] = (flt.ground,)
    else:
        sql, params = f"SELECT 1 FROM cases c{where.sql()}", where.params
    if at_most is None:
        (n,) = conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
        return CaseCount(int(n), True)
    (n,) = conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", (*params, at_most + 1)).fetchone()
    return CaseCount(int(n), int(n) <= at_most)


def _grounds_of(conn: Any, ids: Sequence[int]) -> dict[int, list[str]]:
    grounds: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        for case_id, code in conn.execute(
            f"SELECT case_id, ground FROM case_grounds WHERE case_id IN ({marks}) "
            "ORDER BY case_id, position",
            chunk,
        ):
            grounds.setdefault(int(case_id), []).append(str(code))
    return grounds


def page(
    conn: Any,
    where: Conditions,
    *,
    sort: str,
    descending: bool,
    after: SortPosition | None,
    before: SortPosition | None,
    limit: int,
) -> CasePage:
    """Up to ``limit`` rows after ``after`` (None: from the start), or the
    ``limit`` rows just before ``before`` (``END``: the end of the list)."""
    if where.nothing or limit <= 0:
        return CasePage([], [], False)
    sections = _sections(sort, descending)
    backwards = before is not None
    start = before if backwards else after
    if backwards:
        assert start is not None
        order = range(min(start.section, len(sections) - 1), -1, -1)
    else:
        order = range(start.section if start is not None else 0, len(sections))
    reading_desc = descending != backwards
    direction = " DESC" if reading_desc else ""
    op = "<" if reading_desc else ">"
    found: list[tuple[Any, ...]] = []
    found_at: list[int] = []
    want = limit + 1  # one more tells whether more rows follow
    for index in order:
        section = sections[index]
        extra = [section.where] if section.where else []
        params: list[Any] = []
        if start is not None and start.section == index and start.values:
            extra.append(
                f"({', '.join(section.columns)}) {op} ({', '.join('?' * len(start.values))})"
            )
            params += list(start.values)
        sql = (
            f"{_SELECT}{where.sql(extra)} ORDER BY "
            + ", ".join(col + direction for col in section.columns)
            + " LIMIT ?"
        )
        rows = conn.execute(sql, (*params, *where.params, want - len(found))).fetchall()
        found += rows
        found_at += [index] * len(rows)
        if len(found) >= want:
            break
    more = len(found) > limit
    found, found_at = found[:limit], found_at[:limit]
    if backwards:
        found.reverse()
        found_at.reverse()
    grounds = _grounds_of(conn, [int(r[_ID]) for r in found])
    rows_out = [_row(r, grounds) for r in found]
    positions = [
        SortPosition(index, tuple(r[i] for i in sections[index].key))
        for r, index in zip(found, found_at, strict=True)
    ]
    return CasePage(rows_out, positions, more)


def ids_by_reference(conn: Any, where: Conditions) -> list[int]:
    if where.nothing:
        return []
    return [
        int(r[0])
        for r in conn.execute(
            f"SELECT c.id FROM cases c{where.sql()} ORDER BY c.year, c.seq", where.params
        )
    ]
