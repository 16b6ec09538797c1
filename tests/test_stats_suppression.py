"""Small-cell suppression: no suppressed count can be worked back.

The checker here is independent of the implementation: it enumerates every
assignment of values to the hidden cells that is consistent with what is
published (shown cells, the total when shown, ``<t`` cells in 1..t-1, ``:``
cells at or above t) and requires more than one possible value per hidden cell.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dime_desktop.errors import InvalidThreshold
from dime_desktop.stats.model import YearCounts
from dime_desktop.stats.suppression import (
    PRIMARY,
    SECONDARY,
    SHOWN,
    check_threshold,
    suppress_column,
)
from dime_desktop.stats.tables import TABLE_SPECS, YearStatistics, build_tables, publish


def consistent_values(
    values: list[int], states: tuple[str, ...], total: int | None, threshold: int
) -> list[set[int]]:
    """For each hidden cell, every value it can take given the published numbers."""
    hidden = [i for i, s in enumerate(states) if s != SHOWN]
    shown_sum = sum(v for v, s in zip(values, states, strict=True) if s == SHOWN)
    # Without a total a secondary cell is unbounded; cap the search generously.
    cap = (total - shown_sum) if total is not None else max(values) + 2 * threshold + 5
    ranges = []
    for i in hidden:
        if states[i] == PRIMARY:
            ranges.append(range(1, threshold))
        else:
            ranges.append(range(threshold, max(cap, threshold) + 1))
    possible: list[set[int]] = [set() for _ in hidden]
    for combo in itertools.product(*ranges):
        if total is not None and shown_sum + sum(combo) != total:
            continue
        for k, v in enumerate(combo):
            possible[k].add(v)
    return possible


tables = st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=6)


@settings(max_examples=400, deadline=None)
@given(values=tables, threshold=st.integers(min_value=3, max_value=5), with_total=st.booleans())
def test_no_suppressed_value_is_recoverable(
    values: list[int], threshold: int, with_total: bool
) -> None:
    total = sum(values) if with_total else None
    result = suppress_column(values, threshold, total)
    published_total = None if result.total_hidden else total
    # every primary-sensitive cell is hidden, zero never is
    for v, s in zip(values, result.states, strict=True):
        if 0 < v < threshold:
            assert s == PRIMARY
        if v == 0:
            assert s == SHOWN
        if s == SECONDARY:
            assert v >= threshold
    possible = consistent_values(values, result.states, published_total, threshold)
    hidden = [i for i, s in enumerate(result.states) if s != SHOWN]
    for k, i in enumerate(hidden):
        assert values[i] in possible[k]  # the checker is sound
        assert len(possible[k]) > 1, (values, result, i, possible[k])


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


@settings(max_examples=150, deadline=None)
@given(
    cur=st.dictionaries(
        st.sampled_from(["work", "housing", "health", "online"]), st.integers(0, 9), max_size=4
    ),
    prev=st.dictionaries(
        st.sampled_from(["work", "housing", "nightlife"]), st.integers(0, 9), max_size=3
    ),
)
def test_published_table_columns_are_each_protected(
    cur: dict[str, int], prev: dict[str, int]
) -> None:
    """A table with a total row and a previous-year column: each column on its own."""
    c = YearCounts(2019, sum(cur.values()), by_area=cur)
    p = YearCounts(2018, sum(prev.values()), by_area=prev)
    stats = YearStatistics(c, p if p.has_data else None)
    table = next(t for t in build_tables(stats) if t.key == "by_area")
    pub = publish(table, 3)
    columns = [
        ([r.count for r in table.rows], [x.count_state for x in pub.rows], table.total, pub.total)
    ]
    if table.previous_total is not None:
        columns.append(
            (
                [r.previous or 0 for r in table.rows],
                [x.previous_state for x in pub.rows],
                table.previous_total,
                pub.previous_total or "",
            )
        )
    for values, states, total, shown_total in columns:
        if pub.omitted:  # not published at all; nothing to work back from
            continue
        if 0 < total < 3:  # withheld column: every cell hidden, zeros too
            assert set(states) == {SECONDARY} and shown_total == "<3"
            continue
        published_total = total if shown_total == str(total) else None
        possible = consistent_values(values, tuple(states), published_total, 3)
        for s in possible:
            assert len(s) > 1


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
    states: dict[str, str],
    combo_total: str,
    ground_values: dict[str, int],
    ground_states: dict[str, str],
    threshold: int,
) -> dict[str, set[int]]:
    """Brute force over everything a reader does not see: the hidden rows of the
    published (merged) combination table, and how many cases each combination
    of several grounds not listed has (0..threshold-1 each) inside "other
    combinations". Keeps every assignment that fits the shown rows, the total
    (if shown), the merged row (if shown) and every shown ground count."""
    from dime_desktop.stats.tables import OTHER_COMBINATIONS, UNRECORDED

    listed = {k for k in rows if k not in (OTHER_COMBINATIONS, UNRECORDED)}
    unlisted = [
        "+".join(c)
        for n in range(2, len(GROUNDS) + 1)
        for c in itertools.combinations(GROUNDS, n)
        if "+".join(c) not in listed
    ]
    hidden = [k for k, s in states.items() if s != SHOWN]
    total = sum(rows.values())
    ranges = [
        range(1, threshold) if states[k] == PRIMARY else range(threshold, total + 1) for k in hidden
    ]
    possible: dict[str, set[int]] = {k: set() for k in hidden}
    shown_sum = sum(v for k, v in rows.items() if states[k] == SHOWN)
    for assign in itertools.product(*ranges):
        if combo_total != ":" and shown_sum + sum(assign) != int(combo_total):
            continue
        full = {**{k: v for k, v in rows.items() if states[k] == SHOWN}}
        full.update(zip(hidden, assign, strict=True))
        other = full.get(OTHER_COMBINATIONS, 0)
        for inside in itertools.product(range(threshold), repeat=len(unlisted)):
            if sum(inside) != other:
                continue
            parts = dict(zip(unlisted, inside, strict=True))
            ok = True
            for g, gv in ground_values.items():
                if ground_states[g] != SHOWN:
                    continue
                named = sum(v for k, v in full.items() if k in listed and g in k.split("+"))
                named += sum(v for k, v in parts.items() if g in k.split("+"))
                if named != gv:
                    ok = False
                    break
            if ok:
                for k, v in zip(hidden, assign, strict=True):
                    possible[k].add(v)
                break
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


@settings(max_examples=250, deadline=None)
@given(combos=st.dictionaries(combo_keys, st.integers(1, 6), min_size=1, max_size=5))
def test_hidden_combinations_cannot_be_worked_back_from_the_ground_table(
    combos: dict[str, int],
) -> None:
    """The ground table and the combination table as published (merged), read
    together: no hidden row of either can be worked back."""
    from dime_desktop.stats.model import grounds_from_combinations
    from dime_desktop.stats.tables import publish_all

    c = YearCounts(
        2019,
        sum(combos.values()),
        by_ground_combination=combos,
        by_ground=grounds_from_combinations(combos),
    )
    tabs = build_tables(YearStatistics(c, None))
    pub = publish_all(tabs, 3)
    cpub, gpub = pub["by_ground_combination"], pub["by_ground"]
    if c.cases < 3:  # withheld: nothing but "<3" as the total
        assert cpub.total == gpub.total == "<3"
        assert {p.count for p in cpub.rows} | {p.count for p in gpub.rows} == {":"}
        return
    if cpub.omitted:  # the combination table is not published
        return
    ctab, gtab = cpub.table, gpub.table
    possible = joint_possible(
        {r.code: r.count for r in ctab.rows},
        {p.code: p.count_state for p in cpub.rows},
        cpub.total,
        {r.code: r.count for r in gtab.rows},
        {p.code: p.count_state for p in gpub.rows},
        3,
    )
    true = {r.code: r.count for r in ctab.rows}
    for key, values in possible.items():
        assert true[key] in values
        assert len(values) > 1, (combos, key, values)


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
