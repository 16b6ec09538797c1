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

**From the index alone.** Every table but the mediation records' comes from
one scan of the year's index entries, grouped in the index's order (no sort):
``cases.grounds_combo`` and ``cases.incidents_key`` hold each case's codes
sorted and joined by '+' (kept by CaseRepository), so no row and no child
table is read; the few mediation records come one row each and move their
case from the register's referrals to the records'.

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
from collections import defaultdict
from collections.abc import Sequence
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


# One pass over the year's entries of cases_stats (covering: no row and no
# child table is read), grouped in the index's own order (no sorting): how many
# cases have each combination of the columns the tables count.
_YEAR_SQL = """
SELECT area, channel, track, mediation_referred, mediation_area, mediation_outcome,
       grounds_combo, incidents_key, COUNT(*)
FROM cases INDEXED BY cases_stats WHERE opened_year = ?
GROUP BY area, channel, track, mediation_referred, mediation_area, mediation_outcome,
         grounds_combo, incidents_key
"""

# Cases with a mediation record (one row each; records are few, so they drive:
# CROSS JOIN keeps that order): the case's register columns and grounds, the
# record's codes and how far it got. A case is referred when it has a record
# or its register column says so.
_RECORDS_SQL = """
SELECT c.area, c.mediation_referred, c.mediation_area, c.mediation_outcome, c.grounds_combo,
       m.area, m.outcome, m.stage,
       EXISTS (SELECT 1 FROM mediation_talks t WHERE t.mediation_id = m.id),
       EXISTS (SELECT 1 FROM mediation_history h
               WHERE h.mediation_id = m.id AND h.to_stage = 'ready'),
       EXISTS (SELECT 1 FROM mediation_meetings x WHERE x.mediation_id = m.id AND x.held = 1),
       (SELECT COUNT(*) FROM mediation_terms t WHERE t.mediation_id = m.id),
       (SELECT COUNT(*) FROM mediation_terms t
        WHERE t.mediation_id = m.id AND t.status = 'fulfilled')
FROM mediation_cases m CROSS JOIN cases c ON c.id = m.case_id
WHERE c.opened_year = ?
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


def _record_reached(row: Sequence[Any]) -> tuple[str | None, set[str]]:
    """(outcome, milestones reached) of a mediation record row of _RECORDS_SQL."""
    rec_outcome, stage = row[6], row[7]
    talk, ready, held, terms, fulfilled = (int(v) for v in row[8:13])
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
    return outcome, reached


def _count_referral(
    med: MediationCounts, area: str, outcome: str | None, reached: set[str], n: int
) -> None:
    med.referred += n
    _add(med.by_area, area, n)
    if outcome:
        _add(med.outcomes, outcome, n)
    else:
        _add(med.unrecorded, "outcomes", n)
    for milestone in reached:
        _add(med.stages, milestone, n)


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
        records = con.execute(_RECORDS_SQL, (year,)).fetchall()

        # referred by the register's column, grouped by (case area, mediation
        # area, outcome): the referrals without a record once records are out
        register: dict[tuple[Any, Any, Any], int] = {}
        by_area: dict[str, int] = defaultdict(int)
        by_channel: dict[str, int] = defaultdict(int)
        by_track: dict[str, int] = defaultdict(int)
        by_combo: dict[str, int] = defaultdict(int)
        by_incident: dict[str, int] = defaultdict(int)
        referred_combo: dict[str | None, int] = defaultdict(int)
        no_channel = no_combo = with_incident = cases = 0
        for area, channel, track, referred, m_area, m_outcome, combo, incidents, n in groups:
            cases += n
            by_area[area] += n
            if channel:
                by_channel[channel] += n
            else:
                no_channel += n
            by_track[track] += n
            if combo:
                by_combo[combo] += n
            else:
                no_combo += n
            if incidents:
                with_incident += n
                for code in incidents.split("+"):
                    by_incident[code] += n
            if referred:
                key = (area, m_area, m_outcome)
                register[key] = register.get(key, 0) + n
                referred_combo[combo] += n
        counts.cases = cases
        for target, source in (
            (counts.by_area, by_area),
            (counts.by_channel, by_channel),
            (counts.by_track, by_track),
            (counts.by_ground_combination, by_combo),
            (counts.by_incident_type, by_incident),
        ):
            target.update(source)
        if no_channel:
            counts.unrecorded["by_channel"] = no_channel
        if no_combo:
            counts.unrecorded["by_ground_combination"] = no_combo
        if cases - with_incident:
            counts.unrecorded["by_incident_type"] = cases - with_incident
        for combo, n in referred_combo.items():
            _referred_combination(med, combo, n)

        for row in records:  # a case with a record is referred, counted from the record
            case_area, referred, m_area, m_outcome, combo, rec_area = row[:6]
            if referred:
                register[(case_area, m_area, m_outcome)] -= 1
            else:
                _referred_combination(med, combo, 1)
            outcome, reached = _record_reached(row)
            _count_referral(med, counted_area(rec_area, case_area), outcome, reached, 1)
        for (case_area, m_area, m_outcome), n in register.items():
            if n:
                reached = _register_milestones(m_outcome)
                _count_referral(med, counted_area(m_area, case_area), m_outcome, reached, n)

        counts.by_ground = grounds_from_combinations(counts.by_ground_combination)
        med.by_ground = grounds_from_combinations(med.by_ground_combination)
        counts.mediation = med
        return counts


def _referred_combination(med: MediationCounts, combo: str | None, n: int) -> None:
    if combo:
        _add(med.by_ground_combination, combo, n)
    else:
        _add(med.unrecorded, "by_ground_combination", n)


def _stamp(con: Any) -> tuple[int, int]:
    """Changes every time the vault's data may have changed: rows written
    through this connection, commits of other connections."""
    (changes,) = con.execute("SELECT total_changes()").fetchone()
    (version,) = con.execute("PRAGMA data_version").fetchone()
    return int(changes), int(version)
