"""Aggregate counts for the yearly statistics (SQL GROUP BY; no personal data).

Only code columns are read (area, channel, track, grounds, incident types,
mediation fields): never names, summaries, journal text or references.
Every query is restricted by ``cases.opened_year = ?`` (a case belongs to the
year it was opened, whatever its reference says), which the index
``cases_opened_year_area`` (opened_year, area) serves; the
per-case ground and incident rows are found through their primary keys
(case_id, ...). See ``dime_desktop.stats.model`` for what is counted.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol

from dime_desktop.stats.model import (
    MediationCounts,
    YearCounts,
    grounds_from_combinations,
)


class DatabaseLike(Protocol):
    def read(self) -> AbstractContextManager[Any]: ...


_CATEGORY_SQL = """
SELECT area, channel, track, mediation_referred,
       COALESCE(mediation_area, area) AS m_area, mediation_outcome, COUNT(*)
FROM cases WHERE opened_year = ?
GROUP BY area, channel, track, mediation_referred, m_area, mediation_outcome
"""

# One row per case: its grounds as a combination key (codes sorted, joined by '+').
_COMBINATION_SQL = """
SELECT combo, referred, COUNT(*) FROM (
    SELECT c.mediation_referred AS referred,
           group_concat(g.ground, '+' ORDER BY g.ground) AS combo
    FROM cases c LEFT JOIN case_grounds g ON g.case_id = c.id
    WHERE c.opened_year = ?
    GROUP BY c.id
) GROUP BY combo, referred
"""

_INCIDENT_SQL = """
SELECT t.incident_type, COUNT(*)
FROM cases c JOIN case_incident_types t ON t.case_id = c.id
WHERE c.opened_year = ?
GROUP BY t.incident_type
"""

_INCIDENT_CASES_SQL = """
SELECT COUNT(*) FROM cases c
WHERE c.opened_year = ? AND EXISTS (SELECT 1 FROM case_incident_types t WHERE t.case_id = c.id)
"""


def _add(d: dict[str, int], key: str, n: int) -> None:
    d[key] = d.get(key, 0) + n


class StatisticsQueries:
    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    def year_counts(self, year: int) -> YearCounts:
        """Every count of one year (cases opened that year)."""
        counts = YearCounts(year=year)
        med = MediationCounts()
        with self._db.read() as con:
            categories = con.execute(_CATEGORY_SQL, (year,)).fetchall()
            combinations = con.execute(_COMBINATION_SQL, (year,)).fetchall()
            incidents = con.execute(_INCIDENT_SQL, (year,)).fetchall()
            with_incident = int(con.execute(_INCIDENT_CASES_SQL, (year,)).fetchone()[0])

        for area, channel, track, referred, m_area, outcome, n in categories:
            n = int(n)
            counts.cases += n
            _add(counts.by_area, area, n)
            if channel:
                _add(counts.by_channel, channel, n)
            else:
                _add(counts.unrecorded, "by_channel", n)
            _add(counts.by_track, track, n)
            if referred:
                med.referred += n
                _add(med.by_area, m_area, n)
                if outcome:
                    _add(med.outcomes, outcome, n)
                else:
                    _add(med.unrecorded, "outcomes", n)

        for combo, referred, n in combinations:
            n = int(n)
            if combo:
                _add(counts.by_ground_combination, combo, n)
                if referred:
                    _add(med.by_ground_combination, combo, n)
            else:
                _add(counts.unrecorded, "by_ground_combination", n)
                if referred:
                    _add(med.unrecorded, "by_ground_combination", n)
        counts.by_ground = grounds_from_combinations(counts.by_ground_combination)
        med.by_ground = grounds_from_combinations(med.by_ground_combination)

        for code, n in incidents:
            counts.by_incident_type[code] = int(n)
        if counts.cases - with_incident:
            counts.unrecorded["by_incident_type"] = counts.cases - with_incident

        counts.mediation = med
        return counts
