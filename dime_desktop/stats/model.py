"""A year's statistics: counts by category, as plain data.

What is counted (issue 5, ARCHITECTURE.md):

* A case belongs to the year it was **opened** (``cases.year``): a case opened
  on 2019-12-31 counts in 2019, one opened on 2020-01-01 in 2020, whenever they
  were closed. Anonymous contacts are cases like any other and are counted.
* ``by_ground`` counts a case once under **each** of its grounds (perceived or
  assessed alike: the register records the grounds the case is about), so the
  column can sum to more than the number of cases. ``by_incident_type`` likewise.
* ``by_ground_combination`` counts each case once, under the key made of its
  ground codes sorted alphabetically and joined by ``+`` (``ethnicity+religion``;
  a single ground is just its code). It partitions the cases that have grounds.
* The mediation desk's tables count each referred case once: from its mediation
  record when it has one, else from the register's mediation columns
  (``storage/statistics.py``). ``by_area`` is by *mediation* area
  (``mediation_areas``): the one the desk recorded, falling back to the case's
  own area mapped to a mediation area ("other" where none fits), so the table
  always adds up to the referrals. A record with no outcome yet counts as
  ``pending`` while open. ``stages`` counts how far cases got (milestones of
  ``mediation_milestones``: a preparatory talk, found ready, reached a meeting,
  made an agreement, agreement fulfilled); a case counts under each it reached.
* Cases with nothing recorded for a one-value category (no channel, no grounds,
  no outcome yet) are kept in ``unrecorded`` so tables can add up; the JSON of
  ``dime stats --json`` holds only reference codes and leaves them out, as it
  leaves out every category with zero cases.

No personal data ever enters these objects: only codes and counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dime_desktop.reference import ReferenceData, ReferenceList, default_reference

COMBINATION_SEPARATOR = "+"


def combination_key(codes: Iterable[str]) -> str:
    """``ethnicity+religion``: codes sorted alphabetically, joined by ``+``."""
    return COMBINATION_SEPARATOR.join(sorted(set(codes)))


def split_combination(key: str) -> list[str]:
    return [c for c in key.split(COMBINATION_SEPARATOR) if c]


@dataclass
class MediationCounts:
    referred: int = 0
    by_area: dict[str, int] = field(default_factory=dict)
    by_ground: dict[str, int] = field(default_factory=dict)
    by_ground_combination: dict[str, int] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    stages: dict[str, int] = field(default_factory=dict)  # milestone -> cases that reached it
    # cases referred with no grounds / no outcome recorded
    unrecorded: dict[str, int] = field(default_factory=dict)


@dataclass
class YearCounts:
    year: int
    cases: int = 0
    by_area: dict[str, int] = field(default_factory=dict)
    by_ground: dict[str, int] = field(default_factory=dict)
    by_ground_combination: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_incident_type: dict[str, int] = field(default_factory=dict)
    by_track: dict[str, int] = field(default_factory=dict)
    mediation: MediationCounts = field(default_factory=MediationCounts)
    # table key -> cases with nothing recorded ("by_channel", "by_ground_combination", ...)
    unrecorded: dict[str, int] = field(default_factory=dict)

    @property
    def has_data(self) -> bool:
        return self.cases > 0

    @property
    def several_grounds(self) -> int:
        """Cases with two or more grounds (intersectional cases)."""
        return sum(
            n for key, n in self.by_ground_combination.items() if len(split_combination(key)) > 1
        )

    def to_json(self, reference: ReferenceData | None = None) -> dict[str, Any]:
        """Exactly the shape of ``dime stats --json``; categories in
        reference-data order, zero categories left out."""
        ref = reference if reference is not None else default_reference()
        m = self.mediation
        return {
            "year": self.year,
            "cases": self.cases,
            "by_area": ordered(self.by_area, ref.areas),
            "by_ground": ordered(self.by_ground, ref.grounds),
            "by_ground_combination": ordered_combinations(self.by_ground_combination, ref),
            "by_channel": ordered(self.by_channel, ref.channels),
            "by_incident_type": ordered(self.by_incident_type, ref.incident_types),
            "by_track": ordered(self.by_track, ref.tracks),
            "mediation": {
                "referred": m.referred,
                "by_area": ordered(m.by_area, ref.mediation_areas),
                "by_ground": ordered(m.by_ground, ref.grounds),
                "by_ground_combination": ordered_combinations(m.by_ground_combination, ref),
                "outcomes": ordered(m.outcomes, ref.mediation_outcomes),
                "stages": ordered(m.stages, ref.mediation_milestones),
            },
        }


def ordered(counts: Mapping[str, int], ref_list: ReferenceList) -> dict[str, int]:
    """Non-zero counts in reference-data order (unknown codes last, sorted)."""
    known = [c for c in ref_list.codes() if counts.get(c, 0) > 0]
    unknown = sorted(c for c, n in counts.items() if n > 0 and c not in ref_list)
    return {c: counts[c] for c in known + unknown}


def combination_order(keys: Iterable[str], ref: ReferenceData) -> list[str]:
    """Combinations ordered by how many grounds they have, then by the
    reference order of their grounds. Never by count: an order by size would
    tell where a hidden count lies."""
    position = {code: i for i, code in enumerate(ref.grounds.codes())}

    def sort_key(key: str) -> tuple[int, list[int], str]:
        codes = split_combination(key)
        return (len(codes), sorted(position.get(c, 10_000) for c in codes), key)

    return sorted(set(keys), key=sort_key)


def ordered_combinations(counts: Mapping[str, int], ref: ReferenceData) -> dict[str, int]:
    return {k: counts[k] for k in combination_order(counts, ref) if counts[k] > 0}


def grounds_from_combinations(combinations: Mapping[str, int]) -> dict[str, int]:
    """A case counts once under each of its grounds."""
    out: dict[str, int] = {}
    for key, n in combinations.items():
        for code in split_combination(key):
            out[code] = out.get(code, 0) + n
    return out
