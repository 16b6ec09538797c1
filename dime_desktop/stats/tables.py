"""The tables of a year's statistics, with the previous year beside, and
their published (suppressed) form for PDF, CSV and XLSX."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.stats.model import (
    YearCounts,
    combination_order,
    split_combination,
)
from dime_desktop.stats.suppression import (
    MERGE_LEVEL,
    PRIMARY,
    SECONDARY,
    SHOWN,
    CellPattern,
    ColumnSuppression,
    Margin,
    display,
    pinned,
    steps,
    suppress_column,
)

UNRECORDED = ""  # the code of the "not recorded" row
OTHER_COMBINATIONS = "*"  # the merged row of a published combination table


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
    TableSpec("mediation.by_area", "mediation_areas", True, mediation=True),
    TableSpec("mediation.by_ground", "grounds", False, mediation=True),
    TableSpec("mediation.by_ground_combination", "combinations", True, mediation=True),
    TableSpec("mediation.outcomes", "mediation_outcomes", True, mediation=True),
    # how far the referrals got; a case counts under every milestone it reached
    TableSpec("mediation.stages", "mediation_milestones", False, mediation=True),
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
    table: StatTable | TableSpec,
    code: str,
    ref: ReferenceData,
    lang: str,
    unrecorded: str,
    other: str = "",
) -> str:
    """The row's label; ``other`` labels the merged row of a published
    combination table."""
    spec = table.spec if isinstance(table, StatTable) else table
    if code == UNRECORDED:
        return unrecorded
    if code == OTHER_COMBINATIONS:
        return other
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
    # Not published at all: even with every other cell hidden, a hidden count
    # could be worked out from the total, which is always published (the key
    # figures give the cases and the referrals). The totals stay shown.
    omitted: bool = False
    # How this year's and the previous year's column were suppressed (None:
    # exact, omitted or no such column); the next threshold starts from them.
    patterns: tuple[ColumnSuppression | None, ColumnSuppression | None] = (None, None)
    threshold: int | None = None

    @property
    def key(self) -> str:
        return self.table.key


def _omitted(table: StatTable, threshold: int) -> PublishedTable:
    """The table left out of a shared output (only its totals are printed)."""
    return PublishedTable(
        table,
        tuple(PublishedRow(r.code, "", None, SECONDARY, SECONDARY) for r in table.rows),
        publish_figure(table.total, threshold),
        None if table.previous_total is None else publish_figure(table.previous_total, threshold),
        True,
        omitted=True,
        threshold=threshold,
    )


def _other_hidden(pub: PublishedTable) -> bool:
    """Whether the merged "other combinations" row had to be hidden. Each
    combination merged into it is known to be below ``MERGE_LEVEL``, so a hidden
    merged row has an upper bound that can pin the other hidden rows, e.g.
    {age 2, age+gender 2, gender+religion 2, age+religion 2,
    age+gender+religion 2}: "other" is at most 4 x 2 = 8, so age = 10 - 8 = 2."""
    return any(
        r.code == OTHER_COMBINATIONS and (r.count_state != SHOWN or r.previous_state != SHOWN)
        for r in pub.rows
    )


def _exact(table: StatTable) -> PublishedTable:
    rows = tuple(
        PublishedRow(r.code, str(r.count), None if r.previous is None else str(r.previous))
        for r in table.rows
    )
    prev_total = None if table.previous_total is None else str(table.previous_total)
    return PublishedTable(table, rows, str(table.total), prev_total, False)


def publish(
    table: StatTable, threshold: int | None, *, prior: PublishedTable | None = None
) -> PublishedTable:
    """The table as it may be shared: ``threshold`` None prints exact numbers.
    Nested over the thresholds up to ``threshold`` (see ``suppression``), or
    one step from ``prior``, the same table published at ``threshold - 1``."""
    if threshold is None:
        return _exact(table)
    if prior is not None:
        return _publish_step(table, threshold, prior)
    pub: PublishedTable | None = None
    for t in steps(threshold):
        pub = _publish_step(table, t, pub)
    assert pub is not None
    return pub


def _publish_step(table: StatTable, threshold: int, prior: PublishedTable | None) -> PublishedTable:
    if prior is not None and prior.omitted:
        return _omitted(table, threshold)  # left out once, left out at every higher threshold
    values = [r.count for r in table.rows]
    prior_cur, prior_prev = prior.patterns if prior is not None else (None, None)
    cur = _suppress(values, table.total, table.spec.partition, threshold, prior_cur)
    prev: ColumnSuppression | None = None
    prev_states: tuple[str, ...] | None = None
    prev_total_hidden = False
    if table.previous_total is not None:
        prev_values = [r.previous or 0 for r in table.rows]
        prev = _suppress(
            prev_values, table.previous_total, table.spec.partition, threshold, prior_prev
        )
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
    if _must_omit(table.total, cur.total_hidden, threshold) or (
        table.previous_total is not None
        and _must_omit(table.previous_total, prev_total_hidden, threshold)
    ):
        return _omitted(table, threshold)
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
    return PublishedTable(
        table, tuple(out), total, prev_total_text, hidden, patterns=(cur, prev), threshold=threshold
    )


def withheld(total: int, threshold: int | None) -> bool:
    """A column about fewer cases than the threshold is not published at all:
    every cell is hidden (zeros too, so not even which categories occur shows)."""
    return threshold is not None and 0 < total < threshold


def _suppress(
    values: list[int],
    total: int,
    partition: bool,
    threshold: int,
    start: ColumnSuppression | None,
) -> ColumnSuppression:
    if withheld(total, threshold):
        return ColumnSuppression(tuple(SECONDARY for _ in values), total_hidden=True)
    return suppress_column(values, threshold, total if partition else None, start=start)


def _must_omit(total: int, hidden: bool, threshold: int) -> bool:
    """The column's total would have to be hidden, but it is published
    elsewhere: the table cannot be published (a withheld column, total below
    the threshold, is shown as ``<3`` throughout instead)."""
    return hidden and not withheld(total, threshold)


def _total_text(total: int, hidden: bool, threshold: int) -> str:
    if not hidden:
        return str(total)
    return display(total, PRIMARY if 0 < total < threshold else SECONDARY, threshold)


def publish_figure(value: int, threshold: int | None) -> str:
    """A single published count (a key figure): ``<3`` when small."""
    if threshold is not None and 0 < value < threshold:
        return display(value, PRIMARY, threshold)
    return str(value)


# --- combination tables as published --------------------------------------


def merge_combinations(table: StatTable, level: int = MERGE_LEVEL) -> StatTable:
    """The combination table as it is shared: every single ground, every
    combination of several grounds with at least ``level`` cases (in this
    year or the previous one), and one row ``OTHER_COMBINATIONS`` holding all
    the other combinations (each below ``level``). Rows keep their order;
    the merged row comes last before "not recorded". ``level`` is the same for
    every threshold (``MERGE_LEVEL``), so every output has the same rows."""
    kept: list[StatRow] = []
    merged_cur = 0
    merged_prev: int | None = None if table.previous_total is None else 0
    unrecorded: list[StatRow] = []
    for r in table.rows:
        if r.code == UNRECORDED:
            unrecorded.append(r)
            continue
        several = len(split_combination(r.code)) > 1
        if several and r.count < level and (r.previous or 0) < level:
            merged_cur += r.count
            if merged_prev is not None:
                merged_prev += r.previous or 0
            continue
        kept.append(r)
    if merged_cur or merged_prev:
        kept.append(StatRow(OTHER_COMBINATIONS, merged_cur, merged_prev))
    return StatTable(table.spec, tuple(kept + unrecorded), table.total, table.previous_total)


# --- tables that are linked -----------------------------------------------
# A ground's count is the sum of the (published, merged) combination rows that
# contain it plus its *residue* R: its cases inside "other combinations". A
# shown ground count is therefore a published equation
#     count(g) = (rows naming g) + R(g),   0 <= R(g) <= other combinations.
# Per column, a ground count that is not already hidden is shown when
#   1. none of the rows naming g is hidden, and "other combinations" is shown
#      or holds none of g's cases: the equation holds no hidden cell; or
#   2. every hidden cell of the table is one of g's named rows and the total is
#      shown: the count repeats what the table's total already tells;
# and, in both cases, R(g) is 0 or at least the threshold: a residue of 1 or 2
# would be a small count of its own ("one case with g in another
# combination"). Otherwise the ground count is hidden (":"). The ground table
# has no total, so hiding a ground count never needs more hiding. A published
# combination table never has its merged row hidden (``_other_hidden``: the
# table is left out instead), so the merged row's cap pins nothing. Giving a
# ground's count when its share of the merged row is hidden among other
# grounds' combinations is NOT safe on its own (the caps can leave no room,
# e.g. {age 1, gender 2, age+gender 1, gender+religion 2, age+religion 2}).

_LINKED = (
    ("by_ground", "by_ground_combination"),
    ("mediation.by_ground", "mediation.by_ground_combination"),
)


def _ground_shown(
    ground: str,
    value: int,
    combos: list[tuple[str, int, str]],
    total_shown: bool,
    threshold: int,
) -> bool:
    """Rules 1-2 above for one column; ``combos`` are (code, value, state)."""
    named = [
        (code, v, st)
        for code, v, st in combos
        if code not in (UNRECORDED, OTHER_COMBINATIONS) and ground in split_combination(code)
    ]
    residue = value - sum(v for _, v, _ in named)
    if 0 < residue < threshold:
        return False
    other_state = next((st for code, _, st in combos if code == OTHER_COMBINATIONS), SHOWN)
    mine = {code for code, _, st in named if st != SHOWN}
    if residue > 0 and other_state != SHOWN:
        mine.add(OTHER_COMBINATIONS)
    if not mine:
        return True
    hidden = {code for code, _, st in combos if st != SHOWN}
    # Rule 2 adds nothing only when the merged row is not among the hidden rows:
    # "all of Other is this ground's" with the cap on each merged combination
    # can pin a hidden row, e.g. {religion 2, gender+religion 2, age+religion 2,
    # age+gender+religion 2}.
    return mine == hidden and total_shown and OTHER_COMBINATIONS not in mine


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
        cells = [
            (
                r.code,
                (r.previous or 0) if previous else r.count,
                p.previous_state if previous else p.count_state,
            )
            for r, p in zip(combos.table.rows, combos.rows, strict=True)
        ]
        for k, (g_row, g_pub) in enumerate(zip(grounds.table.rows, rows, strict=True)):
            g_state = g_pub.previous_state if previous else g_pub.count_state
            if g_state != SHOWN or g_row.code == UNRECORDED:
                continue
            g_value = (g_row.previous or 0) if previous else g_row.count
            if g_value == 0 or _ground_shown(
                g_row.code, g_value, cells, combo_total == str(base), threshold
            ):
                continue
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


# A ground count hidden in the ground table (``<3``) is a sum of combination
# rows too, and a published combination table may give it away: e.g.
# {age+gender 2, gender+religion 2} is published as "Other combinations 4"
# with gender 4 shown, and then age and religion ("<3" each) can only be 2.
# ``_hidden_grounds_safe`` publishes the combination table only when no hidden
# ground count (nor any hidden row) is pinned: every hidden ground must have no
# case in "Other combinations" (its count is then the sum of the rows naming
# it, whatever "Other" holds), and an exhaustive search over the hidden rows
# (every whole-number assignment that fits the total and every mark) must
# leave each hidden row and each hidden ground at least two values. The search
# is cut off at ``_SEARCH_LIMIT`` assignments; beyond that the table is left
# out (always safe).

_SEARCH_LIMIT = 20_000


def _hidden_grounds_safe(grounds: PublishedTable, combos: PublishedTable, threshold: int) -> bool:
    for previous in (False, True):
        if previous and grounds.table.previous_total is None:
            continue
        base = grounds.table.previous_total if previous else grounds.table.total
        if base is None or withheld(base, threshold):
            continue
        pattern = combos.patterns[1 if previous else 0]
        cells = [
            (
                r.code,
                (r.previous or 0) if previous else r.count,
                p.previous_state if previous else p.count_state,
                pattern.entered[i] if pattern is not None and pattern.entered else threshold,
            )
            for i, (r, p) in enumerate(zip(combos.table.rows, combos.rows, strict=True))
        ]
        hidden_grounds = [
            (g_row.code, (g_row.previous or 0) if previous else g_row.count)
            for g_row, g_pub in zip(grounds.table.rows, grounds.rows, strict=True)
            if (g_pub.previous_state if previous else g_pub.count_state) != SHOWN
            and g_row.code != UNRECORDED
        ]
        if hidden_grounds and not _column_grounds_safe(cells, hidden_grounds, threshold):
            return False
    return True


def _column_grounds_safe(
    cells: list[tuple[str, int, str, int]],
    hidden_grounds: list[tuple[str, int]],
    threshold: int,
) -> bool:
    """One column: ``cells`` (code, value, state, threshold first hidden) of
    the published combination table, ``hidden_grounds`` (code, count)."""
    listed = [(c, v, s, e) for c, v, s, e in cells if c not in (UNRECORDED, OTHER_COMBINATIONS)]
    for g, count in hidden_grounds:
        named = sum(v for c, v, _, _ in listed if g in split_combination(c))
        if count != named:  # some of its cases are in "Other combinations"
            return False
    hidden = [(c, v, s, e) for c, v, s, e in cells if s != SHOWN]
    rest = sum(v for _, v, _, _ in hidden)
    bounds = [(1, threshold - 1) if s == PRIMARY else (max(e, 1), rest) for _, _, s, e in hidden]
    shown_named = {
        g: sum(v for c, v, s, _ in listed if s == SHOWN and g in split_combination(c))
        for g, _ in hidden_grounds
    }
    members = {
        g: [k for k, (c, _, _, _) in enumerate(hidden) if g in split_combination(c)]
        for g, _ in hidden_grounds
    }
    seen_rows: list[set[int]] = [set() for _ in hidden]
    seen_grounds: dict[str, set[int]] = {g: set() for g, _ in hidden_grounds}
    visited = 0
    assign = [0] * len(hidden)
    # smallest and largest sum the cells from k on can still make
    low_tail = [sum(b[0] for b in bounds[k:]) for k in range(len(bounds) + 1)]
    high_tail = [sum(b[1] for b in bounds[k:]) for k in range(len(bounds) + 1)]

    def done() -> bool:
        return all(len(x) > 1 for x in seen_rows) and all(len(x) > 1 for x in seen_grounds.values())

    def search(k: int, left: int) -> bool:
        """False when the search limit is reached."""
        nonlocal visited
        if k == len(hidden):
            visited += 1
            if visited > _SEARCH_LIMIT:
                return False
            counts = {g: shown_named[g] + sum(assign[j] for j in members[g]) for g in members}
            if any(not 1 <= n <= threshold - 1 for n in counts.values()):
                return True
            for j, v in enumerate(assign):
                seen_rows[j].add(v)
            for g, n in counts.items():
                seen_grounds[g].add(n)
            return True
        lo, hi = bounds[k]
        for v in range(max(lo, left - high_tail[k + 1]), min(hi, left - low_tail[k + 1]) + 1):
            assign[k] = v
            if not search(k + 1, left - v):
                return False
            if done():
                return True
        return True

    return search(0, rest) and done()


# The key figures print the share of the cases with several grounds: n, the
# sum of the rows of several grounds (and "Other combinations"), read as exact
# (with fewer than a few hundred cases a whole percent gives n away). With the
# total that is a second equation over the combination table, e.g. {age 2,
# religion 20, age+gender 4}: the hidden "<3" and ":" could be 1+5 or 2+4, but
# n = 4 says 2+4. ``_share_safe`` publishes the combination table only when no
# hidden row, and not n itself when it is small ("<3"), is pinned by both.


def several(table: StatTable, previous: bool = False) -> int:
    """Cases with several grounds in a combination table's column."""
    return sum(
        ((r.previous or 0) if previous else r.count)
        for r in table.rows
        if r.code == OTHER_COMBINATIONS or len(split_combination(r.code)) > 1
    )


def _share_safe(combos: PublishedTable, threshold: int) -> bool:
    table = combos.table
    for previous in (False, True):
        if previous and table.previous_total is None:
            continue
        total = table.previous_total if previous else table.total
        assert total is not None
        if withheld(total, threshold):
            continue
        pattern = combos.patterns[1 if previous else 0]
        n = several(table, previous)
        values = [((r.previous or 0) if previous else r.count) for r in table.rows]
        states = [p.previous_state if previous else p.count_state for p in combos.rows]
        entered = list(pattern.entered[: len(values)]) if pattern is not None else []
        if len(entered) != len(values):
            entered = [threshold if st != SHOWN else 0 for st in states]
        rows = len(values)
        multi = tuple(
            i
            for i, r in enumerate(table.rows)
            if r.code == OTHER_COMBINATIONS or len(split_combination(r.code)) > 1
        )
        if n == 0 or not any(st != SHOWN for st in states):
            continue
        n_state = PRIMARY if 0 < n < threshold else SHOWN
        cells = CellPattern(
            (*states, SHOWN, n_state), (*entered, 0, threshold if n_state != SHOWN else 0)
        )
        margins = [Margin(rows, tuple(range(rows))), Margin(rows + 1, multi)]
        if pinned([*values, total, n], margins, cells, threshold):
            return False
    return True


def publish_all(tables: list[StatTable], threshold: int | None) -> dict[str, PublishedTable]:
    """Every table in its published form, linked tables protected together.
    With a threshold, combination tables are merged first
    (``merge_combinations``): the published table is ``result[key].table``.
    Nested over the thresholds up to ``threshold`` (``publish_steps``)."""
    *_, (_t, last) = publish_steps(tables, threshold)
    return last


def publish_steps(
    tables: list[StatTable], threshold: int | None
) -> Iterator[tuple[int | None, dict[str, PublishedTable]]]:
    """``(t, tables published at t)`` for every step of the nested rule up to
    ``threshold`` (one step ``(None, exact)`` without a threshold): a caller
    that publishes more (the key figures) follows the same steps."""
    if threshold is None:
        yield None, {t.key: _exact(t) for t in tables}
        return
    merged = [merge_combinations(t) if t.spec.kind == "combinations" else t for t in tables]
    prior: dict[str, PublishedTable] | None = None
    for t in steps(threshold):
        prior = _publish_all_step(merged, t, prior)
        yield t, prior


def _publish_all_step(
    tables: list[StatTable], threshold: int, prior: dict[str, PublishedTable] | None
) -> dict[str, PublishedTable]:
    out = {
        t.key: _publish_step(t, threshold, prior[t.key] if prior is not None else None)
        for t in tables
    }
    for g_key, c_key in _LINKED:
        combos = out.get(c_key)
        if combos is None or combos.omitted or withheld(combos.table.total, threshold):
            continue
        # The ground table comes first (it is what funders read): the
        # combination table is published only when it hides nothing there and
        # its merged row can be shown; otherwise it is left out, which is
        # always safe, and the grounds follow their own rules.
        if (
            _other_hidden(combos)
            or (
                g_key in out
                and _protect_linked(out[g_key], combos, threshold).rows != out[g_key].rows
            )
            or (g_key in out and not _hidden_grounds_safe(out[g_key], combos, threshold))
            or (c_key == "by_ground_combination" and not _share_safe(combos, threshold))
        ):
            out[c_key] = _omitted(combos.table, threshold)
    return out
