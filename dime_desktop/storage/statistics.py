"""Aggregate counts for the yearly statistics (SQL GROUP BY; no personal data).

Only code columns are read (area, channel, track, grounds, incident types,
mediation fields and records): never names, summaries, journal text or references.
Every query is restricted by ``cases.opened_year = ?`` (a case belongs to the
year it was opened, whatever its reference says). The covering index
``cases_stats`` (opened_year, area, channel, track, mediation_referred,
mediation_area, mediation_outcome, grounds_combo, incidents_key) holds every
column of ``cases`` these queries read, so a year is read from the index alone,
never from the wide rows (issue 14). See ``dime_desktop.stats.model`` for what
is counted.

**One pass per year.** Areas, channels, tracks, ground combinations, incident
types and whether a case was referred come from one scan of the year's index
entries (``_YEAR_SQL``, one GROUP BY): ``cases.grounds_combo`` and
``cases.incidents_key`` hold each case's codes sorted and joined by '+'
(CaseRepository keeps them), so no child table is read; the mediation tables
have a query of their own.

**Cached per year.** ``year_counts`` keeps each year's counts until the vault
changes: the key is the connection's ``total_changes()`` (every row written
through it, by any repository) and ``PRAGMA data_version`` (a commit by another
connection), so the year switch of the statistics screen is instant the second
time and a save is seen at once. The cache holds counts only (no personal data)
and goes with the vault's ``StatisticsQueries`` at lock.

**The mediation desk's tables** are counted per referred case: from its
mediation record (``mediation_cases`` and its parts) when it has one, and
otherwise from the advice case's three register columns (a vault from before
the mediation desk, an imported earlier register, a tick in the case form);
a case is referred when it has a record or ``mediation_referred`` is set.
Without a record the area is the recorded mediation area or the case's own,
mapped to a mediation area (``mediation.areas.counted_area``), and how far the
case got is read off its outcome only (see ``_register_milestones``).
"""

from __future__ import annotations

import copy
import threading
from contextlib import AbstractContextManager
from typing import Any, Protocol

from dime_desktop.mediation.areas import counted_area
from dime_desktop.mediation.model import (
    MILESTONE_AGREEMENT,
    MILESTONE_FULFILLED,
    MILESTONE_MEETING,
    MILESTONE_READY,
    MILESTONE_TALK,
    OUTCOME_AGREEMENT,
    OUTCOME_PENDING,
    STAGE_CLOSED,
)
from dime_desktop.stats.model import (
    MediationCounts,
    YearCounts,
    grounds_from_combinations,
)


class DatabaseLike(Protocol):
    def read(self) -> AbstractContextManager[Any]: ...


# A case is referred to mediation when it has a mediation record or its
# register column says so.
_REFERRED = (
    "(c.mediation_referred = 1 OR EXISTS (SELECT 1 FROM mediation_cases r WHERE r.case_id = c.id))"
)

# One pass over the year's entries of cases_stats (covering: no row, no child
# table is read): per group of category columns, ground combination, incident
# types and whether the cases were referred, how many.
_YEAR_SQL = f"""
SELECT area, channel, track, referred, combo, incidents, COUNT(*) FROM (
    SELECT c.area, c.channel, c.track, {_REFERRED} AS referred,
           c.grounds_combo AS combo, c.incidents_key AS incidents
    FROM cases c INDEXED BY cases_stats
    WHERE c.opened_year = ?
) GROUP BY area, channel, track, referred, combo, incidents
"""

# One row per referred case: the register's columns, and the record's codes
# and how far it got (NULLs without a record).
_MEDIATION_SQL = """
SELECT c.area, c.mediation_area, c.mediation_outcome,
       m.id, m.area, m.outcome, m.stage,
       EXISTS (SELECT 1 FROM mediation_talks t WHERE t.mediation_id = m.id),
       EXISTS (SELECT 1 FROM mediation_history h
               WHERE h.mediation_id = m.id AND h.to_stage = 'ready'),
       EXISTS (SELECT 1 FROM mediation_meetings x WHERE x.mediation_id = m.id AND x.held = 1),
       (SELECT COUNT(*) FROM mediation_terms t WHERE t.mediation_id = m.id),
       (SELECT COUNT(*) FROM mediation_terms t
        WHERE t.mediation_id = m.id AND t.status = 'fulfilled')
FROM cases c INDEXED BY cases_stats LEFT JOIN mediation_cases m ON m.case_id = c.id
WHERE c.opened_year = ? AND (c.mediation_referred = 1 OR m.id IS NOT NULL)
"""


def _add(d: dict[str, int], key: str, n: int) -> None:
    d[key] = d.get(key, 0) + n


def _register_milestones(outcome: str | None) -> set[str]:
    """How far a referral with no record got, as far as its outcome tells:
    mediated (with or without agreement) means preparatory talks, found ready
    and a meeting; resolved before the meeting means preparatory talks. Whether
    an agreement was fulfilled is never guessed."""
    if outcome in (OUTCOME_AGREEMENT, "no_agreement"):
        reached = {MILESTONE_TALK, MILESTONE_READY, MILESTONE_MEETING}
        if outcome == OUTCOME_AGREEMENT:
            reached.add(MILESTONE_AGREEMENT)
        return reached
    if outcome == "resolved_before_meeting":
        return {MILESTONE_TALK}
    return set()


def _mediation_counts(rows: list[Any], med: MediationCounts) -> None:
    for row in rows:
        (case_area, col_area, col_outcome, record_id, rec_area, rec_outcome, stage) = row[:7]
        talk, ready, held, terms, fulfilled = (int(v) for v in row[7:])
        med.referred += 1
        if record_id is not None:
            area = counted_area(rec_area, case_area)
            outcome = rec_outcome or (None if stage == STAGE_CLOSED else OUTCOME_PENDING)
            reached: set[str] = set()
            if talk:
                reached.add(MILESTONE_TALK)
            if ready or held:
                reached.add(MILESTONE_READY)
            if held:
                reached.add(MILESTONE_MEETING)
            if rec_outcome == OUTCOME_AGREEMENT:
                reached.add(MILESTONE_AGREEMENT)
                if terms and terms == fulfilled:
                    reached.add(MILESTONE_FULFILLED)
        else:
            area = counted_area(col_area, case_area)
            outcome = col_outcome
            reached = _register_milestones(col_outcome)
        _add(med.by_area, area, 1)
        if outcome:
            _add(med.outcomes, outcome, 1)
        else:
            _add(med.unrecorded, "outcomes", 1)
        for milestone in reached:
            _add(med.stages, milestone, 1)


class StatisticsQueries:
    def __init__(self, db: DatabaseLike) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._cache: dict[int, tuple[tuple[int, int], YearCounts]] = {}

    def clear_cache(self) -> None:
        """Forget every year's counts (the next ``year_counts`` reads again)."""
        with self._lock:
            self._cache.clear()

    def year_counts(self, year: int) -> YearCounts:
        """Every count of one year (cases opened that year); a copy the caller
        may change. Kept until the vault changes (see the module text)."""
        with self._db.read() as con:
            stamp = _stamp(con)
            with self._lock:
                kept = self._cache.get(year)
            if kept is not None and kept[0] == stamp:
                return copy.deepcopy(kept[1])
            counts = self._read_year(con, year)
        with self._lock:
            self._cache[year] = (stamp, counts)
        return copy.deepcopy(counts)

    def _read_year(self, con: Any, year: int) -> YearCounts:
        counts = YearCounts(year=year)
        med = MediationCounts()
        groups = con.execute(_YEAR_SQL, (year,)).fetchall()
        referrals = con.execute(_MEDIATION_SQL, (year,)).fetchall()

        with_incident = 0
        for area, channel, track, referred, combo, incidents, n in groups:
            n = int(n)
            counts.cases += n
            _add(counts.by_area, area, n)
            if channel:
                _add(counts.by_channel, channel, n)
            else:
                _add(counts.unrecorded, "by_channel", n)
            _add(counts.by_track, track, n)
            if incidents:
                with_incident += n
                for code in incidents.split("+"):
                    _add(counts.by_incident_type, code, n)
            if combo:
                _add(counts.by_ground_combination, combo, n)
                if referred:
                    _add(med.by_ground_combination, combo, n)
            else:
                _add(counts.unrecorded, "by_ground_combination", n)
                if referred:
                    _add(med.unrecorded, "by_ground_combination", n)
        _mediation_counts(referrals, med)
        counts.by_ground = grounds_from_combinations(counts.by_ground_combination)
        med.by_ground = grounds_from_combinations(med.by_ground_combination)

        if counts.cases - with_incident:
            counts.unrecorded["by_incident_type"] = counts.cases - with_incident

        counts.mediation = med
        return counts


def _stamp(con: Any) -> tuple[int, int]:
    """Changes every time the vault's data may have changed: rows written
    through this connection, commits of other connections."""
    (changes,) = con.execute("SELECT total_changes()").fetchone()
    (version,) = con.execute("PRAGMA data_version").fetchone()
    return int(changes), int(version)
