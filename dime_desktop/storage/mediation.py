"""The mediation desk's records in the vault (``vault.mediation``).

Tables (``storage/schema.py`` ``SCHEMA_MEDIATION``): ``mediation_cases`` (one
row per referred advice case, ``case_id`` UNIQUE, deleted with the case) and
its parts ``mediation_parties``, ``mediation_suitability``,
``mediation_talks``, ``mediation_meetings``, ``mediation_terms``,
``mediation_history``; and ``mediation_unsaved_forms`` for unsaved screens across a
lock. A record is written whole in one transaction (its parts replaced).

The advice case's own mediation columns (``cases.mediation_referred``,
``mediation_area``, ``mediation_outcome``) follow the record on every save,
so the register's desk filter and ``dime cases`` agree with the mediation
desk; referrals that have no record (older vaults, imported registers) keep
only those columns and are listed by :meth:`MediationRepository.register_referrals`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Protocol

from dime_desktop.errors import CaseNotFound, MediationExists, MediationInvalid, MediationNotFound
from dime_desktop.mediation.checklist import Checklist, default_checklist
from dime_desktop.mediation.model import (
    Consent,
    MediationRecord,
    Meeting,
    Party,
    PreparatoryTalk,
    StatusChange,
    SuitabilityAnswer,
    Term,
)
from dime_desktop.mediation.rules import validate_record
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.storage import access_log as audit
from dime_desktop.storage.consents import mirror_referral_consent
from dime_desktop.storage.json_columns import from_json, to_json


class DatabaseLike(Protocol):
    def read(self) -> AbstractContextManager[Any]: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


@dataclass(frozen=True)
class MediationFilter:
    """None means any. ``year`` is the year the advice case was opened (as in
    the yearly statistics and ``dime cases --year``)."""

    year: int | None = None
    stage: str | None = None
    area: str | None = None


@dataclass(frozen=True)
class MediationRow:
    """One line of the mediator's list (the client's name only for views that
    may show it)."""

    case_id: int
    reference: str
    stage: str
    area: str
    referred_on: date
    opened_year: int
    mediator: str
    client_name: str
    outcome: str | None
    next_meeting: date | None  # the next meeting not yet held
    open_terms: int
    next_follow_up: date | None  # the soonest follow-up of an open term


@dataclass(frozen=True)
class RegisterReferral:
    """A case marked as referred in the register's columns with no mediation record."""

    case_id: int
    reference: str
    opened_year: int
    case_area: str
    area: str | None  # the register's mediation area (an advice area code)
    outcome: str | None
    case_status: str
    client_name: str = ""  # for views that may show it


@dataclass(frozen=True)
class UpcomingMeeting:
    case_id: int
    reference: str
    meeting_date: date
    start: time | None
    place: str | None
    place_text: str


@dataclass(frozen=True)
class DueTerm:
    case_id: int
    reference: str
    key: str
    kind: str
    what: str
    due: date
    follow_up: date


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _pd(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)


def _pt(text: str | None) -> time | None:
    return None if not text else time.fromisoformat(text)


_CASE_COLUMNS = (
    "area",
    "stage",
    "mediator",
    "referred_on",
    "referral_consent_on",
    "referral_consent_method",
    "referral_consent_note",
    "referral_note",
    "criminal",
    "outcome",
    "outcome_on",
    "agreement_on",
    "closed_on",
    "closing_reason",
    "closing_note",
)
_SELECT = (
    "SELECT m.id, m.case_id, c.reference, "
    + ", ".join(f"m.{c}" for c in _CASE_COLUMNS)
    + " FROM mediation_cases m JOIN cases c ON c.id = m.case_id"
)


def _case_values(r: MediationRecord) -> tuple[Any, ...]:
    c = r.referral_consent
    return (
        r.area,
        r.stage,
        r.mediator.strip(),
        r.referred_on.isoformat(),
        _d(c.given_on),
        c.method or None,
        c.note,
        r.referral_note,
        1 if r.criminal else 0,
        r.outcome or None,
        _d(r.outcome_on),
        _d(r.agreement_on),
        _d(r.closed_on),
        r.closing_reason or None,
        r.closing_note,
    )


def _row_to_record(row: Sequence[Any]) -> MediationRecord:
    (
        mid,
        case_id,
        reference,
        area,
        stage,
        mediator,
        referred_on,
        consent_on,
        consent_method,
        consent_note,
        referral_note,
        criminal,
        outcome,
        outcome_on,
        agreement_on,
        closed_on,
        closing_reason,
        closing_note,
    ) = row
    return MediationRecord(
        id=int(mid),
        case_id=int(case_id),
        reference=reference,
        area=area,
        stage=stage,
        mediator=mediator,
        referred_on=date.fromisoformat(referred_on),
        referral_consent=Consent(
            given_on=_pd(consent_on), method=consent_method, note=consent_note
        ),
        referral_note=referral_note,
        criminal=bool(criminal),
        outcome=outcome,
        outcome_on=_pd(outcome_on),
        agreement_on=_pd(agreement_on),
        closed_on=_pd(closed_on),
        closing_reason=closing_reason,
        closing_note=closing_note,
    )


def _write_parts(conn: Any, mid: int, r: MediationRecord) -> None:
    for table in (
        "mediation_parties",
        "mediation_suitability",
        "mediation_talks",
        "mediation_meetings",
        "mediation_terms",
        "mediation_history",
    ):
        conn.execute(f"DELETE FROM {table} WHERE mediation_id = ?", (mid,))
    conn.executemany(
        "INSERT INTO mediation_parties (mediation_id, key, position, role, name, organisation,"
        " contact_person, contact, under_18, accompanies, consent_on, consent_method,"
        " consent_note, withdrawn_on, withdrawal_note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                mid,
                p.key,
                pos,
                p.role,
                p.name.strip(),
                int(p.organisation),
                p.contact_person.strip(),
                p.contact.strip(),
                int(p.under_18),
                p.accompanies,
                _d(p.consent.given_on),
                p.consent.method or None,
                p.consent.note,
                _d(p.consent.withdrawn_on),
                p.consent.withdrawal_note,
            )
            for pos, p in enumerate(r.parties)
        ],
    )
    conn.executemany(
        "INSERT INTO mediation_suitability (mediation_id, item, answer, reason, answered_on,"
        " circumstances) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (mid, a.item, a.answer, a.reason, _d(a.answered_on), a.circumstances)
            for a in r.suitability.values()
        ],
    )
    conn.executemany(
        "INSERT INTO mediation_talks (mediation_id, key, talk_date, party, participants, notes)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(mid, t.key, t.talk_date.isoformat(), t.party, t.participants, t.notes) for t in r.talks],
    )
    conn.executemany(
        "INSERT INTO mediation_meetings (mediation_id, key, meeting_date, start_time, place,"
        " place_text, participants, notes, held) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                mid,
                m.key,
                m.meeting_date.isoformat(),
                None if m.start is None else m.start.strftime("%H:%M"),
                m.place or None,
                m.place_text.strip(),
                m.participants,
                m.notes,
                int(m.held),
            )
            for m in r.meetings
        ],
    )
    conn.executemany(
        "INSERT INTO mediation_terms (mediation_id, key, position, kind, party, what, due,"
        " follow_up_on, status, status_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                mid,
                t.key,
                pos,
                t.kind,
                t.party,
                t.what.strip(),
                t.due.isoformat(),
                _d(t.follow_up_on),
                t.status,
                _d(t.status_on),
                t.note,
            )
            for pos, t in enumerate(r.terms)
        ],
    )
    conn.executemany(
        "INSERT INTO mediation_history (mediation_id, changed_on, from_stage, to_stage,"
        " changed_by, note) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (mid, h.changed_on.isoformat(), h.from_stage, h.to_stage, h.by, h.note)
            for h in r.history
        ],
    )


def _load_parts(conn: Any, r: MediationRecord) -> MediationRecord:
    mid = r.id
    for row in conn.execute(
        "SELECT key, role, name, organisation, contact_person, contact, under_18, accompanies,"
        " consent_on, consent_method, consent_note, withdrawn_on, withdrawal_note"
        " FROM mediation_parties WHERE mediation_id = ? ORDER BY position",
        (mid,),
    ):
        r.parties.append(
            Party(
                key=row[0],
                role=row[1],
                name=row[2],
                organisation=bool(row[3]),
                contact_person=row[4],
                contact=row[5],
                under_18=bool(row[6]),
                accompanies=row[7],
                consent=Consent(
                    given_on=_pd(row[8]),
                    method=row[9],
                    note=row[10],
                    withdrawn_on=_pd(row[11]),
                    withdrawal_note=row[12],
                ),
            )
        )
    for item, answer, reason, answered_on, circumstances in conn.execute(
        "SELECT item, answer, reason, answered_on, circumstances FROM mediation_suitability"
        " WHERE mediation_id = ?",
        (mid,),
    ):
        r.suitability[item] = SuitabilityAnswer(
            item, answer, reason, _pd(answered_on), circumstances
        )
    order = {code: i for i, code in enumerate(default_checklist().codes())}
    r.suitability = dict(sorted(r.suitability.items(), key=lambda kv: order.get(kv[0], 999)))
    for key, talk_date, party, participants, notes in conn.execute(
        "SELECT key, talk_date, party, participants, notes FROM mediation_talks"
        " WHERE mediation_id = ? ORDER BY talk_date, key",
        (mid,),
    ):
        r.talks.append(
            PreparatoryTalk(date.fromisoformat(talk_date), party, participants, notes, key)
        )
    for row in conn.execute(
        "SELECT key, meeting_date, start_time, place, place_text, participants, notes, held"
        " FROM mediation_meetings WHERE mediation_id = ? ORDER BY meeting_date, start_time, key",
        (mid,),
    ):
        r.meetings.append(
            Meeting(
                meeting_date=date.fromisoformat(row[1]),
                start=_pt(row[2]),
                place=row[3],
                place_text=row[4],
                participants=row[5],
                notes=row[6],
                held=bool(row[7]),
                key=row[0],
            )
        )
    for row in conn.execute(
        "SELECT key, kind, party, what, due, follow_up_on, status, status_on, note"
        " FROM mediation_terms WHERE mediation_id = ? ORDER BY position",
        (mid,),
    ):
        r.terms.append(
            Term(
                kind=row[1],
                what=row[3],
                due=date.fromisoformat(row[4]),
                party=row[2],
                follow_up_on=_pd(row[5]),
                status=row[6],
                status_on=_pd(row[7]),
                note=row[8],
                key=row[0],
            )
        )
    for changed_on, from_stage, to_stage, by, note in conn.execute(
        "SELECT changed_on, from_stage, to_stage, changed_by, note FROM mediation_history"
        " WHERE mediation_id = ? ORDER BY id",
        (mid,),
    ):
        r.history.append(
            StatusChange(date.fromisoformat(changed_on), to_stage, from_stage, by, note)
        )
    return r


class MediationRepository:
    """The mediation records of a vault. See ARCHITECTURE.md for the contract."""

    def __init__(
        self,
        db: DatabaseLike,
        ref: ReferenceData | None = None,
        checklist: Checklist | None = None,
    ) -> None:
        self._db = db
        self._ref = ref if ref is not None else default_reference()
        self._checklist = checklist

    # --- writing -------------------------------------------------------------------
    def _check(self, record: MediationRecord) -> None:
        problems = validate_record(record, self._ref, self._checklist or default_checklist())
        if problems:
            raise MediationInvalid(problems)

    def _sync_case(self, conn: Any, r: MediationRecord) -> None:
        """The advice case's mediation columns follow the record."""
        area = r.area if r.area in self._ref.areas else None
        conn.execute(
            "UPDATE cases SET mediation_referred = 1,"
            " mediation_area = COALESCE(?, mediation_area), mediation_outcome = ? WHERE id = ?",
            (area, r.outcome or None, r.case_id),
        )
        # issue 12: one consent to the referral, shown on the case and here
        consent = r.referral_consent
        mirror_referral_consent(conn, r.case_id, consent.given_on, consent.method, consent.note)
        audit.record_on(self._db, audit.CHANGED, case_id=r.case_id, fields=["mediation"])

    def add(self, record: MediationRecord) -> MediationRecord:
        """Store a new record for its advice case (CaseNotFound, MediationExists,
        MediationInvalid); returns it as stored."""
        self._check(record)
        with self._db.transaction() as conn:
            case = conn.execute(
                "SELECT reference FROM cases WHERE id = ?", (record.case_id,)
            ).fetchone()
            if case is None:
                raise CaseNotFound(record.reference or str(record.case_id))
            if conn.execute(
                "SELECT 1 FROM mediation_cases WHERE case_id = ?", (record.case_id,)
            ).fetchone():
                raise MediationExists(case[0])
            now = _now()
            cur = conn.execute(
                f"INSERT INTO mediation_cases (case_id, {', '.join(_CASE_COLUMNS)}, created_at,"
                f" updated_at) VALUES ({', '.join('?' * (len(_CASE_COLUMNS) + 3))})",
                (record.case_id, *_case_values(record), now, now),
            )
            mid = int(cur.lastrowid)
            _write_parts(conn, mid, record)
            self._sync_case(conn, record)
            return self._load(conn, mid)

    def update(self, record: MediationRecord) -> MediationRecord:
        """Save changes to a stored record (by ``record.id``); its parts are replaced."""
        if record.id is None:
            raise MediationNotFound(record.reference or str(record.case_id))
        self._check(record)
        with self._db.transaction() as conn:
            assignments = ", ".join(f"{c} = ?" for c in _CASE_COLUMNS)
            cur = conn.execute(
                f"UPDATE mediation_cases SET {assignments}, updated_at = ? WHERE id = ?",
                (*_case_values(record), _now(), record.id),
            )
            if cur.rowcount == 0:
                raise MediationNotFound(record.reference or str(record.case_id))
            _write_parts(conn, record.id, record)
            self._sync_case(conn, record)
            return self._load(conn, record.id)

    def save(self, record: MediationRecord) -> MediationRecord:
        return self.add(record) if record.id is None else self.update(record)

    def delete(self, case_id: int) -> None:
        """Delete the case's mediation record (the advice case stays)."""
        with self._db.transaction() as conn:
            cur = conn.execute("DELETE FROM mediation_cases WHERE case_id = ?", (case_id,))
            if cur.rowcount == 0:
                raise MediationNotFound(str(case_id))

    # --- reading ---------------------------------------------------------------------
    def _load(self, conn: Any, mid: int) -> MediationRecord:
        row = conn.execute(f"{_SELECT} WHERE m.id = ?", (mid,)).fetchone()
        if row is None:
            raise MediationNotFound(str(mid))
        return _load_parts(conn, _row_to_record(row))

    def find(self, case_id: int) -> MediationRecord | None:
        """The advice case's record, or None."""
        with self._db.read() as conn:
            row = conn.execute(f"{_SELECT} WHERE m.case_id = ?", (case_id,)).fetchone()
            return None if row is None else _load_parts(conn, _row_to_record(row))

    def get(self, case_id: int) -> MediationRecord:
        record = self.find(case_id)
        if record is None:
            raise MediationNotFound(str(case_id))
        return record

    def get_by_reference(self, reference: str) -> MediationRecord:
        """The record of the advice case with this reference (CaseNotFound if no
        such case, MediationNotFound if it has no record)."""
        with self._db.read() as conn:
            case = conn.execute(
                "SELECT id FROM cases WHERE reference = ?", (reference.strip(),)
            ).fetchone()
            if case is None:
                raise CaseNotFound(reference)
            row = conn.execute(f"{_SELECT} WHERE m.case_id = ?", (int(case[0]),)).fetchone()
            if row is None:
                raise MediationNotFound(reference)
            return _load_parts(conn, _row_to_record(row))

    def iter_records(self, flt: MediationFilter = MediationFilter()) -> Iterator[MediationRecord]:
        """Every matching record, whole, by reference."""
        where, params = self._where(flt)
        with self._db.read() as conn:
            ids = [
                int(r[0])
                for r in conn.execute(
                    "SELECT m.id FROM mediation_cases m JOIN cases c ON c.id = m.case_id"
                    f"{where} ORDER BY c.year, c.seq",
                    params,
                )
            ]
        for mid in ids:
            with self._db.read() as conn:
                yield self._load(conn, mid)

    @staticmethod
    def _where(flt: MediationFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if flt.year is not None:
            clauses.append("c.opened_year = ?")
            params.append(flt.year)
        if flt.stage is not None:
            clauses.append("m.stage = ?")
            params.append(flt.stage)
        if flt.area is not None:
            clauses.append("m.area = ?")
            params.append(flt.area)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_rows(self, flt: MediationFilter = MediationFilter()) -> list[MediationRow]:
        """The mediator's list: open stages first by stage order, then by reference."""
        where, params = self._where(flt)
        sql = (
            "SELECT m.case_id, c.reference, m.stage, m.area, m.referred_on, c.opened_year,"
            " m.mediator, c.client_name, m.outcome,"
            " (SELECT MIN(meeting_date) FROM mediation_meetings x"
            "   WHERE x.mediation_id = m.id AND x.held = 0),"
            " (SELECT COUNT(*) FROM mediation_terms t"
            "   WHERE t.mediation_id = m.id AND t.status = 'open'),"
            " (SELECT MIN(COALESCE(t.follow_up_on, t.due)) FROM mediation_terms t"
            "   WHERE t.mediation_id = m.id AND t.status = 'open')"
            f" FROM mediation_cases m JOIN cases c ON c.id = m.case_id{where}"
            " ORDER BY c.year, c.seq"
        )
        with self._db.read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            MediationRow(
                case_id=int(r[0]),
                reference=r[1],
                stage=r[2],
                area=r[3],
                referred_on=date.fromisoformat(r[4]),
                opened_year=int(r[5]),
                mediator=r[6],
                client_name=r[7],
                outcome=r[8],
                next_meeting=_pd(r[9]),
                open_terms=int(r[10]),
                next_follow_up=_pd(r[11]),
            )
            for r in rows
        ]

    def register_referrals(self, year: int | None = None) -> list[RegisterReferral]:
        """Cases marked as referred in the register's columns with no record."""
        sql = (
            "SELECT c.id, c.reference, c.opened_year, c.area, c.mediation_area,"
            " c.mediation_outcome, c.status, c.client_name FROM cases c"
            " WHERE c.mediation_referred = 1"
            " AND NOT EXISTS (SELECT 1 FROM mediation_cases m WHERE m.case_id = c.id)"
        )
        params: list[Any] = []
        if year is not None:
            sql += " AND c.opened_year = ?"
            params.append(year)
        with self._db.read() as conn:
            rows = conn.execute(sql + " ORDER BY c.year, c.seq", params).fetchall()
        return [
            RegisterReferral(int(r[0]), r[1], int(r[2]), r[3], r[4], r[5], r[6], r[7]) for r in rows
        ]

    def upcoming_meetings(self, from_date: date, limit: int = 20) -> list[UpcomingMeeting]:
        """Meetings not yet held, from ``from_date`` on, soonest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT m.case_id, c.reference, x.meeting_date, x.start_time, x.place,"
                " x.place_text FROM mediation_meetings x"
                " JOIN mediation_cases m ON m.id = x.mediation_id JOIN cases c ON c.id = m.case_id"
                " WHERE x.held = 0 AND x.meeting_date >= ? AND m.stage != 'closed'"
                " ORDER BY x.meeting_date, x.start_time LIMIT ?",
                (from_date.isoformat(), limit),
            ).fetchall()
        return [
            UpcomingMeeting(int(r[0]), r[1], date.fromisoformat(r[2]), _pt(r[3]), r[4], r[5])
            for r in rows
        ]

    def due_terms(self, until: date) -> list[DueTerm]:
        """Open terms whose follow-up is on or before ``until`` (overdue ones too)."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT m.case_id, c.reference, t.key, t.kind, t.what, t.due,"
                " COALESCE(t.follow_up_on, t.due) AS f FROM mediation_terms t"
                " JOIN mediation_cases m ON m.id = t.mediation_id JOIN cases c ON c.id = m.case_id"
                " WHERE t.status = 'open' AND f <= ? AND m.stage != 'closed'"
                " ORDER BY f, c.year, c.seq, t.position",
                (until.isoformat(),),
            ).fetchall()
        return [
            DueTerm(
                int(r[0]),
                r[1],
                r[2],
                r[3],
                r[4],
                date.fromisoformat(r[5]),
                date.fromisoformat(r[6]),
            )
            for r in rows
        ]

    # --- drafts of unsaved screens ------------------------------------------------------
    def save_unsaved_form(self, key: str, data: dict[str, Any]) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO mediation_unsaved_forms (key, data, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET data = excluded.data,"
                " updated_at = excluded.updated_at",
                (key, to_json(data), _now()),
            )

    def load_unsaved_forms(self) -> dict[str, dict[str, Any]]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT key, data FROM mediation_unsaved_forms ORDER BY key"
            ).fetchall()
        out: dict[str, dict[str, Any]] = {}
        for key, text in rows:
            data = from_json(text)
            if data is not None:
                out[key] = data
        return out

    def delete_unsaved_form(self, key: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM mediation_unsaved_forms WHERE key = ?", (key,))
