"""A year's statistics in the one form that leaves the program.

``publish_year`` (or ``published_year`` for a vault) makes a ``PublishedYear``:
every table already suppressed (``tables.publish_all``, nested over the
thresholds), the key figures as they are printed, the outreach summary, the
threshold and what the notes on method need. The PDF
(``documents/yearly_report.py``), the CSV/XLSX exports (``stats/export.py``)
and whatever else shares the figures only lay this object out; none of them
suppresses anything itself, so they cannot disagree. ``threshold=None`` is the
exact edition (for the service itself).

Only codes, counts and the outreach log (organisations and events, no
persons) are in it: no names, references or case text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from dime_desktop.outreach.model import OutreachActivity
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.stats.model import YearCounts
from dime_desktop.stats.suppression import MERGE_LEVEL, SECONDARY_MARK, primary_mark
from dime_desktop.stats.tables import (
    TABLE_SPECS,
    PublishedTable,
    YearStatistics,
    build_tables,
    publish_all,
    publish_figure,
    year_statistics,
)

# The kinds of outreach whose participants the key figure adds up.
TEACHING_KINDS = ("course", "talk")


@dataclass(frozen=True)
class KeyFigure:
    """A figure as printed (``"123"``, ``"<3"``, ``"12 %"``), and the previous
    year's beside it (None when the previous year has no cases)."""

    value: str
    previous: str | None


@dataclass(frozen=True)
class OutreachSummary:
    kind: str
    activities: int
    participants: int | None  # None: no activity of this kind has a count
    approx: bool  # some counts are approximate


@dataclass(frozen=True)
class MethodNotes:
    """What the notes on method state about this edition."""

    threshold: int | None  # None: exact numbers
    mark: str | None  # the mark of a small count ("<3"); None when exact
    secondary_mark: str  # the mark of a count hidden to protect another
    small: int | None  # the largest count hidden as small (threshold - 1)
    merge_level: int  # combinations with fewer cases are merged
    omitted: tuple[str, ...]  # keys of the tables left out


@dataclass(frozen=True)
class PublishedYear:
    year: int
    threshold: int | None
    tables: Mapping[str, PublishedTable]  # every key of TABLE_SPECS, in that order
    cases: KeyFigure
    referred: KeyFigure  # sent to the mediation desk
    several: KeyFigure  # share of the cases with several grounds
    participants: int  # in courses and talks
    participants_approx: bool
    outreach: tuple[OutreachSummary, ...]
    activities: tuple[OutreachActivity, ...]
    has_cases: bool
    has_referrals: bool
    has_previous: bool

    @property
    def previous_year(self) -> int:
        return self.year - 1

    @property
    def exact(self) -> bool:
        return self.threshold is None

    def table(self, key: str) -> PublishedTable:
        return self.tables[key]

    def tables_with_rows(self) -> list[PublishedTable]:
        """The tables an output shows (a table without rows has nothing)."""
        return [t for t in self.tables.values() if t.table.rows]

    @property
    def method(self) -> MethodNotes:
        t = self.threshold
        return MethodNotes(
            threshold=t,
            mark=None if t is None else primary_mark(t),
            secondary_mark=SECONDARY_MARK,
            small=None if t is None else t - 1,
            merge_level=MERGE_LEVEL,
            omitted=tuple(k for k, p in self.tables.items() if p.omitted and p.table.rows),
        )


def outreach_summary(
    activities: Sequence[OutreachActivity], ref: ReferenceData
) -> list[OutreachSummary]:
    """Activities and participants by kind, in reference order."""
    out = []
    for kind in ref.outreach_kinds.codes():
        mine = [a for a in activities if a.kind == kind]
        if mine:
            counted = [a.participants for a in mine if a.participants is not None]
            out.append(
                OutreachSummary(
                    kind,
                    len(mine),
                    sum(counted) if counted else None,
                    any(a.participants_approx for a in mine),
                )
            )
    return out


def _share(counts: YearCounts, threshold: int | None) -> str:
    """Share of the cases with several grounds, or ``<3`` when they are few."""
    n = counts.several_grounds
    if counts.cases == 0:
        return "0 %"
    if threshold is not None and 0 < n < threshold:
        return primary_mark(threshold)
    return f"{round(100 * n / counts.cases)} %"


def publish_year(
    stats: YearStatistics,
    activities: Sequence[OutreachActivity],
    *,
    threshold: int | None,
    reference: ReferenceData | None = None,
) -> PublishedYear:
    """The year as it may be shared (``threshold`` None: exact numbers)."""
    ref = reference if reference is not None else default_reference()
    tables = build_tables(stats, ref)
    published = publish_all(tables, threshold)
    cur, prev = stats.current, stats.previous

    def fig(n: int) -> str:
        return publish_figure(n, threshold)

    teaching = [a for a in activities if a.kind in TEACHING_KINDS]
    return PublishedYear(
        year=stats.year,
        threshold=threshold,
        tables={spec.key: published[spec.key] for spec in TABLE_SPECS},
        cases=KeyFigure(fig(cur.cases), None if prev is None else fig(prev.cases)),
        referred=KeyFigure(
            fig(cur.mediation.referred), None if prev is None else fig(prev.mediation.referred)
        ),
        several=KeyFigure(
            _share(cur, threshold), None if prev is None else _share(prev, threshold)
        ),
        participants=sum(a.participants or 0 for a in teaching),
        participants_approx=any(a.participants_approx for a in teaching),
        outreach=tuple(outreach_summary(activities, ref)),
        activities=tuple(activities),
        has_cases=cur.has_data,
        has_referrals=cur.mediation.referred > 0,
        has_previous=prev is not None,
    )


class StatisticsVault(Protocol):
    @property
    def statistics(self) -> Any: ...

    @property
    def outreach(self) -> Any: ...


def published_year(
    vault: StatisticsVault,
    year: int,
    *,
    threshold: int | None,
    reference: ReferenceData | None = None,
) -> PublishedYear:
    """``publish_year`` of the vault's counts and outreach log for ``year``."""
    stats = year_statistics(vault.statistics, year)
    return publish_year(stats, vault.outreach.list(year), threshold=threshold, reference=reference)
