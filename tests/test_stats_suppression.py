"""Small-cell suppression: no suppressed count can be worked back, from one
output or from any set of outputs of the same year made with different
thresholds (issue 9, finding 7).

The checkers here are independent of the implementation. What a reader knows
(the model, documented in ``dime_desktop.stats.suppression``): shown cells
exactly; a ``<t`` cell lies in 1..t-1; a ``:`` cell is at least
``MIN_THRESHOLD`` (3), in every output; a shown total is the sum of its
column; a ``<t`` total lies in 1..t-1. Outputs read together: every shown
cell of any of them is known, and each hidden cell lies in the intersection of
what every output says of it.

The method is exact, by exhaustion: ``sums_reachable`` builds, as a bitset, the
set of every sum the hidden cells can take together (subset-sum dynamic
programming over every whole value of every cell, so every assignment is
counted, not a relaxation), and a value of one cell is possible exactly when the
rest of the published total is a sum the other cells can make. A hidden cell
is pinned when only one value is possible. The tables are small (at most six
cells, counts up to 14), so unbounded ``:`` cells are cut at a cap well above
anything the total allows.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dime_desktop.errors import InvalidThreshold
from dime_desktop.stats.model import YearCounts
from dime_desktop.stats.suppression import (
    MIN_THRESHOLD,
    PRIMARY,
    SECONDARY,
    SHOWN,
    CellPattern,
    Margin,
    check_threshold,
    suppress_cells,
    suppress_column,
)
from dime_desktop.stats.tables import TABLE_SPECS, YearStatistics, build_tables, publish

Range = tuple[int, int]  # inclusive


def _bits(r: Range) -> int:
    lo, hi = r
    return 0 if hi < lo else ((1 << (hi - lo + 1)) - 1) << lo


def _add(a: int, r: Range, cap: int) -> int:
    """Sums of a (bitset of sums) and a value in r, cut at cap."""
    out = 0
    for v in range(r[0], r[1] + 1):
        out |= a << v
    return out & ((1 << (cap + 1)) - 1)


def sums_reachable(ranges: list[Range], cap: int) -> int:
    acc = 1  # the empty sum 0
    for r in ranges:
        acc = _add(acc, r, cap)
    return acc


def possible_values(ranges: list[Range], totals: Range | None, cap: int) -> list[set[int]]:
    """For each hidden cell (its range of values), every value it takes in
    some assignment of all hidden cells whose sum lies in ``totals`` (None:
    no equation ties them). Exhaustive over whole numbers."""
    out: list[set[int]] = []
    for k, (lo, hi) in enumerate(ranges):
        if totals is None:
            out.append(set(range(lo, hi + 1)))
            continue
        rest = sums_reachable(ranges[:k] + ranges[k + 1 :], cap)
        want = _bits(totals)
        out.append({v for v in range(lo, hi + 1) if (rest << v) & want})
    return out


def mark_range(state: str, threshold: int, cap: int) -> Range:
    """What a mark tells a reader (the model above)."""
    if state == PRIMARY:
        return 1, threshold - 1
    return MIN_THRESHOLD, cap


def joint_column_check(
    values: list[int],
    outputs: dict[int, tuple[tuple[str, ...], bool]],
    with_total: bool,
) -> None:
    """``outputs``: threshold -> (cell states, total hidden) of one column, all
    published together. No cell hidden in every output may be pinned."""
    total = sum(values)
    cap = total + 2 * max(outputs) + 5
    known = {i for i in range(len(values)) if any(st[i] == SHOWN for st, _ in outputs.values())}
    hidden = [i for i in range(len(values)) if i not in known]
    ranges: list[Range] = []
    for i in hidden:
        lo, hi = 0, cap
        for t, (states, _) in outputs.items():
            a, b = mark_range(states[i], t, cap)
            lo, hi = max(lo, a), min(hi, b)
        ranges.append((lo, hi))
    rest = total - sum(values[i] for i in known)
    if with_total and any(not hidden_total for _, hidden_total in outputs.values()):
        totals: Range | None = (rest, rest)
    # A column whose total is hidden everywhere is never published as such: the
    # table is left out or the column withheld (tested with whole tables below).
    else:
        totals = None
    possible = possible_values(ranges, totals, cap)
    for k, i in enumerate(hidden):
        assert values[i] in possible[k], "the checker is unsound"
        assert len(possible[k]) > 1, (values, outputs, i, possible[k])


def consistent_values(
    values: list[int], states: tuple[str, ...], total: int | None, threshold: int
) -> list[set[int]]:
    """For each hidden cell of one output, every value it can take given the
    published numbers (``total`` None: no shown total)."""
    cap = sum(values) + 2 * threshold + 5
    hidden = [i for i, s in enumerate(states) if s != SHOWN]
    ranges = [mark_range(states[i], threshold, cap) for i in hidden]
    shown = sum(v for v, s in zip(values, states, strict=True) if s == SHOWN)
    totals = None if total is None else (total - shown, total - shown)
    return possible_values(ranges, totals, cap)


tables = st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(values=tables, threshold=st.integers(min_value=3, max_value=6), with_total=st.booleans())
def test_no_suppressed_value_is_recoverable(
    values: list[int], threshold: int, with_total: bool
) -> None:
    total = sum(values) if with_total else None
    result = suppress_column(values, threshold, total)
    published_total = None if result.total_hidden else total
    # every small count is hidden, zero never is; ":" is never below 3
    for v, s in zip(values, result.states, strict=True):
        if 0 < v < threshold:
            assert s != SHOWN
        if v == 0:
            assert s == SHOWN
        if s == SECONDARY:
            assert v >= MIN_THRESHOLD
        if s == PRIMARY:
            assert 0 < v < threshold
    possible = consistent_values(values, result.states, published_total, threshold)
    hidden = [i for i, s in enumerate(result.states) if s != SHOWN]
    for k, i in enumerate(hidden):
        assert values[i] in possible[k]  # the checker is sound
        assert len(possible[k]) > 1, (values, result, i, possible[k])


threshold_sets = st.lists(
    st.integers(min_value=3, max_value=8), min_size=2, max_size=4, unique=True
)


@settings(max_examples=300, deadline=None)
@given(values=tables, thresholds=threshold_sets, with_total=st.booleans())
def test_outputs_with_different_thresholds_pin_nothing_together(
    values: list[int], thresholds: list[int], with_total: bool
) -> None:
    """Pairs and small sets of outputs of one column, each with its own
    threshold, read together; and the patterns are nested."""
    total = sum(values) if with_total else None
    results = {t: suppress_column(values, t, total) for t in thresholds}
    ordered = sorted(results)
    for low, high in itertools.pairwise(ordered):
        lo_r, hi_r = results[low], results[high]
        for a, b in zip(lo_r.states, hi_r.states, strict=True):
            assert a == SHOWN or b != SHOWN, "hidden at a lower threshold, shown at a higher"
            assert a != SECONDARY or b == SECONDARY, "a ':' must stay ':'"
        assert not lo_r.total_hidden or hi_r.total_hidden
    joint_column_check(
        values, {t: (r.states, r.total_hidden) for t, r in results.items()}, with_total
    )


def test_the_pair_of_issue_9_is_safe_now() -> None:
    """3 and 4 used to give a ":" (at least 3) and a "<4" (at most 3) to the
    same cell: exactly 3, and then the other hidden cell too."""
    values = [3, 2, 8, 9]
    three = suppress_column(values, 3, 22)
    four = suppress_column(values, 4, 22)
    assert three.states == (SECONDARY, PRIMARY, SHOWN, SHOWN)
    assert four.states == (SECONDARY, PRIMARY, SHOWN, SHOWN)  # not "<4" for the 3
    joint_column_check(values, {3: (three.states, False), 4: (four.states, False)}, True)


@settings(max_examples=200, deadline=None)
@given(values=tables, threshold=st.integers(min_value=3, max_value=4))
def test_total_is_hidden_only_when_nothing_else_helps(values: list[int], threshold: int) -> None:
    result = suppress_column(values, threshold, sum(values))
    if result.total_hidden:
        # every non-zero cell is already hidden
        assert all(s != SHOWN for v, s in zip(values, result.states, strict=True) if v > 0)


def test_single_small_cell_takes_the_next_smallest_with_it() -> None:
    r = suppress_column([10, 2, 5, 7], 3, 24)
    assert r.states == (SHOWN, PRIMARY, SECONDARY, SHOWN)
    assert not r.total_hidden


def test_secondary_equal_to_threshold_is_not_enough() -> None:
    # 1 and 3 hidden with total 14 and 10 shown: 1 + x = 4, x >= 3 → x = 3, 1 = 1.
    r = suppress_column([1, 3, 10], 3, 14)
    assert r.states == (PRIMARY, SECONDARY, SECONDARY)


def test_two_small_cells_protect_each_other_unless_both_are_one() -> None:
    assert suppress_column([1, 2, 10], 3, 13).states == (PRIMARY, PRIMARY, SHOWN)
    assert suppress_column([1, 1, 10], 3, 12).states == (PRIMARY, PRIMARY, SECONDARY)


def test_zero_is_not_sensitive_and_nothing_small_means_nothing_hidden() -> None:
    assert suppress_column([0, 5, 9], 3, 14).states == (SHOWN, SHOWN, SHOWN)


def test_threshold_setting_is_checked() -> None:
    assert check_threshold("3") == 3
    assert check_threshold(5) == 5
    for bad in ("2", "x", "", "21", "-3"):
        with pytest.raises(InvalidThreshold):
            check_threshold(bad)


def total_range(text: str, threshold: int, cap: int) -> Range:
    if text.startswith("<"):
        return 1, threshold - 1
    if text == ":":
        return MIN_THRESHOLD, cap
    return int(text), int(text)


def joint_table_check(
    values: list[int],
    total: int,
    outputs: dict[int, tuple[tuple[str, ...] | None, str, bool]],
) -> None:
    """One column of a partition table in several outputs read together.
    ``outputs``: threshold -> (cell states, or None when the table is left
    out; the total as printed; whether the column is withheld)."""
    cap = total + 2 * max(outputs) + 5
    published = {t: o for t, o in outputs.items() if o[0] is not None}
    known = {
        i
        for i in range(len(values))
        if any(o[0] is not None and o[0][i] == SHOWN and not o[2] for o in published.values())
    }
    hidden = [i for i in range(len(values)) if i not in known]
    ranges: list[Range] = []
    for i in hidden:
        lo, hi = 0, cap
        for t, (states, _text, withheld_) in published.items():
            assert states is not None
            if not withheld_:  # in a withheld column ":" says nothing at all
                a, b = mark_range(states[i], t, cap)
                lo, hi = max(lo, a), min(hi, b)
        ranges.append((lo, hi))
    t_lo, t_hi = 0, cap
    for t, (_states, text, _w) in outputs.items():
        a, b = total_range(text, t, cap)
        t_lo, t_hi = max(t_lo, a), min(t_hi, b)
    shown = sum(values[i] for i in known)
    possible = possible_values(ranges, (t_lo - shown, t_hi - shown), cap)
    for k, i in enumerate(hidden):
        assert values[i] in possible[k], "the checker is unsound"
        if values[i]:  # a zero is not sensitive (a left-out table of a year with no cases)
            assert len(possible[k]) > 1, (values, outputs, i, possible[k])


@settings(max_examples=200, deadline=None)
@given(
    cur=st.dictionaries(
        st.sampled_from(["work", "housing", "health", "online"]), st.integers(0, 9), max_size=4
    ),
    prev=st.dictionaries(
        st.sampled_from(["work", "housing", "nightlife"]), st.integers(0, 9), max_size=3
    ),
    thresholds=st.lists(st.integers(3, 7), min_size=1, max_size=3, unique=True),
)
def test_published_table_columns_are_each_protected(
    cur: dict[str, int], prev: dict[str, int], thresholds: list[int]
) -> None:
    """A table with a total row and a previous-year column, published with one
    threshold or several: each column on its own, the outputs together."""
    c = YearCounts(2019, sum(cur.values()), by_area=cur)
    p = YearCounts(2018, sum(prev.values()), by_area=prev)
    stats = YearStatistics(c, p if p.has_data else None)
    table = next(t for t in build_tables(stats) if t.key == "by_area")
    pubs = {t: publish(table, t) for t in thresholds}
    for low, high in itertools.pairwise(sorted(pubs)):
        assert not pubs[low].omitted or pubs[high].omitted, "left out, then shown"
        if not pubs[high].omitted:
            for a, b in zip(pubs[low].rows, pubs[high].rows, strict=True):
                assert a.count_state == SHOWN or b.count_state != SHOWN
                assert a.previous_state == SHOWN or b.previous_state != SHOWN
    columns: list[tuple[list[int], int, bool]] = [
        ([r.count for r in table.rows], table.total, False)
    ]
    if table.previous_total is not None:
        columns.append(([r.previous or 0 for r in table.rows], table.previous_total, True))
    for values, total, previous in columns:
        outputs: dict[int, tuple[tuple[str, ...] | None, str, bool]] = {}
        for t, pub in pubs.items():
            text = (pub.previous_total or "") if previous else pub.total
            if pub.omitted:
                outputs[t] = (None, text, False)
                continue
            states = tuple(x.previous_state if previous else x.count_state for x in pub.rows)
            withheld_ = 0 < total < t
            if withheld_:  # every cell hidden, zeros too, the total "<t"
                assert set(states) <= {SECONDARY} and text == f"<{t}"
            outputs[t] = (states, text, withheld_)
        joint_table_check(values, total, outputs)


def test_every_table_kind_publishes() -> None:
    c = YearCounts(
        2019,
        4,
        by_area={"work": 4},
        by_ground_combination={"age": 1, "age+gender": 3},
        by_ground={"age": 4, "gender": 3},
        by_track={"civil": 4},
    )
    tables_ = {t.key: t for t in build_tables(YearStatistics(c, None))}
    assert set(tables_) == {s.key for s in TABLE_SPECS}
    combos = publish(tables_["by_ground_combination"], 3)
    # 1 is hidden, and 3 with it (else 4 - 3 = 1); but 1 + x = 4 with x >= 3
    # would still give both away, and the total (4 cases) is a key figure:
    # the table is left out, its total shown
    assert combos.omitted and combos.total == "4"
    # by ground has no total: only primary suppression
    grounds = publish(tables_["by_ground"], 3)
    assert [r.count for r in grounds.rows] == ["3", "4"]
    assert publish(tables_["by_ground_combination"], None).rows[0].count == "1"


GROUNDS = ("age", "gender", "religion")


def joint_possible(
    rows: dict[str, int],
    ground_values: dict[str, int],
    views: list[tuple[int, dict[str, str] | None, dict[str, str]]],
    share: Range,
) -> dict[str, set[int]]:
    """Brute force over everything a reader does not see in a set of outputs
    (``views``: threshold, the merged combination table's states or None when
    it is left out, the ground table's states): the rows hidden in every
    output that shows the combination table, and how many cases each
    combination of several grounds not listed has (0..MERGE_LEVEL-1 each)
    inside "other combinations". Keeps every assignment that fits the shown
    rows, the total (the number of cases, a key figure), the merged row, every
    shown ground count, every mark and ``share``, the bounds the key figure
    "share with several grounds" puts on their number; returns the values each hidden row and
    each ground count hidden everywhere can take."""
    from dime_desktop.stats.suppression import MERGE_LEVEL
    from dime_desktop.stats.tables import OTHER_COMBINATIONS, UNRECORDED

    listed = {k for k in rows if k not in (OTHER_COMBINATIONS, UNRECORDED)}
    unlisted = [
        "+".join(c)
        for n in range(2, len(GROUNDS) + 1)
        for c in itertools.combinations(GROUNDS, n)
        if "+".join(c) not in listed
    ]
    total = sum(rows.values())
    shown_in = [v for v in views if v[1] is not None]
    known_rows = {k for k in rows if any(v[1] is not None and v[1][k] == SHOWN for v in shown_in)}
    hidden_rows = [k for k in rows if k not in known_rows] if shown_in else []
    known_grounds = {g for g in ground_values if any(v[2][g] == SHOWN for v in views)}
    hidden_grounds = [g for g in ground_values if g not in known_grounds]

    def cut(state_of: list[tuple[int, str]]) -> Range:
        lo, hi = 0, total
        for t, state in state_of:
            a, b = mark_range(state, t, total)
            lo, hi = max(lo, a), min(hi, b)
        return lo, hi

    row_ranges = [cut([(v[0], v[1][k]) for v in shown_in if v[1] is not None]) for k in hidden_rows]
    ground_ranges = {g: cut([(v[0], v[2][g]) for v in views]) for g in hidden_grounds}
    # rows by their code, ground counts as "ground:CODE" (a single ground's row
    # and its count share the code)
    possible: dict[str, set[int]] = {k: set() for k in hidden_rows}
    possible.update({f"ground:{g}": set() for g in hidden_grounds})
    shown_sum = sum(v for k, v in rows.items() if k in known_rows) if shown_in else 0
    free = [range(a, b + 1) for a, b in row_ranges]
    for assign in itertools.product(*free):
        if shown_in and shown_sum + sum(assign) != total:
            continue
        full = {k: v for k, v in rows.items() if k in known_rows}
        full.update(zip(hidden_rows, assign, strict=True))
        other = full.get(OTHER_COMBINATIONS, 0)
        # the key figure: the share of cases with several grounds, read as exact
        several = other + sum(v for k, v in full.items() if k in listed and "+" in k)
        if shown_in and not share[0] <= several <= share[1]:
            continue
        for inside in itertools.product(range(MERGE_LEVEL), repeat=len(unlisted)):
            if shown_in and sum(inside) != other:
                continue
            parts = dict(zip(unlisted, inside, strict=True))
            if not shown_in:  # no combination table: any rows at all
                break
            counts = {}
            for g in ground_values:
                named = sum(v for k, v in full.items() if k in listed and g in k.split("+"))
                counts[g] = named + sum(v for k, v in parts.items() if g in k.split("+"))
            if any(counts[g] != ground_values[g] for g in known_grounds):
                continue
            if any(not lo <= counts[g] <= hi for g, (lo, hi) in ground_ranges.items()):
                continue
            for k, v in zip(hidden_rows, assign, strict=True):
                possible[k].add(v)
            for g in hidden_grounds:
                possible[f"ground:{g}"].add(counts[g])
    if not shown_in:  # only the ground table: its marks are all a reader has
        for g, (lo, hi) in ground_ranges.items():
            possible[f"ground:{g}"] = set(range(lo, hi + 1))
    return possible


combo_keys = st.sampled_from(
    [
        "age",
        "gender",
        "religion",
        "age+gender",
        "gender+religion",
        "age+religion",
        "age+gender+religion",
    ]
)


@settings(max_examples=200, deadline=None)
# found by longer runs: the share of several grounds pins "<4" (n = 3 + 9);
# the hidden grounds of {age+gender 2, gender+religion 2} are 2 and 2
@example(combos={"age": 4, "age+gender": 3}, thresholds=[4])
@example(combos={"age": 9, "age+gender": 3, "age+religion": 9}, thresholds=[4, 5])
@example(combos={"age+gender": 2, "gender+religion": 2}, thresholds=[3])
@given(
    combos=st.dictionaries(combo_keys, st.integers(1, 6), min_size=1, max_size=5),
    thresholds=st.lists(st.integers(3, 6), min_size=1, max_size=3, unique=True),
)
def test_hidden_combinations_cannot_be_worked_back_from_the_ground_table(
    combos: dict[str, int], thresholds: list[int]
) -> None:
    """The ground table and the combination table as published (merged), read
    together, in one output or in several with different thresholds: no hidden
    row of either can be worked back."""
    from dime_desktop.stats.model import grounds_from_combinations
    from dime_desktop.stats.tables import publish_all

    c = YearCounts(
        2019,
        sum(combos.values()),
        by_ground_combination=combos,
        by_ground=grounds_from_combinations(combos),
    )
    tabs = build_tables(YearStatistics(c, None))
    views: list[tuple[int, dict[str, str] | None, dict[str, str]]] = []
    merged_rows: dict[str, int] | None = None
    ground_values: dict[str, int] = {}
    for t in thresholds:
        pub = publish_all(tabs, t)
        cpub, gpub = pub["by_ground_combination"], pub["by_ground"]
        if c.cases < t:  # withheld: nothing but "<t" as the total
            assert cpub.total == gpub.total == f"<{t}"
            assert {p.count for p in cpub.rows} | {p.count for p in gpub.rows} <= {":", ""}
            continue
        rows = {r.code: r.count for r in cpub.table.rows}
        assert merged_rows is None or rows == merged_rows, "the same rows at every threshold"
        merged_rows = rows
        ground_values = {r.code: r.count for r in gpub.table.rows}
        views.append(
            (
                t,
                None if cpub.omitted else {p.code: p.count_state for p in cpub.rows},
                {p.code: p.count_state for p in gpub.rows},
            )
        )
    if not views or merged_rows is None:
        return
    n = sum(v for k, v in combos.items() if "+" in k)
    lowest = min(v[0] for v in views)
    share = (n, n) if n == 0 or n >= lowest else (1, lowest - 1)
    possible = joint_possible(merged_rows, ground_values, views, share)
    truth = {**merged_rows, **{f"ground:{g}": v for g, v in ground_values.items()}}
    for key, values in possible.items():
        assert truth[key] in values, (combos, thresholds, key, values)
        assert len(values) > 1, (combos, thresholds, key, values)


def _published_grounds_and_combinations(combos: dict[str, int]):  # type: ignore[no-untyped-def]
    from dime_desktop.stats.model import grounds_from_combinations
    from dime_desktop.stats.tables import publish_all

    c = YearCounts(
        2019,
        sum(combos.values()),
        by_ground_combination=combos,
        by_ground=grounds_from_combinations(combos),
    )
    pub = publish_all(build_tables(YearStatistics(c, None)), 3)
    return pub["by_ground"], pub["by_ground_combination"]


def test_combination_table_is_published_when_it_hides_nothing() -> None:
    grounds, combos = _published_grounds_and_combinations(
        {"ethnicity": 12, "religion": 4, "ethnicity+religion": 5}
    )
    assert not combos.omitted
    assert {p.code: p.count for p in combos.rows} == {
        "ethnicity": "12",
        "religion": "4",
        "ethnicity+religion": "5",
    }
    assert {p.code: p.count for p in grounds.rows} == {"ethnicity": "17", "religion": "9"}


def test_small_year_leaves_out_combinations_so_the_grounds_can_be_shown() -> None:
    """Like a small real year: many combinations of one or two cases. Showing
    them would force the large grounds to be hidden; the ground table comes
    first, so the combination table is left out and the grounds are shown."""
    grounds, combos = _published_grounds_and_combinations(
        {
            "ethnicity": 10,
            "religion": 2,
            "disability": 1,
            "ethnicity+religion": 5,
            "ethnicity+gender": 1,
            "ethnicity+gender+religion": 3,
            "ethnicity+sexual_orientation": 3,
            "gender+sexual_orientation": 2,
        }
    )
    assert combos.omitted and combos.total == "27"
    shown = {p.code: p.count for p in grounds.rows}
    assert shown["ethnicity"] == "22" and shown["religion"] == "10"
    assert shown["disability"] == "<3"


# --- tables that share margins (the API for issue 13's merged offices) ---------


def _grid(values: list[list[int]]) -> tuple[list[int], list[Margin], list[int]]:
    """Rows x offices, with the merged column (row sums), the office totals and
    the grand total, as one list of cells tied by margins. Returns (cells,
    margins, totals that are hidden only as a last resort)."""
    rows, offices = len(values), len(values[0])
    cells = [v for row in values for v in row]
    merged = [sum(row) for row in values]
    office_totals = [sum(values[r][o] for r in range(rows)) for o in range(offices)]
    cells += merged + office_totals + [sum(merged)]
    m0 = rows * offices
    t0 = m0 + rows
    grand = t0 + offices
    margins = [Margin(m0 + r, tuple(r * offices + o for o in range(offices))) for r in range(rows)]
    margins += [Margin(t0 + o, tuple(r * offices + o for r in range(rows))) for o in range(offices)]
    margins.append(Margin(grand, tuple(range(m0, m0 + rows))))
    return cells, margins, [*range(t0, t0 + offices), grand]


def _grid_possible(values: list[list[int]], outputs: dict[int, CellPattern]) -> dict[int, set[int]]:
    """Exhaustive: every grid of whole numbers that agrees with every shown cell
    and every mark of every output (a depth-first search over the grid's
    cells, cutting a branch as soon as a row or an office already exceeds
    what its published total or its mark allows); the values each cell hidden
    everywhere takes in them (by cell index)."""
    rows, offices = len(values), len(values[0])
    truth, _m, _t = _grid(values)
    cap = sum(truth[: rows * offices]) + 2 * max(outputs) + 5
    known = {i for i in range(len(truth)) if any(p.states[i] == SHOWN for p in outputs.values())}

    def span(i: int) -> Range:
        if i in known:
            return truth[i], truth[i]
        lo, hi = 0, cap
        for t, p in outputs.items():
            a, b = mark_range(p.states[i], t, cap)
            lo, hi = max(lo, a), min(hi, b)
        return lo, hi

    spans = [span(i) for i in range(len(truth))]
    m0, t0 = rows * offices, rows * offices + rows
    possible: dict[int, set[int]] = {i: set() for i in range(len(truth)) if i not in known}
    grid = [[0] * offices for _ in range(rows)]

    def fits(i: int, v: int) -> bool:
        return spans[i][0] <= v <= spans[i][1]

    def search(k: int) -> None:
        if k == rows * offices:
            cells, _m, _t = _grid(grid)
            if all(fits(i, v) for i, v in enumerate(cells)):
                for i in possible:
                    possible[i].add(cells[i])
            return
        r, o = divmod(k, offices)
        lo, hi = spans[k]
        row_so_far = sum(grid[r][:o])
        col_so_far = sum(grid[q][o] for q in range(r))
        hi = min(hi, spans[m0 + r][1] - row_so_far, spans[t0 + o][1] - col_so_far)
        for v in range(lo, hi + 1):
            grid[r][o] = v
            search(k + 1)
        grid[r][o] = 0

    search(0)
    return possible


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(st.lists(st.integers(0, 5), min_size=2, max_size=2), min_size=2, max_size=3),
    thresholds=st.lists(st.integers(3, 4), min_size=1, max_size=2, unique=True),
)
def test_shared_margins_pin_nothing(values: list[list[int]], thresholds: list[int]) -> None:
    """A grid of offices and categories, with the merged column and the
    totals, suppressed as one set of tables sharing margins (``suppress_cells``),
    in one output or two: no cell hidden everywhere can be worked back."""
    cells, margins, totals = _grid(values)
    outputs = {t: suppress_cells(cells, margins, t, last_resort=totals) for t in thresholds}
    if not all(p.safe for p in outputs.values()):
        return  # the caller leaves such a table out
    for low, high in itertools.pairwise(sorted(outputs)):
        assert outputs[low].hidden <= outputs[high].hidden
    for i, vals in _grid_possible(values, outputs).items():
        assert cells[i] in vals, "the checker is unsound"
        if cells[i]:
            assert len(vals) > 1, (values, outputs, i, vals)


def test_shared_margins_hide_a_second_cell_in_the_row_and_the_column() -> None:
    """One small cell in a grid needs company in its row and in its column: a
    single ":" beside it would be pinned by the other margin."""
    values = [[2, 7], [6, 9]]
    cells, margins, totals = _grid(values)
    p = suppress_cells(cells, margins, 3, last_resort=totals)
    assert p.safe
    assert [p.states[i] for i in range(4)] == [PRIMARY, SECONDARY, SECONDARY, SECONDARY]


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(st.integers(0, 14), min_size=1, max_size=6),
    marks=st.lists(st.sampled_from([SHOWN, PRIMARY, SECONDARY]), min_size=7, max_size=7),
    threshold=st.integers(3, 6),
)
def test_the_two_audits_agree_on_one_margin(
    values: list[int], marks: list[str], threshold: int
) -> None:
    """The exact LP (used where cells share margins) and the interval
    arithmetic (one margin) say the same of every column."""
    from dime_desktop.stats import suppression as s

    cells = [*values, sum(values)]
    states = []
    for v, m in zip(cells, marks, strict=False):
        if (m == PRIMARY and not 0 < v < threshold) or (m == SECONDARY and v < MIN_THRESHOLD):
            m = SHOWN  # marks a real output could have
        states.append(m)
    entered = tuple(MIN_THRESHOLD if m != SHOWN else 0 for m in states)
    pattern = CellPattern(tuple(states), entered)
    if not pattern.hidden:
        return
    margins = [Margin(len(values), tuple(range(len(values))))]
    bounds = {i: s.reader_bounds(pattern, threshold, i) for i in pattern.hidden}
    assert s._pinned_lp(cells, margins, pattern, bounds) == s._pinned_disjoint(
        cells, margins, pattern, bounds
    )
