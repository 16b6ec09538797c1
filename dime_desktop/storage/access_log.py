"""The access log inside the vault: who did what to which case, and when
(issue 12). Append-only and hash-chained; never the content of a field.

Table ``access_log`` (migration ``SCHEMA_ACCESS_LOG``): one row per event,
``id`` AUTOINCREMENT (never reused), ``at`` (UTC, ISO with microseconds),
``actor`` (the adviser's name as set on the laptop or given to ``dime``),
``event`` (a code of :data:`EVENTS`), ``case_id``/``case_ref`` (no foreign
key: the log outlives a deleted case), ``fields`` (names of the changed
fields, comma-separated), ``detail`` (a short code: ``pdf``, ``checklist``,
``passphrase``, ``added:12``) and ``hash`` (32 bytes).

**The chain.** ``hash = SHA-256`` of the entry's values and the hash of the
entry before (:data:`GENESIS` for the first), so each entry holds the hash of
the one before in its own. A changed entry no longer matches its hash; a
removed one makes the next one fail (and leaves a gap in the ids); removed
entries at the end no longer reach the head kept in
``vault_settings`` (``access_log.head`` = ``id:hash``, written in the same
transaction). Two triggers refuse an UPDATE and a DELETE of an entry younger
than the log's retention cutoff (``access_log.pruned_before``); the retention
(:meth:`AccessLogRepository.prune`) sets the cutoff, deletes the old entries
and keeps where the chain now starts (``access_log.start`` = ``id:hash`` of the
last removed entry).
Someone holding the vault's key can still rewrite the whole chain; the chain
makes every careless or partial change visible (``dime verify``, the app).

**Never content.** Field names and details are checked against a pattern of
identifiers (:func:`check_code`), so no typed text can reach the log by
mistake; the actor is a person's name (of the staff), cut to 100 characters.

**One function.** Every part of the program logs through
:meth:`AccessLogRepository.record` (``vault.access_log.record(...)``). The
repositories inside ``storage/`` reach it with :func:`record_on` (the log is
attached to the vault's :class:`~dime_desktop.storage.database.Database`), so
a change and its log entry are written in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from dime_desktop.storage.json_columns import DatabaseLike

GENESIS = "0" * 64

# --- what can be logged ---------------------------------------------------------

# about a case
OPENED = "opened"
CREATED = "created"
CHANGED = "changed"
PRINTED = "printed"
EXPORTED = "exported"
SEALED = "sealed"  # a document draft marked as sent
HANDED_OVER = "handed_over"
DELETED = "deleted"  # detail: keep_statistics | all
SUBJECT_ACCESS = "subject_access"  # a person's own copy (GDPR art. 15)
CONSENT_WITHDRAWN = "consent_withdrawn"  # detail: the purpose
# about the vault
UNLOCK = "unlock"  # detail: passphrase | recovery_key | keychain | key | created
LOCK = "lock"
UNLOCK_FAILED = "unlock_failed"  # detail: passphrase | recovery_key
BACKUP = "backup"
RESTORE = "restore"
PASSPHRASE_CHANGED = "passphrase_changed"  # detail: passphrase | recovery_key | key_rotated
IMPORT = "import"
RETENTION = "retention"  # detail: confirmed | changed (the rules)
LOG_PRUNED = "log_pruned"  # detail: removed:N

CASE_EVENTS = (
    OPENED,
    CREATED,
    CHANGED,
    PRINTED,
    EXPORTED,
    SEALED,
    HANDED_OVER,
    DELETED,
    SUBJECT_ACCESS,
    CONSENT_WITHDRAWN,
)
VAULT_EVENTS = (
    UNLOCK,
    LOCK,
    UNLOCK_FAILED,
    BACKUP,
    RESTORE,
    PASSPHRASE_CHANGED,
    IMPORT,
    RETENTION,
    LOG_PRUNED,
)
EVENTS = CASE_EVENTS + VAULT_EVENTS

SETTING_HEAD = "access_log.head"
SETTING_START = "access_log.start"
SETTING_PRUNED_BEFORE = "access_log.pruned_before"

TRIGGERS = ("access_log_no_update", "access_log_no_delete")

_CODE_RE = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")
_DETAIL_RE = re.compile(r"^[A-Za-z0-9_.:+-]{0,80}$")
_REF_RE = re.compile(r"^[A-Z]{2,4}-\d{4}-\d{3,6}$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
ACTOR_MAX = 100
_CHUNK = 5000


def check_code(value: str, *, detail: bool = False) -> str:
    """``value`` when it is an identifier (a field name) or, with ``detail``,
    a short code (``pdf``, ``added:12``, ``2025-05-01``); ValueError
    otherwise — free text never reaches the log."""
    pattern = _DETAIL_RE if detail else _CODE_RE
    if not isinstance(value, str) or not pattern.match(value):
        raise ValueError(f"not a code the access log may hold: {value!r}")
    return value


def clean_actor(name: str) -> str:
    """The adviser's name as the log keeps it: one line, at most 100 characters."""
    return " ".join(_CONTROL_RE.sub(" ", name or "").split())[:ACTOR_MAX]


def now_text(moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in local time, as UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


# --- entries --------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: datetime  # UTC
    actor: str
    event: str
    case_id: int | None
    case_ref: str
    fields: tuple[str, ...]
    detail: str
    hash: str  # hex

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": now_text(self.at),
            "actor": self.actor,
            "event": self.event,
            "case": self.case_ref or None,
            "fields": list(self.fields),
            "detail": self.detail,
            "hash": self.hash,
        }


def entry_hash(
    entry_id: int,
    at: str,
    actor: str,
    event: str,
    case_id: int | None,
    case_ref: str,
    fields: str,
    detail: str,
    prev_hash: str,
) -> str:
    """The SHA-256 (hex) of an entry: its values in a fixed JSON form and the
    hash of the entry before."""
    canonical = json.dumps(
        [entry_id, at, actor, event, case_id, case_ref, fields, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_COLUMNS = "id, at, actor, event, case_id, case_ref, fields, detail, hash"


def _entry(row: Sequence[Any]) -> LogEntry:
    return LogEntry(
        id=int(row[0]),
        at=parse_time(str(row[1])),
        actor=str(row[2]),
        event=str(row[3]),
        case_id=None if row[4] is None else int(row[4]),
        case_ref=str(row[5]),
        fields=tuple(f for f in str(row[6]).split(",") if f),
        detail=str(row[7]),
        hash=bytes(row[8]).hex(),
    )


@dataclass(frozen=True)
class LogFilter:
    """Which entries: None means any. ``since``/``until`` are UTC moments
    (``until`` excluded); ``events`` a set of codes."""

    since: datetime | None = None
    until: datetime | None = None
    case_id: int | None = None
    case_ref: str | None = None
    events: tuple[str, ...] | None = None
    actor: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        terms: list[str] = []
        params: list[Any] = []
        if self.since is not None:
            terms.append("at >= ?")
            params.append(now_text(self.since))
        if self.until is not None:
            terms.append("at < ?")
            params.append(now_text(self.until))
        if self.case_id is not None:
            terms.append("case_id = ?")
            params.append(self.case_id)
        if self.case_ref is not None:
            terms.append("case_ref = ?")
            params.append(self.case_ref.strip())
        if self.events is not None:
            if not self.events:
                terms.append("0")
            else:
                terms.append(f"event IN ({', '.join('?' * len(self.events))})")
                params.extend(self.events)
        if self.actor is not None:
            terms.append("actor = ?")
            params.append(self.actor)
        return (" WHERE " + " AND ".join(terms)) if terms else "", params


@dataclass
class ChainCheck:
    """What :meth:`AccessLogRepository.verify` found."""

    entries: int = 0
    problems: list[str] = field(default_factory=list)
    first_broken: int | None = None  # id of the first entry where the chain breaks

    @property
    def intact(self) -> bool:
        return not self.problems


# --- the repository -----------------------------------------------------------------


class AccessLogRepository:
    """The vault's access log (``vault.access_log``). See the module's notes."""

    def __init__(self, db: DatabaseLike, actor: str = "") -> None:
        self._db = db
        self._actor = clean_actor(actor)
        #: rows this repository changed (its own writes; the vault does not count
        #: them as changes that need a backup: opening a case is not a change)
        self.own_changes = 0
        self._available: bool | None = None

    @property
    def available(self) -> bool:
        """Whether the database has the log (a database of an older schema,
        opened by a test that stopped its migrations early, has none)."""
        if self._available is None:
            with self._db.read() as conn:
                row = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'access_log'"
                ).fetchone()
            self._available = row is not None
        return self._available

    @property
    def actor(self) -> str:
        return self._actor

    @actor.setter
    def actor(self, name: str) -> None:
        self._actor = clean_actor(name)

    # --- writing ------------------------------------------------------------

    def record(
        self,
        event: str,
        *,
        case_id: int | None = None,
        case_ref: str | None = None,
        fields: Iterable[str] = (),
        detail: str = "",
        at: datetime | None = None,
        actor: str | None = None,
    ) -> LogEntry | None:
        """Append one entry (in the caller's transaction when there is one).

        ``event`` is one of :data:`EVENTS`; ``fields`` are names of fields
        (never their values), ``detail`` a short code. The case's reference
        is looked up from ``case_id`` when not given. ValueError for anything
        that is not a code (so typed text can never be logged). Returns the
        entry (None only for a database without the log)."""
        if event not in EVENTS:
            raise ValueError(f"unknown access log event {event!r}")
        names = sorted({check_code(f) for f in fields})
        check_code(detail, detail=True)
        if not self.available:
            return None
        who = self._actor if actor is None else clean_actor(actor)
        when = now_text(at)
        with self._db.transaction() as conn:
            before = int(conn.total_changes)
            ref = ""
            if case_ref is not None:
                ref = case_ref.strip()
            elif case_id is not None:
                row = conn.execute(
                    "SELECT reference FROM cases WHERE id = ?", (case_id,)
                ).fetchone()
                ref = "" if row is None else str(row[0])
            if ref and not _REF_RE.match(ref):
                raise ValueError(f"not a case reference: {ref!r}")
            last = conn.execute(
                "SELECT id, hash FROM access_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            prev = bytes(last[1]).hex() if last is not None else _start_of(conn)[1] or GENESIS
            # the id is part of the hash: take the next one ourselves (the write
            # lock is held, and AUTOINCREMENT never hands out an id twice)
            seq = conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = 'access_log'"
            ).fetchone()
            new_id = int(seq[0]) + 1 if seq is not None else 1
            fields_text = ",".join(names)
            digest = entry_hash(new_id, when, who, event, case_id, ref, fields_text, detail, prev)
            conn.execute(
                "INSERT INTO access_log (id, at, actor, event, case_id, case_ref, fields, detail, "
                "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id,
                    when,
                    who,
                    event,
                    case_id,
                    ref,
                    fields_text,
                    detail,
                    bytes.fromhex(digest),
                ),
            )
            _set(conn, SETTING_HEAD, f"{new_id}:{digest}")
            self.own_changes += int(conn.total_changes) - before
        return LogEntry(
            new_id,
            parse_time(when),
            who,
            event,
            case_id,
            ref,
            tuple(names),
            detail,
            digest,
        )

    def prune(self, before: datetime) -> int:
        """Remove the entries older than ``before`` (the log's own retention);
        the chain then starts at the oldest kept entry. Logs the pruning.
        Returns how many were removed."""
        cutoff = now_text(before)
        if not self.available:
            return 0
        with self._db.transaction() as conn:
            changes = int(conn.total_changes)
            # the oldest part of the chain goes, up to the first entry that is
            # young enough (an entry written with a clock set back stays)
            first_kept = conn.execute(
                "SELECT id FROM access_log WHERE at >= ? ORDER BY id LIMIT 1", (cutoff,)
            ).fetchone()
            if first_kept is not None:
                bound = int(first_kept[0])
            else:  # everything goes: the next entry continues from the last hash
                last = conn.execute("SELECT MAX(id) FROM access_log").fetchone()
                if last is None or last[0] is None:
                    return 0
                bound = int(last[0]) + 1
            before_bound = conn.execute(
                "SELECT hash FROM access_log WHERE id < ? ORDER BY id DESC LIMIT 1", (bound,)
            ).fetchone()
            if before_bound is None:
                return 0
            start = f"{bound}:{bytes(before_bound[0]).hex()}"
            count = int(
                conn.execute("SELECT COUNT(*) FROM access_log WHERE id < ?", (bound,)).fetchone()[0]
            )
            if count == 0:
                return 0
            # the delete trigger lets through what is older than this, nothing else
            _set(conn, SETTING_PRUNED_BEFORE, cutoff)
            _set(conn, SETTING_START, start)
            conn.execute("DELETE FROM access_log WHERE id < ?", (bound,))
            self.own_changes += int(conn.total_changes) - changes
            self.record(LOG_PRUNED, detail=f"removed:{count}")
        return count

    # --- reading -----------------------------------------------------------------

    def entries(
        self,
        flt: LogFilter = LogFilter(),
        *,
        offset: int = 0,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[LogEntry]:
        where, params = flt.where()
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS} FROM access_log{where} ORDER BY id {order}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, -1 if limit is None else max(limit, 0), max(offset, 0)]
        with self._db.read() as conn:
            return [_entry(r) for r in conn.execute(sql, params).fetchall()]

    def iter_entries(
        self,
        flt: LogFilter = LogFilter(),
    ) -> Iterator[LogEntry]:
        """Every matching entry, oldest first, read in chunks (CSV export)."""
        where, params = flt.where()
        last = 0
        joiner = " AND " if where else " WHERE "
        while True:
            with self._db.read() as conn:
                rows = conn.execute(
                    f"SELECT {_COLUMNS} FROM access_log{where}{joiner}id > ? ORDER BY id LIMIT ?",
                    [*params, last, _CHUNK],
                ).fetchall()
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            last = int(rows[-1][0])

    def count(self, flt: LogFilter = LogFilter()) -> int:
        where, params = flt.where()
        with self._db.read() as conn:
            return int(
                conn.execute(f"SELECT COUNT(*) FROM access_log{where}", params).fetchone()[0]
            )

    def for_case(self, case_id: int, *, limit: int | None = None) -> list[LogEntry]:
        """The entries of one case, newest first ("who saw this case")."""
        return self.entries(LogFilter(case_id=case_id), limit=limit)

    def actors(self) -> list[str]:
        with self._db.read() as conn:
            return [
                str(r[0])
                for r in conn.execute("SELECT DISTINCT actor FROM access_log ORDER BY actor")
            ]

    # --- checking ------------------------------------------------------------------

    def verify(self, progress: Callable[[int, int], None] | None = None) -> ChainCheck:
        """Walk the whole chain: every hash, every link, the head, the start
        and the two triggers. Read in chunks (500,000 entries: about 2 s)."""
        check = ChainCheck()
        if not self.available:
            return check

        def problem(entry_id: int | None, text: str) -> None:
            check.problems.append(text)
            if entry_id is not None and check.first_broken is None:
                check.first_broken = entry_id

        with self._db.read() as conn:
            total = int(conn.execute("SELECT COUNT(*) FROM access_log").fetchone()[0])
            start_id, start_prev = _start_of(conn)
            head = _get(conn, SETTING_HEAD)
            present = {
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                    ("access_log",),
                )
            }
        for trigger in TRIGGERS:
            if trigger not in present:
                problem(
                    None,
                    f"The access log's protection against changes (trigger {trigger}) is "
                    "missing: someone changed the database directly.",
                )
        prev_hash: str | None = None
        prev_id: int | None = None
        last = 0
        while True:
            with self._db.read() as conn:
                rows = conn.execute(
                    f"SELECT {_COLUMNS} FROM access_log WHERE id > ? ORDER BY id LIMIT ?",
                    (last, _CHUNK),
                ).fetchall()
            if not rows:
                break
            for row in rows:
                entry_id = int(row[0])
                stored = bytes(row[8]).hex()
                first = prev_hash is None
                if first:
                    expected_prev = start_prev if start_id is not None else GENESIS
                    first_id = start_id if start_id is not None else 1
                else:
                    expected_prev = prev_hash
                digest = entry_hash(
                    entry_id,
                    str(row[1]),
                    str(row[2]),
                    str(row[3]),
                    None if row[4] is None else int(row[4]),
                    str(row[5]),
                    str(row[6]),
                    str(row[7]),
                    str(expected_prev),
                )
                if first and entry_id != first_id:
                    problem(
                        entry_id,
                        f"The access log starts at entry {entry_id}, not at entry "
                        f"{first_id}: its first entries were removed.",
                    )
                elif digest != stored:
                    if not first and entry_id != (prev_id or 0) + 1:
                        gap = entry_id - (prev_id or 0) - 1
                        text = (
                            f"Access log entry {entry_id} does not follow entry {prev_id}: "
                            f"{gap} entries between them were removed."
                        )
                    else:
                        text = (
                            f"Access log entry {entry_id} was changed after it was written "
                            "(it, or the entry before it, no longer matches its hash)."
                        )
                    problem(entry_id, text)
                prev_hash = stored
                prev_id = entry_id
                check.entries += 1
            last = int(rows[-1][0])
            if progress is not None:
                progress(check.entries, total)
        if head is not None:
            head_id, _, head_hash = head.partition(":")
            if prev_id is None or str(prev_id) != head_id or prev_hash != head_hash:
                shown = "nothing" if prev_id is None else f"entry {prev_id}"
                problem(
                    prev_id,
                    f"The access log ends at {shown}, but its last entry was entry {head_id}: "
                    "entries at the end were removed or changed.",
                )
        elif prev_id is not None:
            problem(None, "The access log has entries but no record of its last entry.")
        return check


# --- the vault's log, reached from the repositories -------------------------------------

_LOGS: weakref.WeakKeyDictionary[Any, AccessLogRepository] = weakref.WeakKeyDictionary()


def attach(db: Any, log: AccessLogRepository) -> None:
    """Make ``log`` the log of everything written through ``db``."""
    _LOGS[db] = log


def detach(db: Any) -> None:
    _LOGS.pop(db, None)


def log_of(db: Any) -> AccessLogRepository | None:
    return _LOGS.get(db)


def record_on(db: Any, event: str, **kwargs: Any) -> LogEntry | None:
    """:meth:`AccessLogRepository.record` on the log attached to ``db``
    (nothing when none is: a database opened outside a vault, a backup
    being checked)."""
    log = _LOGS.get(db)
    if log is None:
        return None
    return log.record(event, **kwargs)


# --- small helpers -------------------------------------------------------------------


def _get(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM vault_settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO vault_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _start_of(conn: Any) -> tuple[int | None, str | None]:
    start = _get(conn, SETTING_START)
    if not start:
        return None, None
    sid, _, prev = start.partition(":")
    try:
        return int(sid), prev
    except ValueError:
        return None, None


def retention_cutoff(today: date, years: int) -> datetime:
    """The moment before which entries are older than ``years`` years."""
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    return day_start(day)


def end_of_day(day: date) -> datetime:
    return day_start(day + timedelta(days=1))


__all__ = [
    "CASE_EVENTS",
    "EVENTS",
    "GENESIS",
    "VAULT_EVENTS",
    "AccessLogRepository",
    "ChainCheck",
    "LogEntry",
    "LogFilter",
    "attach",
    "check_code",
    "clean_actor",
    "detach",
    "entry_hash",
    "log_of",
    "record_on",
]
