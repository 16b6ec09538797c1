"""The tables of a year's statistics, with the previous year beside, and
their published (suppressed) form for PDF, CSV and XLSX."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.stats.model import (
    YearCounts,
    combination_order,
    split_combination,
)
from dime_desktop.stats.suppression import (
    PRIMARY,
    SECONDARY,
    SHOWN,
    ColumnSuppression,
    display,
    suppress_column,
)

UNRECORDED = ""  # the code of the "not recorded" row


@dataclass(frozen=True)
class TableSpec:
    key: str  # "by_area", "mediation.by_area", ...
    kind: str  # reference list name, or "combinations"
    partition: bool  # every case in exactly one row: the rows add up to the total
    mediation: bool = False


TABLE_SPECS: tuple[TableSpec, ...] = (
    TableSpec("by_area", "areas", True),
    TableSpec("by_ground", "grounds", False),
    TableSpec("by_ground_combination", "combinations", True),
    TableSpec("by_channel", "channels", True),
    TableSpec("by_incident_type", "incident_types", False),
    TableSpec("by_track", "tracks", True),
    TableSpec("mediation.by_area", "areas", True, mediation=True),
    TableSpec("mediation.by_ground", "grounds", False, mediation=True),
    TableSpec("mediation.by_ground_combination", "combinations", True, mediation=True),
    TableSpec("mediation.outcomes", "mediation_outcomes", True, mediation=True),
)

SPEC_BY_KEY = {s.key: s for s in TABLE_SPECS}


@dataclass(frozen=True)
class StatRow:
    code: str  # a reference code, a combination key, or UNRECORDED
    count: int
    previous: int | None  # None when the previous year has no data


@dataclass(frozen=True)
class StatTable:
    spec: TableSpec
    rows: tuple[StatRow, ...]
    total: int  # the cases the table is about (cases, or referrals)
    previous_total: int | None

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def has_previous(self) -> bool:
        return self.previous_total is not None


@dataclass(frozen=True)
class YearStatistics:
    current: YearCounts
    previous: YearCounts | None  # None when the previous year has no cases

    @property
    def year(self) -> int:
        return self.current.year


class CountSource(Protocol):
    def year_counts(self, year: int) -> YearCounts: ...


def year_statistics(queries: CountSource, year: int) -> YearStatistics:
    """The year's counts and, when it has cases, the previous year's."""
    current = queries.year_counts(year)
    previous = queries.year_counts(year - 1)
    return YearStatistics(current, previous if previous.has_data else None)


def _counts_of(c: YearCounts, key: str) -> tuple[dict[str, int], int, int]:
    """(counts, unrecorded, total) of one table."""
    if key.startswith("mediation."):
        name = key.split(".", 1)[1]
        m = c.mediation
        d: dict[str, int] = getattr(m, name)
        return d, m.unrecorded.get(name, 0), m.referred
    return getattr(c, key), c.unrecorded.get(key, 0), c.cases


def build_table(stats: YearStatistics, spec: TableSpec, ref: ReferenceData) -> StatTable:
    cur, cur_unrec, cur_total = _counts_of(stats.current, spec.key)
    prev: dict[str, int] = {}
    prev_unrec = 0
    prev_total: int | None = None
    if stats.previous is not None:
        prev, prev_unrec, prev_total = _counts_of(stats.previous, spec.key)
    seen = {c for c, n in cur.items() if n} | {c for c, n in prev.items() if n}
    if spec.kind == "combinations":
        codes = combination_order(seen, ref)
    else:
        ref_list = ref.kind(spec.kind)
        codes = [c for c in ref_list.codes() if c in seen]
        codes += sorted(c for c in seen if c not in ref_list)
    has_prev = stats.previous is not None
    rows = [
        StatRow(code, cur.get(code, 0), prev.get(code, 0) if has_prev else None) for code in codes
    ]
    if cur_unrec or prev_unrec:
        rows.append(StatRow(UNRECORDED, cur_unrec, prev_unrec if has_prev else None))
    return StatTable(spec, tuple(rows), cur_total, prev_total)


def build_tables(stats: YearStatistics, ref: ReferenceData | None = None) -> list[StatTable]:
    r = ref if ref is not None else default_reference()
    return [build_table(stats, spec, r) for spec in TABLE_SPECS]


def row_label(
    table: StatTable | TableSpec, code: str, ref: ReferenceData, lang: str, unrecorded: str
) -> str:
    spec = table.spec if isinstance(table, StatTable) else table
    if code == UNRECORDED:
        return unrecorded
    if spec.kind == "combinations":
        return " + ".join(ref.grounds.label(c, lang) for c in split_combination(code))
    return ref.kind(spec.kind).label(code, lang)


# --- the published form ----------------------------------------------------


@dataclass(frozen=True)
class PublishedRow:
    code: str
    count: str
    previous: str | None
    count_state: str = SHOWN
    previous_state: str = SHOWN


@dataclass(frozen=True)
class PublishedTable:
    table: StatTable
    rows: tuple[PublishedRow, ...]
    total: str
    previous_total: str | None
    suppressed: bool  # whether any cell (or total) is hidden

    @property
    def key(self) -> str:
        return self.table.key


def publish(table: StatTable, threshold: int | None) -> PublishedTable:
    """The table as it may be shared: ``threshold`` None prints exact numbers."""
    values = [r.count for r in table.rows]
    if threshold is None:
        rows = tuple(
            PublishedRow(r.code, str(r.count), None if r.previous is None else str(r.previous))
            for r in table.rows
        )
        prev_total = None if table.previous_total is None else str(table.previous_total)
        return PublishedTable(table, rows, str(table.total), prev_total, False)

    cur = _suppress(values, table.total, table.spec.partition, threshold)
    prev_states: tuple[str, ...] | None = None
    prev_total_hidden = False
    if table.previous_total is not None:
        prev_values = [r.previous or 0 for r in table.rows]
        prev = _suppress(prev_values, table.previous_total, table.spec.partition, threshold)
        prev_states, prev_total_hidden = prev.states, prev.total_hidden

    out: list[PublishedRow] = []
    for i, r in enumerate(table.rows):
        p_state = prev_states[i] if prev_states is not None else SHOWN
        out.append(
            PublishedRow(
                r.code,
                display(r.count, cur.states[i], threshold),
                None if r.previous is None else display(r.previous, p_state, threshold),
                cur.states[i],
                p_state,
            )
        )
    total = _total_text(table.total, cur.total_hidden, threshold)
    prev_total_text = (
        None
        if table.previous_total is None
        else _total_text(table.previous_total, prev_total_hidden, threshold)
    )
    hidden = (
        cur.total_hidden
        or prev_total_hidden
        or any(r.count_state != SHOWN or r.previous_state != SHOWN for r in out)
    )
    return PublishedTable(table, tuple(out), total, prev_total_text, hidden)


def withheld(total: int, threshold: int | None) -> bool:
    """A column about fewer cases than the threshold is not published at all:
    every cell is hidden (zeros too, so not even which categories occur shows)."""
    return threshold is not None and 0 < total < threshold


def _suppress(values: list[int], total: int, partition: bool, threshold: int) -> ColumnSuppression:
    if withheld(total, threshold):
        return ColumnSuppression(tuple(SECONDARY for _ in values), total_hidden=True)
    return suppress_column(values, threshold, total if partition else None)


def _total_text(total: int, hidden: bool, threshold: int) -> str:
    if not hidden:
        return str(total)
    return display(total, PRIMARY if 0 < total < threshold else SECONDARY, threshold)


def publish_figure(value: int, threshold: int | None) -> str:
    """A single published count (a key figure): ``<3`` when small."""
    if threshold is not None and 0 < value < threshold:
        return display(value, PRIMARY, threshold)
    return str(value)


# --- tables that are linked -----------------------------------------------
# A ground's count is the sum of the combinations that contain it, so a shown
# ground count is a published total over those combinations. A ground count is
# shown only when it adds nothing to what the combination table already tells:
# none of its combinations is hidden, or all hidden combinations are among its
# combinations (then it repeats the table's total). Otherwise it is hidden too.

_LINKED = (
    ("by_ground", "by_ground_combination"),
    ("mediation.by_ground", "mediation.by_ground_combination"),
)


def _protect_linked(
    grounds: PublishedTable, combos: PublishedTable, threshold: int
) -> PublishedTable:
    rows = list(grounds.rows)
    for previous in (False, True):
        if previous and grounds.table.previous_total is None:
            continue
        base = grounds.table.previous_total if previous else grounds.table.total
        if base is None or withheld(base, threshold):
            continue
        combo_total = combos.previous_total if previous else combos.total
        total_shown = combo_total == str(base)
        hidden = {
            c_pub.code
            for c_pub in combos.rows
            if (c_pub.previous_state if previous else c_pub.count_state) != SHOWN
        }
        for k, (g_row, g_pub) in enumerate(zip(grounds.table.rows, rows, strict=True)):
            g_state = g_pub.previous_state if previous else g_pub.count_state
            if g_state != SHOWN or g_row.code == UNRECORDED:
                continue
            mine = {c for c in hidden if g_row.code in split_combination(c)}
            if not mine or (mine == hidden and total_shown):
                continue
            g_value = (g_row.previous or 0) if previous else g_row.count
            mark = display(g_value, SECONDARY, threshold)
            if previous:
                rows[k] = PublishedRow(g_pub.code, g_pub.count, mark, g_pub.count_state, SECONDARY)
            else:
                rows[k] = PublishedRow(
                    g_pub.code, mark, g_pub.previous, SECONDARY, g_pub.previous_state
                )
    return PublishedTable(
        grounds.table,
        tuple(rows),
        grounds.total,
        grounds.previous_total,
        grounds.suppressed or rows != list(grounds.rows),
    )


def publish_all(tables: list[StatTable], threshold: int | None) -> dict[str, PublishedTable]:
    """Every table in its published form, linked tables protected together."""
    out = {t.key: publish(t, threshold) for t in tables}
    if threshold is None:
        return out
    for g_key, c_key in _LINKED:
        if g_key in out and c_key in out:
            out[g_key] = _protect_linked(out[g_key], out[c_key], threshold)
    return out
